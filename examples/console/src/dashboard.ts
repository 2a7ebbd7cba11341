// A terminal dashboard over the embedded default: the mock engine, seeded, in
// process. It shows what each role sees, through the same typed client a host
// app uses. Run with `npm start` from the repository root.
import { createClient, type LearnlensClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { cell, num, shade, sparkline, title } from './format.js';

const seed = Number(process.env.LEARNLENS_SEED ?? 1);
const dataset = createMockDataset({ seed });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
// The dataset ends at a fixed date so it is reproducible; "now" is its last day.
const now = new Date(Date.parse(`${dataset.meta.endDate}T00:00:00Z`) - 1).toISOString();

function pickViewers(): { label: string; viewer: Viewer }[] {
  const [orgA, orgB] = dataset.orgs;
  const first = (orgId: string, role: Viewer['role']) => dataset.users.find((u) => u.org_id === orgId && u.role === role);
  const out: { label: string; viewer: Viewer }[] = [];
  for (const [org, role] of [
    [orgA, 'admin'],
    [orgA, 'manager'],
    [orgA, 'learner'],
    [orgB, 'admin'],
  ] as const) {
    const user = org && first(org.org_id, role);
    if (user) out.push({ label: `${user.display_name} — ${role} of ${org.name}`, viewer: { userId: user.user_id, role, orgId: org.org_id } });
  }
  return out;
}

async function kpis(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const o = await c.query('orgOverview', { now, timezone }, { viewer });
  const change = o.attemptsLast7Days - o.attemptsPrevious7Days;
  console.log(title('Overview'));
  console.log(
    `Active learners ${num(o.activeUsers)}   Attempts ${num(o.totalAttempts)}   Avg score ${num(o.avgScore)}   ` +
      `Last 7 days ${num(o.attemptsLast7Days)} (${change >= 0 ? '+' : ''}${change} vs the 7 before)`,
  );
}

async function leaderboard(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const board = await c.query('leaderboard', { now, timezone, period: 'month', limit: 10 }, { viewer });
  console.log(title(`Leaderboard ${board.period.from} → ${board.period.to} (top 10 of ${board.total})`));
  console.log(`${cell('#', 4)}${cell('Learner', 26)}${cell('Avg', 8, 'right')}${cell('Tries', 7, 'right')}${cell('Talk %', 8, 'right')}  Move`);
  for (const r of board.rows) {
    const move = r.previousRank === null ? 'new' : r.previousRank > r.rank ? `▲${r.previousRank - r.rank}` : r.previousRank < r.rank ? `▼${r.rank - r.previousRank}` : '=';
    const me = r.userId === viewer.userId ? ' ◀ you' : '';
    console.log(`${cell(String(r.rank), 4)}${cell(r.displayName, 26)}${cell(num(r.avgScore), 8, 'right')}${cell(String(r.attempts), 7, 'right')}${cell(num(r.avgTalkPercentage), 8, 'right')}  ${move}${me}`);
  }
}

async function heatmap(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const result = await c.query('activityHeatmap', { now, timezone, grid: 'weekdayHour' }, { viewer });
  if (result.grid !== 'weekdayHour') return;
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const cellData of result.cells) grid[cellData.weekday - 1]![cellData.hour] = cellData.attempts;
  const max = Math.max(0, ...grid.flat());
  console.log(title(`When learners practise (${timezone})`));
  console.log(`    ${Array.from({ length: 24 }, (_, h) => (h % 6 === 0 ? String(h).padEnd(6) : '')).join('')}`);
  ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].forEach((day, d) => {
    console.log(`${day} ${grid[d]!.map((v) => shade(v, max)).join('')}`);
  });
}

async function trend(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const t = await c.query('scoreTrend', { now, timezone, bucket: 'week' }, { viewer });
  const scores = t.points.map((p) => p.avgScore);
  console.log(title('Average score by week'));
  console.log(`${sparkline(scores)}  ${num(scores[0] ?? null)} → ${num(scores.at(-1) ?? null)}`);
}

async function insights(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const r = await c.query('activityInsights', { now, timezone, limit: 5 }, { viewer });
  console.log(title('Most attempted activities'));
  for (const a of r.rows) {
    const flag = a.scoreStddev !== null && a.avgScore !== 0 && a.scoreStddev / Math.abs(a.avgScore) > 0.3 ? '  ⚠ high variance' : '';
    console.log(`${cell(a.activityName, 34)}${cell(String(a.attemptCount), 7, 'right')} tries  avg ${num(a.avgScore)} ± ${num(a.scoreStddev)}${flag}`);
  }
}

async function assignments(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const r = await c.query('assignmentProgress', { now, timezone, limit: 6 }, { viewer });
  console.log(title('Assignments'));
  if (r.rows.length === 0) console.log('No assignments in scope.');
  for (const a of r.rows) {
    const bar = '█'.repeat(Math.round(a.completionRate * 20)).padEnd(20, '·');
    console.log(`${cell(a.title, 30)} ${bar} ${num(a.completionRate * 100, 0)}%  due ${a.dueAt.slice(0, 10)}${a.required ? '' : ' (optional)'}${a.isOverdue ? `  ⚠ ${a.overdue} overdue` : ''}`);
  }
}

async function personal(c: LearnlensClient, viewer: Viewer, timezone: string) {
  const s = await c.query('personalStats', { now, timezone }, { viewer });
  console.log(title('My progress'));
  console.log(`This week ${s.attemptsThisWeek} attempts, avg ${num(s.avgScoreThisWeek)}   All time ${s.totalAttempts}, avg ${num(s.avgScore)}   Streak ${s.currentStreakDays} day(s)`);
  console.log(`Trend ${sparkline(s.trend.map((p) => p.avgScore))}`);
}

async function main() {
  console.log(`Learnlens demo — mock engine, seed ${seed}, ${dataset.attempts.length.toLocaleString('en-US')} attempts, now = ${now}`);
  for (const { label, viewer } of pickViewers()) {
    const org = dataset.orgs.find((o) => o.org_id === viewer.orgId)!;
    console.log(`\n\x1b[7m  ${label}  \x1b[0m`);
    if (viewer.role === 'learner') {
      await personal(client, viewer, org.timezone);
      await leaderboard(client, viewer, org.timezone);
      await assignments(client, viewer, org.timezone);
      continue;
    }
    await kpis(client, viewer, org.timezone);
    await leaderboard(client, viewer, org.timezone);
    if (viewer.role === 'admin') {
      await insights(client, viewer, org.timezone);
      await trend(client, viewer, org.timezone);
    } else {
      await assignments(client, viewer, org.timezone);
    }
    await heatmap(client, viewer, org.timezone);
  }
}

main().catch((error: unknown) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
