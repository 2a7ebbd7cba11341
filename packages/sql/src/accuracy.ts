import type { Sql } from './dialect.js';

// Seed 003's accuracy counts every submitted answer: COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*), so an
// ungraded answer (score null) counts as not correct. It applies to 0/1-scored activities only; other scales have
// no "correct".

/**
 * `LEFT JOIN` of the org's binary (0/1-scored) activities as `alias` onto attempts `attempts`: `alias.activity_id`
 * is not null exactly for attempts at a binary activity. The subquery is DISTINCT, so no attempt is repeated.
 */
export function joinBinaryActivities(s: Sql, attempts: string, alias: string): string {
  return `LEFT JOIN (SELECT DISTINCT b.activity_id FROM ${s.rel('activities', 'b')}
      WHERE b.org_id = ${s.org} AND b.score_scale = 'binary') ${alias} ON ${alias}.activity_id = ${attempts}.activity_id`;
}

/** The condition of a submitted binary answer (it ended), for attempts `attempts` joined with `joinBinaryActivities`. */
export function submittedBinary(attempts: string, alias: string): string {
  return `${alias}.activity_id IS NOT NULL AND ${attempts}.ended_at IS NOT NULL`;
}

/** correct / submitted as a 0–1 share, or null when nothing was submitted. */
export function accuracyOf(correct: number, submitted: number): number | null {
  return submitted > 0 ? correct / submitted : null;
}
