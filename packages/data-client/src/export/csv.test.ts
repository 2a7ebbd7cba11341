import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv.js';

const payloads = [
  '=HYPERLINK("http://evil.example","click")',
  '+1+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\0=1+1',
];

describe('csv', () => {
  it('should quote and prefix with an apostrophe every cell that could start a formula', () => {
    for (const payload of payloads) {
      const cell = csvCell(payload);
      expect(cell.startsWith(`"'`)).toBe(true);
    }
  });

  it('should give back the neutralised payloads, apostrophe first, when parsed', () => {
    const rows = payloads.map((p, i) => ({ id: i, name: p }));
    const parsed = parseCsv(toCsv(['id', 'name'], rows));
    expect(parsed[0]).toEqual(['id', 'name']);
    parsed.slice(1).forEach((record, i) => {
      expect(record).toEqual([String(i), `'${payloads[i]}`]);
    });
  });

  it('should keep real numbers as numbers, negative ones included', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(72.25)).toBe('72.25');
    expect(csvCell(0)).toBe('0');
    expect(toCsv(['score'], [{ score: -1.5 }])).toBe('score\r\n-1.5\r\n');
  });

  it('should write null and undefined as empty cells and non-finite numbers as empty', () => {
    expect(toCsv(['a', 'b', 'c'], [{ a: null, b: undefined, c: Number.NaN }])).toBe('a,b,c\r\n,,\r\n');
  });

  it('should quote commas, quotes and line breaks per RFC 4180 and round-trip them', () => {
    const rows = [{ t: 'a,b' }, { t: 'say "hi"' }, { t: 'two\r\nlines' }, { t: 'Zoë 山田 ñ' }];
    const text = toCsv(['t'], rows);
    expect(text).toContain('"say ""hi"""');
    expect(parseCsv(text).slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.t));
  });

  it('should write dates as ISO 8601 in UTC and booleans as words', () => {
    expect(csvCell(new Date(Date.UTC(2026, 0, 2, 3, 4, 5)))).toBe('2026-01-02T03:04:05.000Z');
    expect(csvCell(true)).toBe('true');
  });
});

describe('parseCsv', () => {
  it('should read empty fields, a missing final line break and LF-only lines', () => {
    expect(parseCsv('a,b,c\r\n,,\r\n1,"",x')).toEqual([['a', 'b', 'c'], ['', '', ''], ['1', '', 'x']]);
    expect(parseCsv('a\nb\n')).toEqual([['a'], ['b']]);
    expect(parseCsv('a,\r\n')).toEqual([['a', '']]);
    expect(parseCsv('\uFEFFx,y\r\n')).toEqual([['x', 'y']]);
  });
});
