import type { QueryResult } from '@learnlens/data-client';
import type { ResultReader, Row } from '../dialect.js';
import { and } from '../filters.js';
import { answerConditions, correctFlag, questionJoin, SUBMITTED_AT } from '../questions.js';
import type { SqlQuery } from '../sqlQuery.js';
import { count } from '../values.js';

/** `accuracyTrend`: submitted and correct answers to questions per local day, week or month of submission, in one aggregate. */
export const accuracyTrend: SqlQuery<'accuracyTrend'> = (request, s) => {
  const where = and(answerConditions(s, request, 'a'));
  return {
    text: `SELECT ${s.dayOut('g.bucket')} AS bucket_start, g.submitted, g.correct FROM (
       SELECT ${s.bucketStart(request.params.bucket, `a.${SUBMITTED_AT}`, request.params.weekStart)} AS bucket,
         count(*) AS submitted, sum(${correctFlag('a.score')}) AS correct
       FROM ${s.rel('attempts', 'a')} ${questionJoin(s, 'a', 'q')} WHERE ${where}
       GROUP BY 1
     ) g ORDER BY g.bucket`,
    read: (rows) => readAccuracyTrend(request.params.bucket, rows, s),
  };
};

/** The `accuracyTrend` result from its rows (one per bucket, in order): accuracy = correct × 100 / submitted. */
export function readAccuracyTrend(
  bucket: QueryResult<'accuracyTrend'>['bucket'],
  rows: readonly Row[],
  out: ResultReader,
): QueryResult<'accuracyTrend'> {
  return {
    bucket,
    points: rows.map((r) => {
      const submitted = count(r.submitted);
      const correct = count(r.correct);
      return { bucketStart: out.readDate(r.bucket_start), submitted, correct, accuracy: (correct * 100) / submitted };
    }),
  };
}
