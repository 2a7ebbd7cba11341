import type { AdapterRequest } from '@learnlens/data-client';
import { factConditions, questionsOf, SUBMITTED_AT } from '@learnlens/sql';
import type { Ctx } from './context.js';

// The tutoring queries' shared pieces in ClickHouse: the org's questions and a correct answer, as 18.16 writes them.

/** 1 when the attempt's score is 1 (seed 003 `is_correct`); 0 for a wrong or ungraded (null) one. */
export const CORRECT = 'isNotNull(score) AND assumeNotNull(score) = 1';

/** Keeps attempts at the org's questions (activities of kind "question"). */
export function atQuestions(ctx: Ctx): string {
  return `activity_id IN (SELECT activity_id FROM ${ctx.t.activities} WHERE ${questionsOf(ctx)})`;
}

/** ANY INNER JOIN of the attempts onto their question's `columns` (expressions with aliases), by activity_id. */
export function joinQuestions(ctx: Ctx, columns: string): string {
  return `ANY INNER JOIN (SELECT activity_id, ${columns} FROM ${ctx.t.activities} WHERE ${questionsOf(ctx)}) USING activity_id`;
}

/**
 * The instant an answer counts at (@learnlens/sql's SUBMITTED_AT): when it was submitted. ended_at is Nullable; every
 * statement reading this also keeps only submitted answers (isNotNull(ended_at)), so the default never shows.
 */
export const SUBMITTED = `assumeNotNull(${SUBMITTED_AT})`;

/** Org, scope, filters, [from, to) and days on the submit instant, for submitted answers, as @learnlens/sql's answerConditions. */
export function answerConditions(ctx: Ctx, request: AdapterRequest): string[] {
  return [...factConditions(ctx, request, '', { time: SUBMITTED, activity: 'activity_id' }), `isNotNull(${SUBMITTED_AT})`];
}
