import { isLearnlensError, isTransientError, type LearnlensError } from '@learnlens/data-client';
import type { MessageKey, Messages } from '../i18n/messages.js';
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
const english: Translate = (key, values) => formatMessage(shared[key] ?? key, values, 'en');

function issueFields(error: LearnlensError): string[] {
  const issues = (error as { issues?: { path: string }[] }).issues ?? [];
  return [...new Set(issues.map((i) => i.path || '(root)'))];
}

/**
 * Turns any error a widget may meet into words for the user, by the Learnlens error `code`. The headline never
 * names an internal query; the raw message, the code and the invalid fields go to `detail`.
 */
export function describeError(error: unknown, subject?: string, t: Translate = english): ErrorDescription {
  const what = subject ?? t('error.subjectDefault');
  const message = error instanceof Error ? error.message : String(error);
  const code = isLearnlensError(error) ? error.code : undefined;
  const base = { detail: code ? `${code}: ${message}` : message, ...(code ? { code } : {}) };
  if (isTransientError(error)) return { ...base, title: t('error.transient', { subject: what }), transient: true };
  if (!isLearnlensError(error)) return { ...base, title: t('error.generic', { subject: what }), transient: false };
  switch (error.code) {
    case 'SCOPE':
      return { ...base, title: t('error.scope', { subject: what }), transient: false };
    case 'INVALID_PARAMS':
    case 'INVALID_VIEWER': {
      const fields = issueFields(error);
      const detail = fields.length > 0 ? `${base.detail} (${fields.join(', ')})` : base.detail;
      return { ...base, detail, title: t(error.code === 'INVALID_VIEWER' ? 'error.invalidViewer' : 'error.invalidParams'), transient: false };
    }
    case 'INVALID_RESULT':
      return { ...base, title: t('error.invalidResult', { subject: what }), transient: false };
    case 'UNSUPPORTED_QUERY':
      return { ...base, title: t('error.unsupported', { subject: what }), transient: false };
    case 'EXPORT_LIMIT':
      return { ...base, title: t('error.exportLimit'), transient: false };
    case 'AUDIT_WRITE':
      return { ...base, title: t('error.auditWrite'), transient: false };
    default:
      return { ...base, title: t('error.generic', { subject: what }), transient: false };
  }
}
