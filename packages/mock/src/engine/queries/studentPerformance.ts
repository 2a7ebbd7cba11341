import { accuracyPctOf, parseSort, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareNullsLast, compareText } from '../compare.js';
import type { EngineContext } from '../context.js';
import { DAY_MS, LocalTimeCursor } from '../localTime.js';
import { forEachAnswer, isCorrect } from '../questionAnswers.js';
import { floatSortKey } from '../stats.js';

type Row = QueryResult<'studentPerformance'>['rows'][number];
type SortField = Exclude<QueryParams<'studentPerformance'>['sort'], `-${string}`>;

interface Learner {
  user: number;
  total: number;
  correct: number;
  timeSum: number;
  timed: number;
  questions: Set<number>;
  days: Set<number>;
  last: number;
}

function sortValue(row: Row, field: Exclude<SortField, 'displayName'>): number | null {
  if (field === 'lastAttemptAt') return Date.parse(row.lastAttemptAt);
  return field === 'avgTimeSeconds' ? floatSortKey(row[field]) : row[field];
}

/** Answers `studentPerformance`: the seed's `mv_student_performance` per learner, sorted and paged. */
export function studentPerformance(ctx: EngineContext, params: QueryParams<'studentPerformance'>): QueryResult<'studentPerformance'> {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const cursor = new LocalTimeCursor(ctx.clock);
  const learners = new Map<number, Learner>();
  forEachAnswer(ctx, (i) => {
    const u = a.user[i]!;
    let l = learners.get(u);
    if (l === undefined) {
      learners.set(u, (l = { user: u, total: 0, correct: 0, timeSum: 0, timed: 0, questions: new Set(), days: new Set(), last: -Infinity }));
    }
    l.total++;
    if (isCorrect(a.score, i)) l.correct++;
    const seconds = a.duration[i]!;
    if (seconds === seconds) {
      l.timeSum += seconds;
      l.timed++;
    }
    l.questions.add(a.activity[i]!);
    const t = a.endedAt[i]!; // days active and last attempt by submit instant (seed submitted_at)
    l.days.add(Math.floor(cursor.local(t) / DAY_MS));
    if (t > l.last) l.last = t;
  });
  const rows: Row[] = [...learners.values()].map((l) => {
    const user = dataset.users[l.user]!;
    return {
      userId: user.user_id,
      displayName: user.display_name,
      totalAttempts: l.total,
      correctAttempts: l.correct,
      accuracyPct: accuracyPctOf(l.correct, l.total),
      avgTimeSeconds: l.timed > 0 ? l.timeSum / l.timed : null,
      uniqueQuestions: l.questions.size,
      daysActive: l.days.size,
      lastAttemptAt: new Date(l.last).toISOString(),
    };
  });
  const { field, descending } = parseSort(params.sort);
  rows.sort((x, y) => {
    const byField =
      field === 'displayName'
        ? (descending ? -1 : 1) * compareText(x.displayName, y.displayName)
        : compareNullsLast(sortValue(x, field), sortValue(y, field), descending);
    return byField || compareText(x.userId, y.userId);
  });
  const end = params.limit === undefined ? undefined : params.offset + params.limit;
  return { total: rows.length, rows: rows.slice(params.offset, end) };
}
