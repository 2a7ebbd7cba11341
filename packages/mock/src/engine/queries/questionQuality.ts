import { parseSort, QUESTION_KIND, QUESTION_QUALITY_TOP_REASONS, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareNullsLast, compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { submittedSlice } from '../questionAnswers.js';
import { floatSortKey } from '../stats.js';

type Row = QueryResult<'questionQuality'>['rows'][number];
type SortField = Exclude<QueryParams<'questionQuality'>['sort'], `-${string}`>;

interface Tally {
  learners: Set<number>;
  attempts: number;
  correct: number;
  timeSum: number;
  timeCount: number;
  flags: number;
  openFlags: number;
  reasons: Map<string, number>;
}

/** The questions of the dataset (activities of kind QUESTION_KIND) the activityIds filter keeps, as a mask over activity indexes. */
export function questionMask(ctx: EngineContext): Uint8Array {
  const { activities } = ctx.dataset;
  const mask = new Uint8Array(activities.length);
  for (let i = 0; i < activities.length; i++) {
    if (activities[i]!.kind === QUESTION_KIND && (ctx.activityMask === null || ctx.activityMask[i] === 1)) mask[i] = 1;
  }
  return mask;
}

/** Answers `questionQuality`: per question, attempts and time (seed `update_question_stats`) beside its flags. */
export function questionQuality(ctx: EngineContext, params: QueryParams<'questionQuality'>): QueryResult<'questionQuality'> {
  const { dataset, userMask } = ctx;
  const questions = questionMask(ctx);
  const tallies = new Map<number, Tally>();
  const tally = (q: number): Tally => {
    let t = tallies.get(q);
    if (t === undefined) {
      t = { learners: new Set(), attempts: 0, correct: 0, timeSum: 0, timeCount: 0, flags: 0, openFlags: 0, reasons: new Map() };
      tallies.set(q, t);
    }
    return t;
  };

  const a = dataset.attempts;
  const attempts = submittedSlice(ctx, ctx.fromMs, ctx.toMs);
  for (let i = attempts.start; i < attempts.end; i++) {
    const q = a.activity[i]!;
    // Answers submitted in [from, to) only, as seed 003 stores and places them (NaN, never submitted, fails).
    if (questions[q] !== 1 || !(a.endedAt[i]! >= ctx.fromMs && a.endedAt[i]! < ctx.toMs)) continue;
    const u = a.user[i]!;
    if (userMask !== null && userMask[u] !== 1) continue;
    const t = tally(q);
    t.learners.add(u);
    t.attempts++;
    if (a.score[i] === 1) t.correct++;
    const d = a.duration[i]!;
    if (d === d) {
      t.timeSum += d;
      t.timeCount++;
    }
  }

  const f = dataset.questionFlags;
  const flags = timeSlice(f.createdAt, dataset.ranges.questionFlags[ctx.org]!, ctx.fromMs, ctx.toMs);
  for (let i = flags.start; i < flags.end; i++) {
    const q = f.activity[i]!;
    if (q < 0 || questions[q] !== 1) continue;
    if (userMask !== null && userMask[f.user[i]!] !== 1) continue;
    const t = tally(q);
    t.flags++;
    if (f.status[i] === 'open') t.openFlags++;
    t.reasons.set(f.reason[i]!, (t.reasons.get(f.reason[i]!) ?? 0) + 1);
  }

  const rows: Row[] = [];
  for (const [q, t] of tallies) {
    const activity = dataset.activities[q]!;
    const learners = t.learners.size;
    rows.push({
      activityId: activity.activity_id,
      title: activity.title,
      topic: activity.category,
      learners,
      attempts: t.attempts,
      correct: t.correct,
      accuracy: t.attempts === 0 ? null : (t.correct * 100) / t.attempts,
      avgTimeSeconds: t.timeCount === 0 ? null : t.timeSum / t.timeCount,
      flags: t.flags,
      openFlags: t.openFlags,
      flagRate: learners === 0 ? null : t.flags / learners,
      topReasons: [...t.reasons]
        .sort(([r1, n1], [r2, n2]) => n2 - n1 || compareText(r1, r2))
        .slice(0, QUESTION_QUALITY_TOP_REASONS)
        .map(([reason, n]) => ({ reason, flags: n })),
    });
  }

  const { field, descending } = parseSort(params.sort);
  const sign = descending ? -1 : 1;
  rows.sort((x, y) => compareBy(x, y, field, descending, sign) || compareText(x.activityId, y.activityId));
  const end = params.limit === undefined ? rows.length : params.offset + params.limit;
  return { total: rows.length, rows: rows.slice(params.offset, end) };
}

function compareBy(x: Row, y: Row, field: SortField, descending: boolean, sign: number): number {
  if (field === 'title') return sign * compareText(x.title, y.title);
  // Counts compare as they are; rates, accuracies and times as float sort keys.
  return compareNullsLast(floatSortKey(x[field]), floatSortKey(y[field]), descending);
}
