import { isLearnlensError, isTransientError, type LearnlensError } from '@learnlens/data-client';

/** What an error state shows: a headline and the detail. */
export interface ErrorDescription {
  /** One line a user understands, e.g. "You don't have access to this data". */
  title: string;
  /** What exactly went wrong, from the error. */
  detail: string;
  /** Whether trying again may help (transient failures). */
  transient: boolean;
}

function issueFields(error: LearnlensError): string[] {
  const issues = (error as { issues?: { path: string }[] }).issues ?? [];
  return [...new Set(issues.map((i) => i.path || '(root)'))];
}

/** Turns any error a widget may meet into human text, by the Learnlens error `code`. */
export function describeError(error: unknown, subject = 'this data'): ErrorDescription {
  const message = error instanceof Error ? error.message : String(error);
  if (isTransientError(error)) {
    return { title: `${capitalise(subject)} is temporarily unavailable`, detail: `${message}. Try again in a moment.`, transient: true };
  }
  if (!isLearnlensError(error)) return { title: `Something went wrong loading ${subject}`, detail: message, transient: false };
  switch (error.code) {
    case 'SCOPE':
      return { title: `You don't have access to ${subject}`, detail: message, transient: false };
    case 'INVALID_PARAMS':
    case 'INVALID_VIEWER': {
      const fields = issueFields(error);
      const what = error.code === 'INVALID_VIEWER' ? 'viewer' : 'filters';
      return {
        title: fields.length > 0 ? `Invalid ${what}: ${fields.join(', ')}` : `Invalid ${what}`,
        detail: message,
        transient: false,
      };
    }
    case 'INVALID_RESULT':
      return { title: 'The data source returned data in an unexpected shape', detail: message, transient: false };
    case 'UNSUPPORTED_QUERY':
      return { title: `This data source cannot show ${subject}`, detail: message, transient: false };
    case 'EXPORT_LIMIT':
      return { title: 'Too many rows for CSV', detail: message, transient: false };
    case 'AUDIT_WRITE':
      return { title: 'Export stopped: the audit entry could not be written', detail: message, transient: false };
    default:
      return { title: `The data source failed to load ${subject}`, detail: message, transient: false };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
