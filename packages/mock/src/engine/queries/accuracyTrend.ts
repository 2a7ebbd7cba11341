import { bucketStartDay, isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';
import { DAY_MS, LocalTimeCursor } from '../localTime.js';
import { forEachAnswer, isCorrect } from '../questionAnswers.js';

/** Answers `accuracyTrend`: submitted and correct answers to questions per local day, week or month of submission. */
export function accuracyTrend(ctx: EngineContext, params: QueryParams<'accuracyTrend'>): QueryResult<'accuracyTrend'> {
  const a = ctx.dataset.attempts;
  const cursor = new LocalTimeCursor(ctx.clock);
  const buckets = new Map<number, { submitted: number; correct: number }>();
  forEachAnswer(ctx, (i) => {
    const start = bucketStartDay(Math.floor(cursor.local(a.endedAt[i]!) / DAY_MS), params.bucket, params.weekStart);
    let b = buckets.get(start);
    if (b === undefined) buckets.set(start, (b = { submitted: 0, correct: 0 }));
    b.submitted++;
    if (isCorrect(a.score, i)) b.correct++;
  });
  return {
    bucket: params.bucket,
    points: [...buckets]
      .sort(([x], [y]) => x - y)
      .map(([day, b]) => ({ bucketStart: isoDateOf(day), submitted: b.submitted, correct: b.correct, accuracy: (b.correct * 100) / b.submitted })),
  };
}
