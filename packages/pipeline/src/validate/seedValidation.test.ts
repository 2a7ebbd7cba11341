// Seed 001's validation queries, run as the seed wrote them (translated only where PostgreSQL's dialect requires:
// HAVING repeats the aggregates instead of naming their aliases, DATEDIFF('second', a, b) becomes whole seconds of
// b − a, and the grouped session_id names its table) on PostgreSQL over the seed's own table shapes, beside
// `learnlens validate`'s queries, over events that went through ingest (xAPI) and transform.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../../../../testing/postgres.js';
import { ingest } from '../ingest/ingest.js';
import { insertRows, postgresTableSql, syncToPostgres, validatePostgres } from '../postgres.js';
import { rawEventColumns } from '../rawEvent.js';
import { openState, transform } from '../transform/transform.js';

const seedEventCounts = `
SELECT
    DATE(timestamp) as event_date,
    COUNT(*) as raw_count,
    SUM(mm.total_events) as aggregated_count
FROM raw_events re
LEFT JOIN minute_metrics mm ON
    re.learner_id = mm.learner_id
    AND DATE_TRUNC('MINUTE', re.timestamp) = mm.minute_timestamp
GROUP BY DATE(timestamp)
HAVING COUNT(*) != SUM(mm.total_events)`;

const seedDurations = `
SELECT
    re.session_id,
    EXTRACT(EPOCH FROM date_trunc('second', MAX(timestamp)) - date_trunc('second', MIN(timestamp))) as calculated_duration,
    sm.duration_seconds as stored_duration
FROM raw_events re
JOIN session_metrics sm ON re.session_id = sm.session_id
GROUP BY re.session_id, sm.duration_seconds
HAVING ABS(EXTRACT(EPOCH FROM date_trunc('second', MAX(timestamp)) - date_trunc('second', MIN(timestamp))) - sm.duration_seconds) > 60`;

const REG = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// xAPI statements from three learners over two days; `minuteSpacing` seconds apart within a session.
function statements(minuteSpacing: number) {
  const verbs = ['initialized', 'experienced', 'launched', 'answered', 'completed', 'attempted', 'passed', 'terminated'];
  const list: Record<string, unknown>[] = [];
  for (let learner = 1; learner <= 3; learner++) {
    for (let day = 0; day < 2; day++) {
      const start = Date.UTC(2025, 8, 5 + day, 9 + learner, 50);
      verbs.forEach((verb, i) => {
        list.push({
          actor: { account: { homePage: 'https://lms.example', name: `learner_${learner}` } },
          verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
          object: {
            id: `https://lms.example/${verb === 'attempted' || verb === 'passed' ? 'quiz' : 'lesson'}/${learner}`,
            definition: { type: `http://adlnet.gov/expapi/activities/${verb === 'attempted' || verb === 'passed' ? 'assessment' : 'lesson'}` },
          },
          ...(verb === 'passed' || verb === 'completed' ? { result: { score: { scaled: 0.5 + learner / 10 }, success: true } } : {}),
          ...(verb === 'answered' ? { result: { success: learner !== 2 } } : {}),
          context: { registration: REG(learner * 10 + day) },
          timestamp: new Date(start + i * minuteSpacing * 1000).toISOString(),
        });
      });
    }
  }
  return list;
}

let server: PostgresServer;
let client: pg.Client;
const dirs: string[] = [];

beforeAll(async () => {
  server = await startPostgres();
  client = new pg.Client({ connectionString: server.connectionString });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await server?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function pipelineIntoPostgres(minuteSpacing: number) {
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-seed001-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'statements.json'), JSON.stringify(statements(minuteSpacing)));
  await ingest({ format: 'xapi', inputs: [join(dir, 'in')], out: join(dir, 'raw'), processedAt: '2025-09-07T04:00:00.000Z' });
  const summary = await transform({ events: [join(dir, 'raw')], out: join(dir, 'out') });
  await client.query('DROP TABLE IF EXISTS raw_events, minute_metrics, session_metrics, mastery_deltas, etl_job_status');
  await client.query(postgresTableSql('raw_events'));
  const [header, ...lines] = readFileSync(join(dir, 'raw', 'raw_events.csv'), 'utf8').trim().split('\r\n');
  expect(header).toBe(rawEventColumns.join(','));
  // The ingested CSV quotes only the JSON fields; split on commas outside quotes.
  const rows = lines.map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, rawEventColumns.length).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"')));
  await insertRows(client, 'raw_events', rawEventColumns, rows);
  const { instance, db } = await openState(join(dir, 'out'));
  try {
    await syncToPostgres(db, client);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
  return summary;
}

describe("seed 001's validation queries on PostgreSQL", () => {
  it('should agree with learnlens validate when each minute holds one event of a learner', async () => {
    const summary = await pipelineIntoPostgres(60);
    expect(summary.validation?.ok).toBe(true);
    expect((await client.query(seedEventCounts)).rows).toEqual([]);
    expect((await client.query(seedDurations)).rows).toEqual([]);
    expect(await validatePostgres(client)).toMatchObject({ ok: true });
  });

  it("should show the seed's count query flagging busy minutes (k events count k × k) where ours finds nothing", async () => {
    await pipelineIntoPostgres(10);
    const seed = (await client.query(seedEventCounts)).rows;
    expect(seed.map((r) => [r.event_date.toISOString().slice(0, 10), Number(r.raw_count), Number(r.aggregated_count)])).toEqual([
      // 8 events a session, in 10-second steps from hh:50:00: 6 fall in minute :50 and 2 in :51, so 6 × 6 + 2 × 2.
      ['2025-09-05', 24, 3 * (36 + 4)],
      ['2025-09-06', 24, 3 * (36 + 4)],
    ]);
    expect(await validatePostgres(client)).toMatchObject({ ok: true });
  });

  it('should both catch a lost minute row and a wrong session duration', async () => {
    await pipelineIntoPostgres(60);
    await client.query(`DELETE FROM minute_metrics WHERE ctid = (SELECT ctid FROM minute_metrics WHERE minute_timestamp::date = '2025-09-06' LIMIT 1)`);
    await client.query(`UPDATE session_metrics SET duration_seconds = duration_seconds + 61 WHERE session_id = $1`, [REG(20)]);
    const seedCounts = (await client.query(seedEventCounts)).rows.map((r) => r.event_date.toISOString().slice(0, 10));
    const seedSessions = (await client.query(seedDurations)).rows.map((r) => r.session_id);
    const ours = await validatePostgres(client);
    expect(seedCounts).toEqual(['2025-09-06']);
    expect(seedSessions).toEqual([REG(20)]);
    expect(ours.eventCountMismatches).toEqual([{ event_date: '2025-09-06', raw_count: 24, aggregated_count: 23 }]);
    expect(ours.durationMismatches).toEqual([{ session_id: REG(20), calculated_duration: 420, stored_duration: 481 }]);
    const { rows } = await client.query(`SELECT job_type, status, records_failed FROM etl_job_status WHERE job_type = 'validate' ORDER BY started_at DESC LIMIT 1`);
    expect(rows[0]).toEqual({ job_type: 'validate', status: 'failed', records_failed: '2' });
  });
});
