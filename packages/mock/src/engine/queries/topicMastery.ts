import { masteryLevelOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import type { EngineContext } from '../context.js';
import { forEachAnswer, isCorrect } from '../questionAnswers.js';

type Result = QueryResult<'topicMastery'>;
type Cell = NonNullable<Result['grid']>['rows'][number]['cells'][number];

interface TopicTotals {
  attempts: number;
  correct: number;
  timeSum: number;
  timed: number;
  learners: Set<number>;
}

/** Answers `topicMastery`: per topic (the question's category) totals and, with `grid`, a learner × topic grid. */
export function topicMastery(ctx: EngineContext, params: QueryParams<'topicMastery'>): Result {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const totals = new Map<string, TopicTotals>();
  // Per learner and topic, the attempt rows (grid only).
  const cells = new Map<number, Map<string, number[]>>();
  forEachAnswer(ctx, (i) => {
    const topic = dataset.activities[a.activity[i]!]!.category;
    let t = totals.get(topic);
    if (t === undefined) totals.set(topic, (t = { attempts: 0, correct: 0, timeSum: 0, timed: 0, learners: new Set() }));
    t.attempts++;
    if (isCorrect(a.score, i)) t.correct++;
    const seconds = a.duration[i]!;
    if (seconds === seconds) {
      t.timeSum += seconds;
      t.timed++;
    }
    const u = a.user[i]!;
    t.learners.add(u);
    if (params.grid) {
      let mine = cells.get(u);
      if (mine === undefined) cells.set(u, (mine = new Map()));
      let list = mine.get(topic);
      if (list === undefined) mine.set(topic, (list = []));
      list.push(i);
    }
  });
  const topics = [...totals]
    .sort(([x], [y]) => compareText(x, y))
    .map(([topic, t]) => ({
      topic,
      attempts: t.attempts,
      correct: t.correct,
      accuracy: t.correct / t.attempts,
      avgTimeSeconds: t.timed > 0 ? t.timeSum / t.timed : null,
      learners: t.learners.size,
    }));
  if (!params.grid) return { topics, grid: null };

  const window = params.recentAttempts;
  const thresholdPercent = Math.round(params.masteryThreshold * 100);
  const learners = [...cells.keys()]
    .map((u) => dataset.users[u]!)
    .sort((x, y) => compareText(x.display_name, y.display_name) || compareText(x.user_id, y.user_id));
  const end = params.limit === undefined ? undefined : params.offset + params.limit;
  const rows = learners.slice(params.offset, end).map((user) => {
    const mine = cells.get(dataset.index.user.get(user.user_id)!)!;
    return {
      userId: user.user_id,
      displayName: user.display_name,
      cells: topics.map(({ topic }): Cell => {
        const list = mine.get(topic);
        if (list === undefined) return { topic, attempts: 0, correct: 0, accuracy: null, recentAccuracy: null, level: 'not_started' };
        // Latest submitted first: ended_at, then attempt id, descending.
        list.sort((x, y) => a.endedAt[y]! - a.endedAt[x]! || compareText(a.id[y]!, a.id[x]!));
        const correctIn = (from: number, to: number) => list.slice(from, to).filter((i) => isCorrect(a.score, i)).length;
        const correct = correctIn(0, list.length);
        const recentAttempts = Math.min(window, list.length);
        const earlierAttempts = Math.min(window, list.length - recentAttempts);
        const evidence = {
          attempts: list.length,
          recentAttempts,
          recentCorrect: correctIn(0, recentAttempts),
          earlierAttempts,
          earlierCorrect: correctIn(recentAttempts, recentAttempts + earlierAttempts),
        };
        return {
          topic,
          attempts: list.length,
          correct,
          accuracy: correct / list.length,
          recentAccuracy: evidence.recentCorrect / recentAttempts,
          level: masteryLevelOf(evidence, window, thresholdPercent),
        };
      }),
    };
  });
  return { topics, grid: { masteryThreshold: params.masteryThreshold, recentAttempts: window, total: learners.length, rows } };
}
