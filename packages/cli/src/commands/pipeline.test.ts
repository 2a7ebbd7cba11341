import { existsSync } from 'node:fs';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';

const statement = (id: number, verb: string, minute: number, score?: number) => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  actor: { mbox: 'mailto:ada@school.example' },
  verb: { id: `http://adlnet.gov/expapi/verbs/${verb}` },
  object: { id: 'https://lms.example/lesson/1', definition: { type: 'http://adlnet.gov/expapi/activities/lesson' } },
  ...(score === undefined ? {} : { result: { score: { scaled: score } } }),
  context: { registration: '11111111-1111-4111-8111-111111111111' },
  timestamp: new Date(Date.UTC(2026, 10, 20, 9, minute)).toISOString(),
});

describe('learnlens ingest, transform, validate, retention', () => {
  it('should carry xAPI statements through to validated metrics, and report refused ones', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'in'));
    const lines = [statement(1, 'launched', 0), statement(2, 'experienced', 1), statement(3, 'completed', 4, 0.9), { actor: {}, verb: { id: 'x' } }];
    await writeFile(join(dir, 'in', 'statements.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));

    const ingest = await run(['ingest', '--format', 'xapi', join(dir, 'in'), '--out', join(dir, 'raw')]);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(JSON.parse(ingest.stdout)).toMatchObject({ accepted: 3, rejected: 1 });
    expect(ingest.stderr).toMatch(/refused #3 \(.*statements\.jsonl:4\) actor/);
    const strict = await run(['ingest', '--format', 'xapi', join(dir, 'in'), '--out', join(dir, 'raw2'), '--strict']);
    expect(strict.code).toBe(1);

    const transform = await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out')]);
    expect(transform.code, transform.stderr).toBe(0);
    expect(JSON.parse(transform.stdout)).toMatchObject({ partitions: ['2026-11-20'], events: 3, validation: { ok: true } });
    const sessions = await readFile(join(dir, 'out', 'session_metrics.csv'), 'utf8');
    expect(sessions).toContain('11111111-1111-4111-8111-111111111111,ada@school.example,2026-11-20T09:00:00.000Z,2026-11-20T09:04:00.000Z,240.00,3,1,0,1,1,0,0,,1.0000');

    const ok = await run(['validate', '--events', join(dir, 'raw'), '--out', join(dir, 'out')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/validation passed/);
    // A minute row lost after the transform: validate names the day and both counts, and exits 1.
    const minutes = (await readFile(join(dir, 'out', 'minute_metrics.csv'), 'utf8')).split('\n');
    await writeFile(join(dir, 'out', 'minute_metrics.csv'), [minutes[0], ...minutes.slice(2)].join('\n'));
    const bad = await run(['validate', '--events', join(dir, 'raw'), '--out', join(dir, 'out')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('2026-11-20: 3 raw events, 2 counted in minute_metrics');
    expect(await readFile(join(dir, 'out', 'etl_job_status.csv'), 'utf8')).toMatch(/validate,failed/);

    const dry = await run(['retention', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), '--now', '2027-06-01T00:00:00Z', '--window', 'minute_metrics=30d']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('minute_metrics: keeps 2027-05-02 on; would delete 3 row(s) in 1 partition(s)');
    expect(dry.stdout).toContain('raw_events: keeps 2025-12-01 on; would delete 0 row(s)');
    expect(dry.stdout).toContain('dry run: nothing was deleted');
    expect(existsSync(join(dir, 'raw', 'raw_events.csv'))).toBe(true);
  });

  it('should refuse bad input with one line', async () => {
    expect((await run(['ingest', '--format', 'csv', 'x', '--out', 'y'])).stderr).toMatch(/--format must be one of raw, xapi/);
    expect((await run(['ingest', '--format', 'raw', '--out', 'y'])).stderr).toMatch(/no input/);
    expect((await run(['ingest', '--format', 'raw', '/nonexistent/file.jsonl', '--out', await tempDir()])).stderr).toMatch(/does not exist/);
    expect((await run(['transform', '--out', 'y'])).stderr).toMatch(/missing required flag --events/);
    expect((await run(['transform', '--events', 'x', '--out', 'y', '--date', '2026-13-01'])).stderr).toMatch(/--date must be a date/);
    expect((await run(['retention', '--out', 'y', '--window', 'users=1y'])).stderr).toMatch(/--window must be TABLE=SPAN/);
    expect((await run(['validate', '--adapter', 'duckdb'])).stderr).toMatch(/--adapter must be postgres/);
  });
});
