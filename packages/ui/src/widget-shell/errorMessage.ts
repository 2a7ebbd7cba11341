import { isLearnlensError, isTransientError, type LearnlensErrorCode } from '@learnlens/data-client';
import type { MessageKey, Messages } from '../i18n/messages.js';
import { exportMessages } from '../i18n/en/exportButton.js';
import { sharedMessages } from '../i18n/shared.messages.js';
import { formatMessage, type MessageValues } from '../i18n/translate.js';

/** What an error state shows: a headline for the user and the detail for developers. */
export interface ErrorDescription {
  /** One line a user understands, e.g. "Couldn't load the leaderboard". */
  title: string;
  /** What exactly went wrong, from the error (may name queries and fields: shown behind a details toggle). */
  detail: string;
  /** The Learnlens error code, when there is one, e.g. "SCOPE". */
  code?: string;
  /** Whether trying again may help (transient failures). */
  transient: boolean;
}

/** Looks a message up; the English catalog by default. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const shared: Partial<Messages> = sharedMessages;
const exportWords: Partial<Messages> = exportMessages;
const english: Translate = (key, values) => formatMessage(shared[key] ?? exportWords[key] ?? key, values, 'en');

// The headline of each error code; any other code, or an error of no code, gets the generic one.
const titles: Partial<Record<LearnlensErrorCode, MessageKey>> = {
  SCOPE: 'error.scope',
  INVALID_PARAMS: 'error.invalidParams',
  INVALID_VIEWER: 'error.invalidViewer',
  INVALID_RESULT: 'error.invalidResult',
  UNSUPPORTED_QUERY: 'error.unsupported',
  EXPORT_LIMIT: 'error.exportLimit',
  AUDIT_WRITE: 'error.auditWrite',
};

/**
 * Turns any error a widget may meet into words for the user, by the Learnlens error `code`. The headline never
 * names an internal query; the raw message, the code and the invalid fields go to `detail`. In English unless `t` says
 * otherwise.
 */
export function describeError(error: unknown, subject?: string, t: Translate = english): ErrorDescription {
  return explainError(error, subject, t);
}

/**
 * `describeError` in the words of `t`, for the error state: with no English default, so a widget's bundle carries only
 * the shared words and its own (an export's error headlines come with the export button).
 */
export function explainError(error: unknown, subject: string | undefined, t: Translate): ErrorDescription {
  const values = { subject: subject ?? t('error.subjectDefault') };
  const message = error instanceof Error ? error.message : String(error);
  const code = isLearnlensError(error) ? error.code : undefined;
  const base = code ? { detail: `${code}: ${message}`, code } : { detail: message };
  if (isTransientError(error)) return { ...base, title: t('error.transient', values), transient: true };
  // Which parameters or viewer fields were invalid: for developers, never in the headline.
  const issues = (error as { issues?: { path: string }[] } | null)?.issues ?? [];
  const fields = [...new Set(issues.map((i) => i.path || '(root)'))];
  return {
    ...base,
    ...((code === 'INVALID_PARAMS' || code === 'INVALID_VIEWER') && fields.length > 0 ? { detail: `${base.detail} (${fields.join(', ')})` } : {}),
    title: t((code && titles[code]) ?? 'error.generic', values),
    transient: false,
  };
}
