// `exportRows` answered as columns (`RunHints.columnar`, asked for by an export): the same page as `exportRows`, but
// every string as an id into a table this dataset already holds or builds once (attempt ids, users' ids and names,
// plans, teams, orgs, activities), and numbers and times copied into Float64Arrays (NaN for null, times as epoch ms).
// No object and no ISO text per row: the export checks these columns with typed loops and hands them to its writers
// as they are, and a string repeated down a column (an org, a plan) reaches the Parquet dictionary as an id.
import type { ColumnarColumn, ColumnarRows, QueryParams } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';
import type { EngineContext } from '../context.js';
import { averageBand, exportPage } from './exportRows.js';

/** Ids per user into a table of the distinct values of one of the users' fields (-1: null). */
interface UserCoding {
  ids: Int32Array;
  table: readonly string[];
}

interface Tables {
  users: MockDataset['users'];
  orgs: MockDataset['orgs'];
  activities: MockDataset['activities'];
  length: number;
  orgTable: readonly string[];
  activityId: readonly string[];
  activityName: readonly string[];
  userId: readonly string[];
  displayName: readonly string[];
  orgId: UserCoding;
  plan: UserCoding;
  team: UserCoding;
}

// Per dataset, made on its first export (a dataset's users, orgs and activities do not change in place; a new array or a
// longer one is coded again). The same tables page after page, so the Parquet writer's id → dictionary slots stay.
const datasetTables = new WeakMap<MockDataset, Tables>();

function codeUsers(users: MockDataset['users'], field: 'org_id' | 'plan' | 'team_id'): UserCoding {
  const ids = new Int32Array(users.length);
  const index = new Map<unknown, number>();
  const table: string[] = [];
  for (let u = 0; u < users.length; u++) {
    const value = users[u]![field] as unknown;
    if (value === null) {
      ids[u] = -1;
      continue;
    }
    let id = index.get(value);
    if (id === undefined) {
      id = table.length;
      index.set(value, id);
      // As it is: the export's check refuses what is not a string, as it would in a row.
      table.push(value as string);
    }
    ids[u] = id;
  }
  return { ids, table: Object.freeze(table) };
}

function tablesOf(dataset: MockDataset): Tables {
  const { users, orgs, activities } = dataset;
  const known = datasetTables.get(dataset);
  if (
    known !== undefined && known.users === users && known.length === users.length && known.orgs === orgs &&
    known.orgTable.length === orgs.length && known.activities === activities && known.activityId.length === activities.length
  ) {
    return known;
  }
  const tables: Tables = {
    users,
    orgs,
    activities,
    // Frozen: the export then checks and encodes each entry once, not once per page that refers to it.
    orgTable: Object.freeze(orgs.map((o) => o.org_id)),
    activityId: Object.freeze(activities.map((x) => x.activity_id)),
    activityName: Object.freeze(activities.map((x) => x.title)),
    length: users.length,
    userId: Object.freeze(users.map((u) => u.user_id)),
    displayName: Object.freeze(users.map((u) => u.display_name)),
    orgId: codeUsers(users, 'org_id'),
    plan: codeUsers(users, 'plan'),
    team: codeUsers(users, 'team_id'),
  };
  datasetTables.set(dataset, tables);
  return tables;
}

/** Answers `exportRows` as columns: the rows `exportRows` answers, in the same order, with the same total. */
export function exportRowColumns(ctx: EngineContext, params: QueryParams<'exportRows'>): { total: number; columnar: ColumnarRows } {
  const { dataset } = ctx;
  const a = dataset.attempts;
  const { total, rows } = exportPage(ctx, params);
  const n = rows.length;
  const tables = tablesOf(dataset);
  const attempt = new Int32Array(n);
  const user = new Int32Array(n);
  const orgIds = new Int32Array(n);
  const plan = new Int32Array(n);
  const org = new Int32Array(n);
  const team = new Int32Array(n);
  const activity = new Int32Array(n);
  const numbers = () => new Float64Array(n);
  const submitted = numbers();
  const goal = numbers();
  const average = numbers();
  const task1 = numbers();
  const task2 = numbers();
  const score = numbers();
  const duration = numbers();
  const talk = numbers();
  const listen = numbers();
  const started = numbers();
  const ended = numbers();
  for (let r = 0; r < n; r++) {
    const i = rows[r]!;
    const u = a.user[i]!;
    attempt[r] = i;
    user[r] = u;
    orgIds[r] = tables.orgId.ids[u]!;
    plan[r] = tables.plan.ids[u]!;
    team[r] = tables.team.ids[u]!;
    org[r] = a.org[i]!;
    activity[r] = a.activity[i]!;
    const start = a.startedAt[i]!;
    const end = a.endedAt[i]!;
    started[r] = start;
    ended[r] = end;
    submitted[r] = end === end ? end : start;
    const t1 = a.task1Band[i]!;
    const t2 = a.task2Band[i]!;
    goal[r] = a.goalBand[i]!;
    task1[r] = t1;
    task2[r] = t2;
    average[r] = averageBand(t1, t2) ?? Number.NaN;
    score[r] = a.score[i]!;
    duration[r] = a.duration[i]!;
    talk[r] = a.talkMs[i]!;
    listen[r] = a.listenMs[i]!;
  }
  const coded = (ids: Int32Array, table: readonly string[]): ColumnarColumn => ({ kind: 'coded', ids, table });
  const number = (values: Float64Array): ColumnarColumn => ({ kind: 'number', values });
  const time = (values: Float64Array): ColumnarColumn => ({ kind: 'timestamp', values });
  return {
    total,
    columnar: {
      length: n,
      columns: {
        attempt_id: coded(attempt, a.id),
        user_id: coded(user, tables.userId),
        // Users belong to exactly one org in the canonical model.
        org_ids: coded(orgIds, tables.orgId.table),
        plan: coded(plan, tables.plan.table),
        submitted_at: time(submitted),
        goal_band: number(goal),
        average_band: number(average),
        task1_band: number(task1),
        task2_band: number(task2),
        org_id: coded(org, tables.orgTable),
        team_id: coded(team, tables.team.table),
        display_name: coded(user, tables.displayName),
        activity_id: coded(activity, tables.activityId),
        activity_name: coded(activity, tables.activityName),
        score: number(score),
        duration_seconds: number(duration),
        talk_ms: number(talk),
        listen_ms: number(listen),
        started_at: time(started),
        ended_at: time(ended),
      },
    },
  };
}
