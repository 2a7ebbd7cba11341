import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { exportRowSchema, type ExportRow } from '../catalog/exportRows.js';
import { canonicalTimestamp, compileColumnCheck, type CheckedColumn } from './columnCheck.js';
import { sampleExportRow } from '../test-fixtures/sampleExportRow.js';

const isoDatetime = z.iso.datetime();

const row = sampleExportRow;

// A column's values back as the row held them (a timestamp as its text), to compare with the rows.
function valuesOf(column: CheckedColumn): unknown[] {
  if (column.kind === 'string' || column.kind === 'value') return [...column.values];
  if (column.kind === 'timestamp') return [...column.text!];
  if (column.kind === 'coded') return Array.from(column.ids, (id) => (id < 0 ? null : column.table[id]));
  const { present } = column;
  return Array.from(column.values, (v, r) => (present !== null && present[r] === 0 ? null : column.kind === 'boolean' ? v === 1 : v));
}

describe('canonicalTimestamp', () => {
  it('should read "YYYY-MM-DDTHH:MM:SS.sssZ" as Date.parse does, and accept only what zod accepts', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const texts: string[] = [
      '2024-02-29T00:00:00.000Z', '2023-02-29T00:00:00.000Z', '2000-02-29T12:00:00.000Z', '1900-02-29T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z', '2026-04-30T23:59:59.999Z', '2026-13-01T00:00:00.000Z', '2026-00-01T00:00:00.000Z',
      '2026-01-00T00:00:00.000Z', '2026-12-31T24:00:00.000Z', '2026-12-31T23:60:00.000Z', '2026-12-31T23:00:60.000Z',
      '999X-01-01T00:00:00.000Z', '0099-01-01T00:00:00.000Z', '0100-03-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z',
      '2026-01-01T00:00:00.00AZ', '2026-01-01T00:00:00.000+', '2026-01-01 00:00:00.000Z', '2026-01-01T00:00:00Z',
      '2026-01-01T00:00:00.1234Z', ' 2026-01-01T00:00:00.000Z', '2026-1-01T00:00:00.000Z', '-026-01-01T00:00:00.000Z',
    ];
    for (let k = 0; k < 3000; k++) {
      const text = new Date(Math.floor(random() * 2 ** 44) - 2 ** 42).toISOString();
      texts.push(text);
      // One character replaced by a digit or a separator: most of these are invalid in some field.
      const at = Math.floor(random() * text.length);
      texts.push(text.slice(0, at) + '0123456789-:TZ.'[Math.floor(random() * 15)]! + text.slice(at + 1));
    }
    let accepted = 0;
    for (const text of texts) {
      const ms = canonicalTimestamp(text);
      if (Number.isNaN(ms)) continue;
      accepted++;
      expect(isoDatetime.safeParse(text).success, text).toBe(true);
      expect(ms, text).toBe(Date.parse(text));
    }
    // Every valid canonical text is read natively (not sent to zod).
    // Every valid text of that form from year 100 on is read natively, not sent to zod.
    for (const text of texts) {
      if (text.length === 24 && !text.startsWith('00') && isoDatetime.safeParse(text).success) expect(canonicalTimestamp(text), text).not.toBeNaN();
    }
    expect(accepted).toBeGreaterThan(3000);
  });
});

describe('compileColumnCheck', () => {
  const check = compileColumnCheck(exportRowSchema);
  const rows = Array.from({ length: 50 }, (_, k) => row(k));

  it('should give the rows back as columns in the schema order, typed', () => {
    const page = check(rows)!;
    expect(page.length).toBe(50);
    expect(page.columns.map((c) => c.name)).toEqual(Object.keys(exportRowSchema.shape));
    const byName = Object.fromEntries(page.columns.map((c) => [c.name, c]));
    expect(byName.score!.kind).toBe('number');
    expect(byName.started_at!.kind).toBe('timestamp');
    expect(byName.attempt_id!.kind).toBe('string');
    for (const column of page.columns) expect(valuesOf(column), column.name).toEqual(rows.map((r) => r[column.name as keyof ExportRow]));
    const started = byName.started_at as Extract<CheckedColumn, { kind: 'timestamp' }>;
    expect([...started.values]).toEqual(rows.map((r) => Date.parse(r.started_at)));
  });

  it('should ignore keys the schema does not name, as zod drops them', () => {
    const extra = rows.map((r) => ({ ...r, secret: 'x', score: r.score }));
    const page = check(extra)!;
    expect(page.columns.map((c) => c.name)).not.toContain('secret');
    expect(valuesOf(page.columns.find((c) => c.name === 'score')!)).toEqual(rows.map((r) => r.score));
  });

  it('should refuse a page exactly when zod refuses it', () => {
    const bad: [keyof ExportRow, unknown][] = [
      ['score', 'high'], ['score', Number.NaN], ['score', Number.POSITIVE_INFINITY], ['score', undefined], ['attempt_id', null],
      ['attempt_id', 7], ['team_id', 3], ['started_at', '2026-02-30T00:00:00.000Z'], ['started_at', 'yesterday'],
      ['started_at', null], ['ended_at', '2026-01-01T00:00:00.000+01:00'], ['ended_at', 12], ['display_name', undefined],
    ];
    const good: [keyof ExportRow, unknown][] = [
      ['ended_at', '2026-01-01T00:00:00Z'], ['ended_at', '2026-01-01T00:00:00.123456Z'], ['ended_at', '0050-01-01T00:00:00.000Z'],
      ['score', -0], ['goal_band', 1e300], ['team_id', ''],
    ];
    for (const [field, value] of [...bad, ...good]) {
      const page = rows.map((r, k) => (k === 23 ? { ...r, [field]: value } : r));
      const zodSays = z.array(exportRowSchema).safeParse(page).success;
      expect(check(page) !== null, `${field} = ${String(value)}`).toBe(zodSays);
      expect(zodSays, `${field} = ${String(value)}`).toBe(good.some(([f, v]) => f === field && Object.is(v, value)));
    }
    expect(check([...rows.slice(0, 3), null])).toBeNull();
    expect(check([...rows.slice(0, 3), [1, 2]])).toBeNull();
    // A timestamp read by zod (not in the canonical form) keeps its instant.
    const page = check(rows.map((r, k) => (k === 23 ? { ...r, ended_at: '2026-01-01T00:00:00.123456Z' } : r)))!;
    const ended = page.columns.find((c) => c.name === 'ended_at') as Extract<CheckedColumn, { kind: 'timestamp' }>;
    expect(ended.values[23]).toBe(Date.parse('2026-01-01T00:00:00.123456Z'));
  });

  it('should give every timestamp field its own instant, whether a row repeats a text in several fields or not', () => {
    // submitted_at is read first; started_at and ended_at repeat its text in some rows (the same string, or an equal
    // one), differ in others, and one repeated text is a form only zod reads.
    const page = rows.map((r, k) => {
      const other = new Date(Date.UTC(2025, 5, 1) + k * 61_007).toISOString();
      if (k % 4 === 0) return { ...r, started_at: other };
      if (k % 4 === 1) return { ...r, ended_at: other };
      if (k % 4 === 2) return { ...r, submitted_at: '2026-01-01T00:00:00.5Z', ended_at: '2026-01-01T00:00:00.5Z' };
      return { ...r, started_at: `${r.submitted_at.slice(0, 10)}${r.submitted_at.slice(10)}` };
    });
    const checked = check(page)!;
    for (const name of ['submitted_at', 'started_at', 'ended_at'] as const) {
      const column = checked.columns.find((c) => c.name === name) as Extract<CheckedColumn, { kind: 'timestamp' }>;
      page.forEach((r, k) => {
        const text = r[name];
        expect(column.text![k]).toBe(text);
        expect(column.present === null || column.present[k] === 1).toBe(text !== null);
        if (text !== null) expect(column.values[k], `${name} of row ${k}`).toBe(Date.parse(text));
      });
    }
    // A bad text in a later field is refused even where an earlier field of the row holds a good one.
    expect(check(page.map((r, k) => (k === 5 ? { ...r, ended_at: `${r.submitted_at.slice(0, 5)}13${r.submitted_at.slice(7)}` } : r)))).toBeNull();
  });

  it('should check booleans, safe integers and enums natively, and anything else with the field schema', () => {
    const schema = z.object({
      flag: z.boolean().nullable(),
      count: z.number().int(),
      kind: z.enum(['a', 'b']),
      email: z.string().email(),
    });
    const checkOther = compileColumnCheck(schema);
    const good = [
      { flag: true, count: 3, kind: 'a', email: 'a@b.co' },
      { flag: null, count: -2, kind: 'b', email: 'c@d.co' },
    ];
    const page = checkOther(good)!;
    expect(page.columns.map((c) => c.kind)).toEqual(['boolean', 'number', 'string', 'value']);
    expect(page.columns.map(valuesOf)).toEqual([[true, null], [3, -2], ['a', 'b'], ['a@b.co', 'c@d.co']]);
    for (const change of [{ flag: 1 }, { count: 1.5 }, { count: 2 ** 60 }, { kind: 'c' }, { email: 'nope' }]) {
      expect(checkOther([good[0], { ...good[1], ...change }]), JSON.stringify(change)).toBeNull();
    }
  });
});
