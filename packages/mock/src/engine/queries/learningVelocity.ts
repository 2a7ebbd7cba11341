import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import type { EngineContext } from '../context.js';
import { DAY_MS, LocalTimeCursor } from '../localTime.js';
import { forEachAnswer } from '../questionAnswers.js';

/** Answers `learningVelocity`: per local day of submission, distinct questions, attempts and average time (seed 003 query 3). */
export function learningVelocity(ctx: EngineContext, _params: QueryParams<'learningVelocity'>): QueryResult<'learningVelocity'> {
  const a = ctx.dataset.attempts;
  const cursor = new LocalTimeCursor(ctx.clock);
  const days = new Map<number, { questions: Set<number>; attempts: number; timeSum: number; timed: number }>();
  forEachAnswer(ctx, (i) => {
    const day = Math.floor(cursor.local(a.endedAt[i]!) / DAY_MS);
    let d = days.get(day);
    if (d === undefined) days.set(day, (d = { questions: new Set(), attempts: 0, timeSum: 0, timed: 0 }));
    d.questions.add(a.activity[i]!);
    d.attempts++;
    const seconds = a.duration[i]!;
    if (seconds === seconds) {
      d.timeSum += seconds;
      d.timed++;
    }
  });
  return {
    days: [...days]
      .sort(([x], [y]) => x - y)
      .map(([day, d]) => ({
        day: isoDateOf(day),
        questionsAttempted: d.questions.size,
        attempts: d.attempts,
        avgTimeSeconds: d.timed > 0 ? d.timeSum / d.timed : null,
      })),
  };
}
