// `pnpm bench` (third step): what resolving a viewer's scope and the client around the engine cost at a realistic
// population — 100,000 learners per org — beside the floor the goal is stated against: one plain typed-array scan of
// the org's scores. Writes bench/scope-results.md. BENCH_SCOPE_LEARNERS makes smaller runs (written under bench/.data).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createClient,
  type AdapterRequest,
  type QueryName,
  type QueryParamsInput,
  type QueryRequest,
  type Viewer,
} from '../../packages/data-client/src/index.js';
import { runQuery } from '../../packages/mock/src/engine/dispatch.js';
import { orgOverviewTotals } from '../../packages/mock/src/engine/queries/orgOverviewIndex.js';
import { resolveScope } from '../../packages/mock/src/engine/scope.js';
import { createMockAdapter, createMockDataset, type MockDataset } from '../../packages/mock/src/index.js';
import { describeMachine } from '../machine.js';
import { measure, median } from '../timing.js';

const WARMUP = 3;
const RUNS = 21;
const NOW = '2026-10-31T12:00:00.000Z';
const here = fileURLToPath(new URL('.', import.meta.url));

const ms = (x: number) => (x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

/** The median of a synchronous function's runs, in ms. */
async function timeSync(fn: () => unknown): Promise<number> {
  return median((await measure(async () => fn(), WARMUP, RUNS)).ms);
}

/** The floor: one pass over org 0's score column, summing the scored rows, as plain typed-array code would. */
function scanScores(dataset: MockDataset): number {
  const { start, end } = dataset.ranges.attempts[0]!;
  const score = dataset.attempts.score;
  let sum = 0;
  let n = 0;
  for (let i = start; i < end; i++) {
    const s = score[i]!;
    if (s === s) {
      sum += s;
      n++;
    }
  }
  return n === 0 ? 0 : sum / n;
}

function viewersOf(dataset: MockDataset): Record<'admin' | 'manager' | 'learner', Viewer> {
  const orgId = dataset.orgs[0]!.org_id;
  const pick = (role: string) => dataset.users.find((u) => u.org_id === orgId && u.role === role && (role !== 'learner' || u.team_id !== null))!;
  const as = (role: 'admin' | 'manager' | 'learner'): Viewer => ({ userId: pick(role).user_id, role, orgId });
  return { admin: as('admin'), manager: as('manager'), learner: as('learner') };
}

interface Row {
  what: string;
  ms: number;
  note: string;
}

async function main(): Promise<void> {
  const learnersPerOrg = Number(process.env.BENCH_SCOPE_LEARNERS ?? 100_000);
  const options = { seed: 11, orgs: 2, learnersPerOrg, targetAttempts: 1_000_000, withEvents: false };
  console.log(`[bench:scope] generating createMockDataset(${JSON.stringify(options)})`);
  const dataset = createMockDataset(options);
  const orgAttempts = dataset.ranges.attempts[0]!.end - dataset.ranges.attempts[0]!.start;
  const viewers = viewersOf(dataset);
  // Before anything else touches the dataset: the first resolution builds its membership indexes.
  const t0 = performance.now();
  resolveScope(dataset, { viewer: viewers.learner, userIds: [], teamId: undefined });
  const firstMs = performance.now() - t0;
  const adapter = createMockAdapter({ dataset });
  const client = createClient({ adapter });
  const loadBefore = describeMachine().loadAverage;

  const floor = await timeSync(() => scanScores(dataset));
  const ratios = new Map<string, number>();
  const rows: Row[] = [{ what: "floor: one plain scan of org 0's scores (Float64Array)", ms: floor, note: `${orgAttempts.toLocaleString('en-US')} rows` }];

  // Scope resolution alone. The first call on a dataset builds its membership indexes, once.
  const someLearners = dataset.users.filter((u) => u.org_id === viewers.admin.orgId && u.role === 'learner').slice(0, 2).map((u) => u.user_id);
  rows.push({ what: 'scope: first resolution on a dataset (builds its indexes, once)', ms: firstMs, note: 'one-off' });
  for (const [role, userIds] of [['learner', []], ['manager', []], ['admin', someLearners]] as const) {
    const viewer = viewers[role];
    const t = await timeSync(() => resolveScope(dataset, { viewer, userIds, teamId: undefined }));
    rows.push({ what: `scope: resolve for ${role === 'admin' ? 'an' : 'a'} ${role}${userIds.length ? ` naming ${userIds.length} learners` : ''}`, ms: t, note: `${ms(t / floor)} × floor` });
  }

  // A query through each layer: the engine alone, the adapter (scope + engine), the client (rules, adapter, checks),
  // each beside the floor. The four are timed in turn within every round, so load that comes and goes on a shared
  // machine weighs on all of them alike; medians of the rounds.
  async function layers(label: string, name: QueryName, params: QueryParamsInput<QueryName>, viewer: Viewer, runs = RUNS): Promise<void> {
    const parsed = client.parseParams(name, params);
    const request = { name, params: parsed, viewer } as QueryRequest;
    const scope = resolveScope(dataset, { viewer, userIds: parsed.userIds ?? [], teamId: parsed.teamId });
    const steps: Array<() => unknown> = [
      () => scanScores(dataset),
      () => runQuery(dataset, { name, params: parsed, scope } as AdapterRequest),
      () => adapter.run(request),
      () => client.query(name, params as never, { viewer }),
    ];
    const times: number[][] = steps.map(() => []);
    for (let round = 0; round < WARMUP + runs; round++) {
      for (const [i, step] of steps.entries()) {
        const t = performance.now();
        await step();
        if (round >= WARMUP) times[i]!.push(performance.now() - t);
      }
    }
    const [base, engine, run, full] = times.map(median) as [number, number, number, number];
    rows.push(
      { what: `${label}: engine alone`, ms: engine, note: `${ms(engine / base)} × floor (${ms(base)} ms in the same rounds)` },
      { what: `${label}: adapter.run (scope + engine)`, ms: run, note: `${ms(run / base)} × floor; scope step ${ms(run - engine)} ms` },
      { what: `${label}: client.query`, ms: full, note: `${ms(full / base)} × floor; client overhead ${ms(full - run)} ms` },
    );
    ratios.set(label, full / base);
    console.log(`[bench:scope] ${label}: floor ${ms(base)} ms, engine ${ms(engine)} ms, run ${ms(run)} ms, client ${ms(full)} ms`);
  }
  await layers("a learner's orgOverview", 'orgOverview', { now: NOW }, viewers.learner);
  await layers("a manager's orgOverview", 'orgOverview', { now: NOW }, viewers.manager);
  // The whole org over its whole history reads totals built once per dataset and org; their build is timed first.
  const t1 = performance.now();
  orgOverviewTotals(dataset, 0);
  const totalsMs = performance.now() - t1;
  rows.push({ what: "orgOverview's whole-history totals of org 0: first build (once per dataset and org)", ms: totalsMs, note: `${ms(totalsMs / floor)} × floor; one-off` });
  await layers("an admin's orgOverview (whole org, whole history)", 'orgOverview', { now: NOW }, viewers.admin);
  // Every learner of the org ranked: the client validates each row. Fewer rounds: each takes a while.
  await layers("an admin's whole-org leaderboard (a large result)", 'leaderboard', { now: NOW, period: 'month' }, viewers.admin, 7);

  const busy = Math.max(...[loadBefore, describeMachine().loadAverage].map((l) => Number(l.split(' / ')[0]))) > describeMachine().cores;
  const lines = [
    '# Scope resolution and client overhead',
    '',
    `Generated by \`pnpm bench\` (bench/scope/run.ts) on ${new Date().toISOString()}. Medians of ${RUNS} rounds (7 for the leaderboard) after ${WARMUP} warm-ups; in each round the floor and the three layers run in turn.`,
    '',
    `- Dataset: \`createMockDataset(${JSON.stringify(options)})\`: ${dataset.users.length.toLocaleString('en-US')} users, ${dataset.teams.length.toLocaleString('en-US')} teams, ${dataset.attempts.length.toLocaleString('en-US')} attempts.`,
    `- Machine: ${describeMachine().cpu}, ${describeMachine().cores} cores, Node ${process.version}; load average ${loadBefore} before, ${describeMachine().loadAverage} after.`,
    `- Goal (issue 9): a learner's \`orgOverview\` through \`client.query\` at ${learnersPerOrg.toLocaleString('en-US')} learners per org costs no more than the floor: **${ms(ratios.get("a learner's orgOverview")!)} × floor** here.`,
    ...(busy ? [`- **The machine was busy** (load average ${loadBefore} on ${describeMachine().cores} cores): timings are noisy; rerun on a quiet machine before reading ratios.`] : []),
    '- The scope is resolved once per query, inside `adapter.run`; "client overhead" is `client.query` minus `adapter.run`: parameter and viewer validation, the scope check, result validation and, for learners, pseudonyms.',
    '',
    '| what | median ms | note |',
    '| --- | ---: | --- |',
    ...rows.map((r) => `| ${r.what} | ${ms(r.ms)} | ${r.note} |`),
    '',
  ];
  const out = learnersPerOrg === 100_000 ? join(here, '..', 'scope-results.md') : join(here, '..', '.data', `scope-results-${learnersPerOrg}.md`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, lines.join('\n'));
  console.log(`[bench:scope] wrote ${out}`);
}

await main();
