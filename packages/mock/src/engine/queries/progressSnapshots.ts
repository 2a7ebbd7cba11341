import { bucketStartDay, isoDateOf, masteryLevelOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import type { EngineContext } from '../context.js';
import { submittedSlice } from '../questionAnswers.js';
import { questionMask } from './questionQuality.js';
import { topicEvidence, type Answer } from './topicEvidence.js';

type Row = QueryResult<'progressSnapshots'>['rows'][number];

interface Snapshot {
  bucket: number;
  /** Whether the learner answered in this bucket within [from, to): only such buckets are snapshots. */
  inRange: boolean;
  reviewed: Set<number>;
}

/** Answers `progressSnapshots`: per learner and bucket they answered in, their progress at the bucket's end. */
export function progressSnapshots(ctx: EngineContext, params: QueryParams<'progressSnapshots'>): QueryResult<'progressSnapshots'> {
  const { dataset, userMask, activityMask, clock } = ctx;
  const questions = questionMask(ctx);
  const bucketOf = (ms: number) => bucketStartDay(clock.localDay(ms), params.bucket, params.weekStart);
  const window = params.recentAttempts;
  const percent = Math.round(params.masteryThreshold * 100);

  // Each learner's answers at questions submitted before `to` (history before `from` included).
  const a = dataset.attempts;
  const slice = submittedSlice(ctx, -Infinity, ctx.toMs);
  const answers = new Map<number, { answer: Answer; bucket: number; row: number }[]>();
  for (let i = slice.start; i < slice.end; i++) {
    const q = a.activity[i]!;
    if (questions[q] !== 1 || !(a.endedAt[i]! < ctx.toMs)) continue;
    const u = a.user[i]!;
    if (userMask !== null && userMask[u] !== 1) continue;
    let list = answers.get(u);
    if (list === undefined) answers.set(u, (list = []));
    const answer = { topic: dataset.activities[q]!.category, submittedAt: a.endedAt[i]!, attemptId: a.id[i]!, correct: a.score[i] === 1 };
    list.push({ answer, bucket: bucketOf(a.endedAt[i]!), row: i });
  }

  // Each learner's stored cards last reviewed before `to`: the bucket of that review and of the next one, and the ease.
  const c = dataset.spacedRepetition;
  const cardRange = dataset.ranges.spacedRepetition[ctx.org]!;
  const cards = new Map<number, { last: number; next: number; ease: number }[]>();
  for (let i = cardRange.start; i < cardRange.end; i++) {
    const u = c.user[i]!;
    if (userMask !== null && userMask[u] !== 1) continue;
    if (activityMask !== null && activityMask[c.activity[i]!] !== 1) continue;
    if (!(c.lastReviewedAt[i]! < ctx.toMs)) continue;
    let list = cards.get(u);
    if (list === undefined) cards.set(u, (list = []));
    list.push({ last: bucketOf(c.lastReviewedAt[i]!), next: bucketOf(c.nextReviewAt[i]!), ease: c.ease[i]! });
  }

  const rows: Row[] = [];
  for (const [u, list] of answers) {
    // Buckets are gathered, not assumed to follow the table's order: it is by start, and local buckets can step back
    // where a zone's clocks go back over midnight.
    const snapshots = new Map<number, Snapshot>();
    for (const x of list) {
      let snap = snapshots.get(x.bucket);
      if (snap === undefined) snapshots.set(x.bucket, (snap = { bucket: x.bucket, inRange: false, reviewed: new Set() }));
      if (x.answer.submittedAt >= ctx.fromMs) snap.inRange = true;
      if (a.score[x.row] === a.score[x.row]) snap.reviewed.add(a.activity[x.row]!);
    }
    const user = dataset.users[u]!;
    const own = cards.get(u) ?? [];
    for (const snap of snapshots.values()) {
      if (!snap.inRange) continue;
      const evidence = list.filter((x) => x.bucket <= snap.bucket).map((x) => x.answer);
      let correct = 0;
      for (const x of evidence) if (x.correct) correct++;
      let mastered = 0;
      let struggling = 0;
      for (const e of topicEvidence(evidence, window).values()) {
        // Struggling: neither proficient nor familiar (the latest answers below FAMILIAR_PERCENT).
        const level = masteryLevelOf(e, window, percent);
        if (level === 'mastered') mastered++;
        if (level === 'attempted') struggling++;
      }
      let known = 0;
      let due = 0;
      let easeSum = 0;
      for (const card of own) {
        if (card.last > snap.bucket) continue;
        known++;
        easeSum += card.ease;
        if (card.next <= snap.bucket) due++;
      }
      rows.push({
        userId: user.user_id,
        displayName: user.display_name,
        bucketStart: isoDateOf(snap.bucket),
        questionsAttempted: evidence.length,
        correct,
        accuracy: (correct * 100) / evidence.length,
        topicsMastered: mastered,
        topicsStruggling: struggling,
        cardsDue: due,
        cardsReviewed: snap.reviewed.size,
        averageEase: known === 0 ? null : easeSum / known,
      });
    }
  }
  rows.sort((x, y) => compareText(x.userId, y.userId) || compareText(x.bucketStart, y.bucketStart));
  const end = params.limit === undefined ? rows.length : params.offset + params.limit;
  return { bucket: params.bucket, total: rows.length, rows: rows.slice(params.offset, end) };
}
