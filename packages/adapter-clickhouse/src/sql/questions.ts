import type { AdapterRequest } from '@learnlens/data-client';
import { factConditions, questionsOf } from '@learnlens/sql';
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

/** Org, scope, filters and [from, to) on started_at, for submitted (ended) attempts, as @learnlens/sql's answerConditions. */
export function answerConditions(ctx: Ctx, request: AdapterRequest): string[] {
  return [...factConditions(ctx, request, '', { time: 'started_at', activity: 'activity_id' }), 'isNotNull(ended_at)'];
}
