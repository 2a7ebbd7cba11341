/** A setting a job cannot run without is missing or malformed; `setting` names the variable or option. */
export class JobSettingError extends Error {
  /** Stable code for callers that switch on it. */
  readonly code = 'JOB_SETTING';
  constructor(
    /** The environment variable or option at fault, e.g. "BI_EXPORT_BUCKET". */
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = 'JobSettingError';
  }
}

/** The message of anything thrown, on one line. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
