import type { ScoreScale } from '@learnlens/data-client';
import { reserve } from './columns.js';
import type { MasteryColumns } from './dataset.types.js';
import { scoreShare } from './scoring.js';

// One learner's mastery of each content item (seed 001 mastery_deltas): a
// running estimate that moves fast on little evidence and settles as evidence
// builds up, with a confidence that grows with the evidence count.

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** Mastery of one learner, per activity of their org, written as deltas after each scored attempt. */
export class LearnerMastery {
  private readonly level: Float64Array;
  private readonly evidence: Int32Array;

  /** A learner with no evidence yet on any of `activities` activities. */
  constructor(
    activities: number,
    private readonly scale: ScoreScale,
    private readonly user: number,
  ) {
    this.level = new Float64Array(activities);
    this.evidence = new Int32Array(activities);
  }

  /** Updates mastery of the org's activity `activity` (global index `content`) from a score, adding a delta row. */
  record(out: MasteryColumns, activity: number, content: number, score: number, session: number, time: number): void {
    const evidence = this.evidence[activity]!;
    const previous = evidence === 0 ? 0 : this.level[activity]!;
    // 0/1 answers are noisy evidence: a wrong one should not wipe out what was learnt.
    const step = Math.max(this.scale === 'binary' ? 0.15 : 0.2, 1.5 / (evidence + 2));
    const current = round4(Math.min(1, Math.max(0, previous + step * (scoreShare(this.scale, score) - previous))));
    this.level[activity] = current;
    this.evidence[activity] = evidence + 1;
    if (out.length === out.occurredAt.length) reserve(out, out.length + 1);
    const m = out.length++;
    out.user[m] = this.user;
    out.content[m] = content;
    out.previous[m] = previous;
    out.current[m] = current;
    out.delta[m] = round4(current - previous);
    out.confidence[m] = round4(1 - 1 / (1 + 0.3 * (evidence + 1)));
    out.evidence[m] = evidence + 1;
    out.session[m] = session;
    out.occurredAt[m] = time;
  }
}
