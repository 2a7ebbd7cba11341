import type { Attempt, LearnerEvent, User } from '@learnlens/data-client';
import type { MockDataset } from '../dataset/dataset.types.js';
import { tableRows } from '../dataset/toRows.js';

/** The part of a PostgreSQL client (`pg.Client`) the seed SQL helpers use. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

const CHUNK = 20_000;
const INT_MAX = 2_147_483_647;

// One statement per chunk: unnest() of one array per column is far faster than row-by-row inserts.
async function insertColumns(
  sql: SqlClient,
  table: string,
  columns: [name: string, type: string][],
  rows: unknown[][],
): Promise<void> {
  const names = columns.map(([n]) => n).join(', ');
  const arrays = columns.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = columns.map((_, c) => chunk.map((r) => r[c]));
    await sql.query(`insert into ${table} (${names}) select * from unnest(${arrays})`, values);
  }
}

/**
 * Loads a dataset into seed 002's tables (created with `seed002Tables`): attempts into fact_scenario_attempts,
 * events into fact_kpi_events (timestamp_ms = ms since the attempt started; null without an attempt),
 * users into dim_users. Returns the row counts.
 */
export async function loadSeed002(
  sql: SqlClient,
  dataset: MockDataset,
): Promise<{ attempts: number; events: number; users: number }> {
  const attempts = [...tableRows(dataset, 'attempts')] as Attempt[];
  const startedAt = new Map(attempts.map((a) => [a.attempt_id, Date.parse(a.started_at)]));
  await insertColumns(
    sql,
    'fact_scenario_attempts',
    [
      ['attempt_id', 'text'],
      ['org_id', 'text'],
      ['user_id', 'text'],
      ['scenario_id', 'text'],
      ['score', 'numeric'],
      ['duration_seconds', 'int'],
      ['talk_ms', 'int'],
      ['listen_ms', 'int'],
      ['started_at', 'timestamptz'],
      ['ended_at', 'timestamptz'],
    ],
    attempts.map((a) => [
      a.attempt_id,
      a.org_id,
      a.user_id,
      a.activity_id,
      a.score,
      a.duration_seconds,
      a.talk_ms,
      a.listen_ms,
      a.started_at,
      a.ended_at,
    ]),
  );

  const events = [...tableRows(dataset, 'events')] as LearnerEvent[];
  await insertColumns(
    sql,
    'fact_kpi_events',
    [
      ['id', 'text'],
      ['attempt_id', 'text'],
      ['org_id', 'text'],
      ['user_id', 'text'],
      ['scenario_id', 'text'],
      ['event_type', 'text'],
      ['event_value', 'jsonb'],
      ['timestamp_ms', 'int'],
    ],
    events.map((e) => {
      const start = e.attempt_id === null ? undefined : startedAt.get(e.attempt_id);
      const offset = start === undefined ? null : Date.parse(e.occurred_at) - start;
      return [
        e.event_id,
        e.attempt_id,
        e.org_id,
        e.user_id,
        e.activity_id,
        e.event_type,
        e.payload === '' ? null : e.payload,
        offset !== null && Math.abs(offset) <= INT_MAX ? offset : null,
      ];
    }),
  );

  const users = [...tableRows(dataset, 'users')] as User[];
  await insertColumns(
    sql,
    'dim_users',
    [
      ['user_id', 'text'],
      ['org_id', 'text'],
      ['name', 'text'],
      ['email', 'text'],
      ['role', 'user_role'],
      ['created_at', 'timestamptz'],
    ],
    users.map((u) => [u.user_id, u.org_id, u.display_name, u.email, u.role, u.created_at]),
  );
  return { attempts: attempts.length, events: events.length, users: users.length };
}
