import type { FilterSql } from '../dialect.js';
import { col } from '../filters.js';

/**
 * The condition "attempt `alias` was answered correctly": seed 003's is_correct, which Learnlens holds as a score of 1
 * on the binary scale (an ungraded answer has a null score and is not correct).
 */
export function CORRECT(alias: string): string {
  return `${col(alias, 'score')} = 1`;
}

/** `alias.activity_id` is a question (an activity of kind 'question' of the viewer's org). */
export function isQuestion(s: FilterSql, alias: string): string {
  return `${col(alias, 'activity_id')} IN (SELECT activity_id FROM ${s.rel('activities', 'qk')} WHERE org_id = ${s.org} AND kind = 'question')`;
}

/**
 * The attempt `alias` is an answer as seed 003 stores it: submitted (ended) and at a question, as every tutoring
 * query reads them (see QUESTION_KIND).
 */
export function isAnswer(s: FilterSql, alias: string): string {
  return `${col(alias, 'ended_at')} IS NOT NULL AND ${isQuestion(s, alias)}`;
}
