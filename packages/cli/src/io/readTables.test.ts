import { parseCsv } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../usageError.js';
import { coerce, csvBatches, parseTable as parseBatches } from './readTables.js';
import { tableColumns } from './tableColumns.js';
import { csvChunks } from './writeTables.js';

const column = (table: Parameters<typeof tableColumns>[0], name: string) => tableColumns(table).find((c) => c.name === name)!;

describe('coerce', () => {
  it('should turn empty cells of nullable columns into null and keep them in strings', () => {
    expect(coerce(column('attempts', 'score'), '', 'f')).toBeNull();
    expect(coerce(column('attempts', 'ended_at'), '', 'f')).toBeNull();
    expect(coerce(column('users', 'display_name'), '', 'f')).toBe('');
  });

  it('should read numbers and booleans', () => {
    expect(coerce(column('attempts', 'score'), '-12.25', 'f')).toBe(-12.25);
    expect(coerce(column('attempts', 'talk_ms'), '1200', 'f')).toBe(1200);
    expect(coerce(column('assignments', 'required'), 'false', 'f')).toBe(false);
  });

  it('should refuse a non-number in a numeric column and a non-boolean in a boolean one', () => {
    expect(() => coerce(column('attempts', 'score'), 'high', 'f row 3')).toThrow(/f row 3: score: expected a number/);
    expect(() => coerce(column('assignments', 'required'), 'yes', 'f')).toThrow(UsageError);
  });

  it('should undo the formula-injection apostrophe csvCell adds', () => {
    expect(coerce(column('users', 'display_name'), "'=SUM(A1)", 'f')).toBe('=SUM(A1)');
    expect(coerce(column('users', 'display_name'), "O'Brien", 'f')).toBe("O'Brien");
  });
});

const parseTable = (table: Parameters<typeof parseBatches>[0], file: string, text: string) => parseBatches(table, file, [parseCsv(text)]);

async function collect(chunks: string[]): Promise<string[][]> {
  async function* stream() {
    yield* chunks;
  }
  const records: string[][] = [];
  for await (const batch of csvBatches(stream())) records.push(...batch);
  return records;
}

describe('csvBatches', () => {
  it('should give the records parseCsv gives the whole text, however the text is split', async () => {
    const text = 'a,b\r\n"x\r\ny","say ""hi"", ok"\r\n-1,é€\r\n"",last';
    const whole = parseCsv(text);
    for (let size = 1; size <= text.length; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      expect(await collect(chunks), `chunks of ${size}`).toEqual(whole);
    }
  });
});

describe('parseTable', () => {
  const user = {
    user_id: 'u1',
    org_id: 'o1',
    team_id: null,
    role: 'learner',
    display_name: '-dash, "quoted"\nname',
    email: 'u1@example.com',
    plan: 'free',
    created_at: '2026-01-02T03:04:05.000Z',
    cohort_id: null,
    academic_year: null,
  };

  it('should read back exactly the rows csvChunks wrote, strings with commas, quotes and formulas included', async () => {
    const text = [...csvChunks(tableColumns('users'), [user])].join('');
    await expect(parseTable('users', 'users.csv', text)).resolves.toEqual([user]);
  });

  it('should map columns by header name, ignoring extra columns', async () => {
    const text = 'extra,org_id,user_id,team_id,role,display_name,email,plan,created_at\r\nz,o1,u1,,learner,Ann,a@x,free,2026-01-02T03:04:05.000Z\r\n';
    const { cohort_id: _c, academic_year: _y, ...older } = user;
    // A file written before seed 003's cohort columns existed reads without them.
    await expect(parseTable('users', 'users.csv', text)).resolves.toEqual([{ ...older, display_name: 'Ann', email: 'a@x' }]);
  });

  it('should name the file and the missing column', async () => {
    await expect(parseTable('users', 'd/users.csv', 'user_id,org_id\r\nu1,o1\r\n')).rejects.toThrow('d/users.csv has no "team_id" column');
    await expect(parseTable('users', 'd/users.csv', '')).rejects.toThrow('d/users.csv is empty');
  });

  it('should name the row and field of a value the schema refuses', async () => {
    const text = 'user_id,org_id,team_id,role,display_name,email,plan,created_at\r\nu1,o1,,boss,Ann,a@x,free,yesterday\r\n';
    await expect(parseTable('users', 'users.csv', text)).rejects.toThrow(/^users\.csv row 1: role: /);
  });
});
