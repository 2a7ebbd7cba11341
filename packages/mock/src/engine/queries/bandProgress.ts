import type { QueryParams, QueryResult } from '@learnlens/data-client';
import { compareText } from '../compare.js';
import { timeSlice, type EngineContext } from '../context.js';
import { hundredthsKey, round2 } from '../stats.js';

type Result = QueryResult<'bandProgress'>;
type Figures = Result['summary'];

/** Sums over one learner's banded attempts, and their latest goal. */
interface Learner {
  user: number;
  attempts: number;
  task1: number;
  task1Count: number;
  task2: number;
  task2Count: number;
  overall: number;
  goal: number;
  goalAt: number;
  goalAttempt: string;
}

/** Sums over a group of learners (or everyone). */
class Group {
  learners = 0;
  attempts = 0;
  task1 = 0;
  task1Count = 0;
  task2 = 0;
  task2Count = 0;
  overall = 0;
  goals = 0;
  withGoal = 0;
  atGoal = 0;

  add(l: Learner): void {
    this.learners++;
    this.attempts += l.attempts;
    this.task1 += l.task1;
    this.task1Count += l.task1Count;
    this.task2 += l.task2;
    this.task2Count += l.task2Count;
    this.overall += l.overall;
    if (l.goal === l.goal) {
      this.withGoal++;
      this.goals += l.goal;
      if (round2(l.overall / l.attempts) >= l.goal) this.atGoal++;
    }
  }

  figures(): Figures {
    const mean = (sum: number, n: number) => (n === 0 ? null : round2(sum / n));
    return {
      learners: this.learners,
      attempts: this.attempts,
      task1Band: mean(this.task1, this.task1Count),
      task2Band: mean(this.task2, this.task2Count),
      overallBand: mean(this.overall, this.attempts),
      goalBand: mean(this.goals, this.withGoal),
      learnersWithGoal: this.withGoal,
      learnersAtGoal: this.atGoal,
      atGoalShare: this.withGoal === 0 ? null : this.atGoal / this.withGoal,
    };
  }
}

/** Seed 000's average_band of one attempt: the mean of the task bands present, rounded to 2 decimals. */
function averageBand(task1: number, task2: number): number {
  if (task1 === task1 && task2 === task2) return round2((task1 + task2) / 2);
  return round2(task1 === task1 ? task1 : task2);
}

/**
 * Answers `bandProgress`: per learner or team, the task and overall bands of their banded attempts in the period, and
 * how many learners reach their latest goal band; plus the same over everyone.
 */
export function bandProgress(ctx: EngineContext, params: QueryParams<'bandProgress'>): Result {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const learners = new Map<number, Learner>();
  const { start, end } = timeSlice(a.startedAt, dataset.ranges.attempts[ctx.org]!, ctx.fromMs, ctx.toMs);
  for (let i = start; i < end; i++) {
    const u = a.user[i]!;
    if (ctx.userMask !== null && ctx.userMask[u] !== 1) continue;
    if (ctx.activityMask !== null && ctx.activityMask[a.activity[i]!] !== 1) continue;
    const task1 = a.task1Band[i]!;
    const task2 = a.task2Band[i]!;
    if (task1 !== task1 && task2 !== task2) continue;
    let l = learners.get(u);
    if (l === undefined) {
      l = { user: u, attempts: 0, task1: 0, task1Count: 0, task2: 0, task2Count: 0, overall: 0, goal: NaN, goalAt: -Infinity, goalAttempt: '' };
      learners.set(u, l);
    }
    l.attempts++;
    if (task1 === task1) {
      l.task1 += task1;
      l.task1Count++;
    }
    if (task2 === task2) {
      l.task2 += task2;
      l.task2Count++;
    }
    l.overall += averageBand(task1, task2);
    const goal = a.goalBand[i]!;
    const at = a.startedAt[i]!;
    // The latest attempt with a goal, ties on started_at broken by the larger attempt_id.
    if (goal === goal && (at > l.goalAt || (at === l.goalAt && compareText(a.id[i]!, l.goalAttempt) > 0))) {
      l.goal = goal;
      l.goalAt = at;
      l.goalAttempt = a.id[i]!;
    }
  }

  const byTeam = params.groupBy === 'team';
  const groups = new Map<string | null, Group>();
  const total = new Group();
  for (const l of learners.values()) {
    const user = dataset.users[l.user]!;
    const key = byTeam ? user.team_id : user.user_id;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = new Group()));
    g.add(l);
    total.add(l);
  }

  const teamName = new Map(dataset.teams.filter((t) => t.org_id === ctx.scope.orgId).map((t) => [t.team_id, t.name]));
  const rows: Result['rows'] = [...groups].map(([id, g]) => {
    const f = g.figures();
    const name = id === null ? '' : byTeam ? (teamName.get(id) ?? id) : dataset.users[dataset.index.user.get(id)!]!.display_name;
    return { id, name, ...f, overallBand: f.overallBand! };
  });
  // By the overall band as shown (whole hundredths), then id: groups that show the same band tie.
  rows.sort((x, y) => {
    const byBand = hundredthsKey(y.overallBand) - hundredthsKey(x.overallBand);
    if (byBand !== 0) return byBand;
    if (x.id === null || y.id === null) return x.id === y.id ? 0 : x.id === null ? 1 : -1;
    return compareText(x.id, y.id);
  });
  return { rows, summary: total.figures() };
}
