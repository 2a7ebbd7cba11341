import { QUESTION_KIND, type AdapterRequest } from '@learnlens/data-client';
import type { FilterSql } from './dialect.js';
import { col, factConditions } from './filters.js';

// The pieces the tutoring queries (seed 003) share in every dialect: which attempts answer questions, the instant an
// answer counts at and which are correct. Readers turn the counts into accuracies, levels and verdicts with
// @learnlens/data-client's functions.

/**
 * The instant an answer counts at in every tutoring query: when it was submitted (ended_at; seed 003 buckets, filters
 * and orders answers by `submitted_at`, and stores no start). An answer started before midnight and submitted after
 * it counts on the later day.
 */
export const SUBMITTED_AT = 'ended_at';

/** The question activities of the viewer's org: `kind` is a constant of the catalog, not a request value. */
export function questionsOf(s: FilterSql, alias = ''): string {
  return `${col(alias, 'org_id')} = ${s.org} AND ${col(alias, 'kind')} = '${QUESTION_KIND}'`;
}

/**
 * The conditions on the attempts `alias` of a tutoring query: org, scope and filters with [from, to) and `days` on the
 * submit instant, and submitted (seed 003 stores an answer when it is submitted; one still running or abandoned is not
 * there).
 */
export function answerConditions(s: FilterSql, request: AdapterRequest, alias: string): string[] {
  return [...factConditions(s, request, alias, { time: SUBMITTED_AT, activity: 'activity_id' }), `${col(alias, SUBMITTED_AT)} IS NOT NULL`];
}

/** `alias.activity_id` is a question of the viewer's org (the subquery form of `questionsOf`). */
export function isQuestion(s: FilterSql, alias: string): string {
  return `${col(alias, 'activity_id')} IN (SELECT activity_id FROM ${s.rel('activities', 'qk')} WHERE ${questionsOf(s)})`;
}

/** The attempt `alias` is an answer as seed 003 stores it: submitted and at a question (without joining the question). */
export function isAnswer(s: FilterSql, alias: string): string {
  return `${col(alias, SUBMITTED_AT)} IS NOT NULL AND ${isQuestion(s, alias)}`;
}

/**
 * The condition "attempt `alias` was answered correctly": seed 003's is_correct, which Learnlens holds as a score of 1
 * on the binary scale (an ungraded answer has a null score and is not correct).
 */
export function CORRECT(alias: string): string {
  return `${col(alias, 'score')} = 1`;
}

/** JOIN of the attempts `a` onto their question `q` (attempts at other activities drop out). */
export function questionJoin(s: FilterSql, a: string, q: string): string {
  return `JOIN ${s.rel('activities', q)} ON ${q}.activity_id = ${a}.activity_id AND ${questionsOf(s, q)}`;
}

/** 1 for a correct attempt (score = 1, seed 003 `is_correct`), 0 for a wrong or ungraded one. */
export function correctFlag(score: string): string {
  return `CASE WHEN ${score} = 1 THEN 1 ELSE 0 END`;
}

/**
 * The accuracy in hundredths of a percent, round(100.0 × correct / total, 2) × 100 as a whole number (halves up):
 * floor((20000 × correct + total) / (2 × total)), computed in float8, exact below 10^11 attempts. A sort key and the
 * source of `accuracyPct` alike, so every dialect sorts and rounds the same.
 */
export function accuracyHundredths(correct: string, total: string): string {
  return `floor(CAST(20000 * ${correct} + ${total} AS float8) / (2 * ${total}))`;
}
