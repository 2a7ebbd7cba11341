/** A retention window: whole months or days before `now` (UTC calendar). */
export interface RetentionWindow {
  months?: number;
  days?: number;
}

/** The tables retention manages, and which of seed 001's classes each belongs to. */
export const retentionClasses = {
  raw_events: 'raw',
  minute_metrics: 'realtime',
  session_metrics: 'aggregate',
  mastery_deltas: 'aggregate',
  etl_job_status: 'aggregate',
} as const;

/** A table retention manages. */
export type RetainedTable = keyof typeof retentionClasses;

/**
 * Seed 001's windows: raw events 18 months, aggregated data 7 years, real-time views the last 90 days. Minute-level
 * rows are the real-time class (their first use is real-time monitoring); sessions, mastery and the job log are
 * aggregates. Each table's window can be set on its own.
 */
export const defaultRetention: Record<RetainedTable, RetentionWindow> = {
  raw_events: { months: 18 },
  minute_metrics: { days: 90 },
  session_metrics: { months: 84 },
  mastery_deltas: { months: 84 },
  etl_job_status: { months: 84 },
};

/** Parses `18m`, `7y`, `90d` into a window. */
export function parseWindow(text: string): RetentionWindow {
  const match = /^(\d+)([dmy])$/.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a retention window such as 90d, 18m or 7y`);
  const n = Number(match[1]);
  return match[2] === 'd' ? { days: n } : match[2] === 'm' ? { months: n } : { months: n * 12 };
}

/** The first date kept (YYYY-MM-DD): partitions before it are deleted. Month steps clamp to the month's last day. */
export function cutoffDate(now: Date, window: RetentionWindow): string {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() - (window.months ?? 0);
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(y, m, Math.min(now.getUTCDate(), lastDay)) - (window.days ?? 0) * 86_400_000);
  return date.toISOString().slice(0, 10);
}
