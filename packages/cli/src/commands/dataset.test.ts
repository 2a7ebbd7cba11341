import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '@learnlens/data-client';
import { tableNames } from '@learnlens/mock';
import { parquetReadObjects } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';
import { checkDatasetMemory } from './dataset.js';

const sizes = ['--orgs', '2', '--learners', '10', '--days', '21'];
const attemptColumns = [
  'attempt_id',
  'org_id',
  'user_id',
  'activity_id',
  'score',
  'duration_seconds',
  'talk_ms',
  'listen_ms',
  'started_at',
  'ended_at',
];
const userColumns = ['user_id', 'org_id', 'team_id', 'role', 'display_name'];

async function writeDataset(format: string, seed = 11): Promise<string> {
  const out = await tempDir();
  const result = await run(['dataset', '--seed', String(seed), '--out', out, '--format', format, ...sizes]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

describe('learnlens dataset', () => {
  let csvDir: string;
  beforeAll(async () => {
    csvDir = await writeDataset('csv');
  });

  it('should write one CSV file per table, CRLF-terminated, with the contract columns first', async () => {
    expect((await readdir(csvDir)).sort()).toEqual(tableNames.map((t) => `${t}.csv`).sort());
    const attempts = await readFile(join(csvDir, 'attempts.csv'), 'utf8');
    expect(attempts.startsWith(`${attemptColumns.join(',')},`)).toBe(true);
    expect(attempts.endsWith('\r\n')).toBe(true);
    expect(attempts.replace(/\r\n/g, '')).not.toContain('\n');
    const users = await readFile(join(csvDir, 'users.csv'), 'utf8');
    expect(users.startsWith(`${userColumns.join(',')},`)).toBe(true);
  });

  it('should write ISO 8601 UTC timestamps and empty cells for nulls', async () => {
    const [header, ...rows] = parseCsv(await readFile(join(csvDir, 'attempts.csv'), 'utf8'));
    expect(rows.length).toBeGreaterThan(0);
    const started = header!.indexOf('started_at');
    const ended = header!.indexOf('ended_at');
    const score = header!.indexOf('score');
    for (const row of rows) {
      expect(row[started]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(row[ended]).toMatch(/^$|^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      expect(row[score]).toMatch(/^$|^-?\d+(\.\d+)?$/);
    }
    expect(rows.some((row) => row[score] === '')).toBe(true);
  });

  it('should print a JSON summary with the row count of every table', async () => {
    const out = await tempDir();
    const result = await run(['dataset', '--seed', '11', '--out', out, ...sizes]);
    const summary = JSON.parse(result.stdout) as { seed: number; format: string; tables: { table: string; file: string; rows: number }[] };
    expect(summary.seed).toBe(11);
    expect(summary.format).toBe('csv');
    expect(summary.tables.map((t) => t.table)).toEqual([...tableNames]);
    const attempts = summary.tables.find((t) => t.table === 'attempts')!;
    const records = parseCsv(await readFile(attempts.file, 'utf8'));
    expect(records.length - 1).toBe(attempts.rows);
  });

  it('should write byte-identical files for the same seed twice', async () => {
    const again = await writeDataset('csv');
    for (const table of tableNames) {
      const a = await readFile(join(csvDir, `${table}.csv`));
      const b = await readFile(join(again, `${table}.csv`));
      expect(b.equals(a), table).toBe(true);
    }
  });

  it('should write different attempts for a different seed', async () => {
    const other = await writeDataset('csv', 12);
    const a = await readFile(join(csvDir, 'attempts.csv'), 'utf8');
    const b = await readFile(join(other, 'attempts.csv'), 'utf8');
    expect(b).not.toBe(a);
  });

  it('should write one JSON array of row objects per table, keys in column order', async () => {
    const out = await writeDataset('json');
    expect((await readdir(out)).sort()).toEqual(tableNames.map((t) => `${t}.json`).sort());
    const attempts = JSON.parse(await readFile(join(out, 'attempts.json'), 'utf8')) as Record<string, unknown>[];
    const csvRows = parseCsv(await readFile(join(csvDir, 'attempts.csv'), 'utf8')).length - 1;
    expect(attempts).toHaveLength(csvRows);
    expect(Object.keys(attempts[0]!).slice(0, attemptColumns.length)).toEqual(attemptColumns);
    const users = JSON.parse(await readFile(join(out, 'users.json'), 'utf8')) as Record<string, unknown>[];
    expect(Object.keys(users[0]!).slice(0, userColumns.length)).toEqual(userColumns);
    for (const table of tableNames) {
      expect(Array.isArray(JSON.parse(await readFile(join(out, `${table}.json`), 'utf8'))), table).toBe(true);
    }
  });

  it('should write one Parquet file per table with typed columns', async () => {
    const out = await writeDataset('parquet');
    expect((await readdir(out)).sort()).toEqual(tableNames.map((t) => `${t}.parquet`).sort());
    const read = async (table: string) => {
      const bytes = await readFile(join(out, `${table}.parquet`));
      const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      return (await parquetReadObjects({ file })) as Record<string, unknown>[];
    };
    const attempts = await read('attempts');
    const csvRows = parseCsv(await readFile(join(csvDir, 'attempts.csv'), 'utf8')).length - 1;
    expect(attempts).toHaveLength(csvRows);
    expect(Object.keys(attempts[0]!).slice(0, attemptColumns.length)).toEqual(attemptColumns);
    expect(attempts[0]!.started_at).toBeInstanceOf(Date);
    expect(typeof attempts[0]!.duration_seconds === 'bigint' || attempts[0]!.duration_seconds === null).toBe(true);
    const users = await read('users');
    expect(Object.keys(users[0]!).slice(0, userColumns.length)).toEqual(userColumns);
    const assignments = await read('assignments');
    for (const row of assignments) expect(['true', 'false']).toContain(row.required);
  });

  it('should write identical Parquet files for the same seed twice', async () => {
    const a = await writeDataset('parquet');
    const b = await writeDataset('parquet');
    for (const table of tableNames) {
      expect((await readFile(join(b, `${table}.parquet`))).equals(await readFile(join(a, `${table}.parquet`))), table).toBe(true);
    }
  });
});

describe('learnlens dataset at sizes beyond the heap', () => {
  it('should refuse in one line, naming the --max-old-space-size that fits, instead of running out of memory', async () => {
    const out = await tempDir();
    const started = Date.now();
    const result = await run(['dataset', '--seed', '1', '--out', out, '--target-attempts', '100000000']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/about 100,000,000 attempts needs about [\d.]+ GiB of JavaScript heap/);
    expect(result.stderr).toMatch(/NODE_OPTIONS=--max-old-space-size=\d+/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    // Refused before generating anything.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await readdir(out)).toEqual([]);
  });

  it('should advise the heap a size needs, and refuse what no heap flag can help on the machine', () => {
    const GiB = 2 ** 30;
    // 10M attempts with events: well under a GiB of heap, about 7 GiB of memory in all while generated.
    expect(() => checkDatasetMemory({ seed: 1, targetAttempts: 10_000_000 }, 4 * GiB, 16 * GiB)).not.toThrow();
    expect(() => checkDatasetMemory({ seed: 1, targetAttempts: 10_000_000 }, 0.5 * GiB, 16 * GiB)).toThrow(
      /needs about 0\.\d GiB of JavaScript heap and this Node allows 0\.5 GiB: run it with NODE_OPTIONS=--max-old-space-size=1024 /,
    );
    expect(() => checkDatasetMemory({ seed: 1, targetAttempts: 10_000_000 }, 4 * GiB, 4 * GiB)).toThrow(
      /about 10,000,000 attempts needs about [\d.]+ GiB of memory while it is generated and this machine has 4\.0 GiB/,
    );
    expect(() => checkDatasetMemory({ seed: 1, targetAttempts: 10_000_000, withEvents: false }, 4 * GiB, 4 * GiB)).not.toThrow();
  });
});

