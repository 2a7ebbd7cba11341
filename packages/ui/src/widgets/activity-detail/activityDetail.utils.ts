import { addDaysIso } from '../../charts/buckets.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { ActivityDetailDay, ActivityDetailResult } from './activityDetail.types.js';

/** Days the per-day chart spans at most when filling gaps (a longer range is drawn from its days with attempts). */
export const MAX_FILLED_DAYS = 400;

/**
 * Every day from `from` (or the first day with attempts) to the day before `to` (or the last day with attempts),
 * days without attempts as zeros: a count is 0 on such a day, not missing.
 */
export function filledDays(result: ActivityDetailResult, range: { from?: string | undefined; to?: string | undefined }): ActivityDetailDay[] {
  const days = result.days;
  if (days.length === 0) return [];
  const first = range.from ?? days[0]!.day;
  const last = range.to !== undefined ? addDaysIso(range.to, -1) : days[days.length - 1]!.day;
  const byDay = new Map(days.map((d) => [d.day, d]));
  const out: ActivityDetailDay[] = [];
  for (let day = first; day <= last; day = addDaysIso(day, 1)) {
    if (out.length >= MAX_FILLED_DAYS) return [...days];
    out.push(byDay.get(day) ?? { day, attempts: 0, scoredAttempts: 0, avgScore: null });
  }
  return out;
}

/** A histogram bucket's name on its scale: "70 to under 80", "9 to 9" → "9", or Correct / Incorrect for 0/1 scores. */
export function bucketLabel(
  bucket: { lower: number; upper: number },
  index: number,
  result: Pick<ActivityDetailResult, 'scoreScale' | 'distribution'>,
  format: Formatters,
): string {
  if (result.scoreScale === 'binary') return format.t(bucket.lower === 0 ? 'detail.incorrect' : 'detail.correct');
  const values = { lower: format.number(bucket.lower), upper: format.number(bucket.upper) };
  return format.t(index === result.distribution.length - 1 ? 'detail.bucketLast' : 'detail.bucket', values);
}

/** Formats a score with one decimal (0/1 scores as a percentage of correct answers would mislead in a cell: kept as is). */
export function formatScore(score: number | null, format: Formatters): string {
  return score === null ? '—' : format.number(score, { maximumFractionDigits: 1, minimumFractionDigits: score % 1 === 0 ? 0 : 1 });
}
