import type { QueryParams, QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { eventKindCodes, payloadScoreReader } from './eventKinds.js';

interface Item {
  learners: Set<number>;
  completed: Set<number>;
  starts: number;
  completions: number;
  scoreSum: number;
  scored: number;
  /** Per visit (learner and session): its first and last event time. */
  visits: Map<string, [number, number]>;
}

/** Answers `contentPerformance`: per content item, learners, starts, completions, scores and the time of a visit. */
export function contentPerformance(ctx: EngineContext, _params: QueryParams<'contentPerformance'>): QueryResult<'contentPerformance'> {
  const { dataset, userMask, activityMask } = ctx;
  const ev = dataset.events;
  const slice = timeSlice(ev.occurredAt, dataset.ranges.events[ctx.org]!, ctx.fromMs, ctx.toMs);
  const kinds = eventKindCodes(dataset);
  const scoreOf = payloadScoreReader();
  const items = new Map<number, Item>();
  for (let i = slice.start; i < slice.end; i++) {
    const activity = ev.activity[i]!;
    if (activity < 0 || (activityMask !== null && activityMask[activity] !== 1)) continue;
    const user = ev.user[i]!;
    if (userMask !== null && userMask[user] !== 1) continue;
    let item = items.get(activity);
    if (item === undefined) {
      item = { learners: new Set(), completed: new Set(), starts: 0, completions: 0, scoreSum: 0, scored: 0, visits: new Map() };
      items.set(activity, item);
    }
    item.learners.add(user);
    const type = ev.type[i]!;
    if (kinds.startKind[type]! >= 0) item.starts++;
    if (kinds.completeKind[type]! >= 0) {
      item.completions++;
      item.completed.add(user);
    }
    if (type === kinds.assessmentComplete) {
      const score = scoreOf(ev.payloadTexts[ev.payload[i]!]!);
      if (score !== null) {
        item.scoreSum += score;
        item.scored++;
      }
    }
    const at = ev.occurredAt[i]!;
    const key = `${user}:${ev.session[i]!}`;
    const visit = item.visits.get(key);
    if (visit === undefined) item.visits.set(key, [at, at]);
    else {
      if (at < visit[0]) visit[0] = at;
      if (at > visit[1]) visit[1] = at;
    }
  }
  const rows = [...items.entries()].map(([activity, item]) => {
    let seconds = 0;
    for (const [first, last] of item.visits.values()) seconds += (last - first) / 1000;
    return {
      contentId: dataset.activities[activity]!.activity_id,
      learners: item.learners.size,
      starts: item.starts,
      completions: item.completions,
      completionRate: item.completed.size / item.learners.size,
      avgAssessmentScore: item.scored === 0 ? null : item.scoreSum / item.scored,
      avgTimeSeconds: seconds / item.visits.size,
    };
  });
  rows.sort((a, b) => compareText(a.contentId, b.contentId));
  return { rows };
}
