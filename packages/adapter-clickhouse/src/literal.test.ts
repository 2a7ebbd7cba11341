import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClickHouse, type ClickHouseServer } from '../../../testing/clickhouse.js';
import { connectClickHouse, type ClickHouseConnection } from './connection.js';
import { compareTime, float, ident, inList, int, str, tableIdent } from './literal.js';

// Strings that end, bend or smuggle a literal in some SQL dialect, and text that must survive unchanged.
const NASTY = [
  "'", "''", '\\', "\\'", "\\\\'", "a' OR '1'='1", "x'); DROP TABLE t; --", "%' OR '%'='", 'a" OR "1"="1',
  '\0', 'nul\0after', '\n\r\t\b\f\v', '\x1b[31m', '\u007f', 'end\\', '{x:String}', '$1', '?', '`t`', '/* c */',
  'Iñaki Øvergaard 日本 🙂', '\u2028\u2029', ' leading and trailing ', '',
];

let server: ClickHouseServer;
let db: ClickHouseConnection;
beforeAll(async () => {
  server = await startClickHouse();
  db = connectClickHouse({ url: server.url });
  await db.command('CREATE TABLE words (s String) ENGINE = Memory');
  await db.command(`INSERT INTO words VALUES ('a'), ('b')`);
});
afterAll(() => server?.stop());

describe('str', () => {
  it('should give every string back unchanged from the server', async () => {
    const rows = await db.select(`SELECT [${NASTY.map(str).join(', ')}] AS v`);
    expect(rows[0]!.v).toEqual(NASTY);
  });

  it('should escape quotes, backslashes and control characters and nothing else', () => {
    expect(str("it's")).toBe("'it\\'s'");
    expect(str('a\\b')).toBe("'a\\\\b'");
    expect(str('\n\0')).toBe("'\\x0a\\x00'");
    expect(str('Øy 🙂')).toBe("'Øy 🙂'");
    expect(() => str(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('inList', () => {
  it('should match only the exact values, whatever they contain', async () => {
    for (const value of NASTY) {
      const [none] = await db.select(`SELECT count() AS n FROM words WHERE ${inList('s', [value])}`);
      expect(Number(none!.n), JSON.stringify(value)).toBe(0);
      const [one] = await db.select(`SELECT count() AS n FROM words WHERE ${inList('s', ['a', value])}`);
      expect(Number(one!.n), JSON.stringify(value)).toBe(1);
    }
  });

  it('should turn an empty list into false, which the server accepts', async () => {
    expect(inList('s', [])).toBe('0');
    const [row] = await db.select(`SELECT count() AS n FROM words WHERE ${inList('s', [])}`);
    expect(Number(row!.n)).toBe(0);
  });
});

describe('numbers', () => {
  it('should write safe integers and finite floats and refuse anything else', () => {
    expect(int(42)).toBe('42');
    expect(int(-7)).toBe('(-7)');
    expect(float(2)).toBe('2.0');
    expect(float(-0.25)).toBe('(-0.25)');
    expect(float(1e-7)).toBe('1e-7');
    for (const bad of [NaN, Infinity, 2 ** 60, 1.5]) expect(() => int(bad)).toThrow(RangeError);
    for (const bad of [NaN, -Infinity]) expect(() => float(bad)).toThrow(RangeError);
    expect(() => int('1; DROP TABLE t' as unknown as number)).toThrow(RangeError);
  });
});

describe('identifiers', () => {
  it('should quote plain names and refuse anything else', () => {
    expect(ident('attempts')).toBe('`attempts`');
    expect(tableIdent('analytics.attempts_all')).toBe('`analytics`.`attempts_all`');
    for (const bad of ['a b', 'a`b', 'attempts; DROP TABLE x', '1abc', '', 'a.b.c', 'x--']) {
      expect(() => tableIdent(bad), bad).toThrow(TypeError);
    }
  });
});

describe('compareTime', () => {
  it('should round sub-second instants so whole-second columns compare as the instant would', () => {
    expect(compareTime('t', '>=', 10_500)).toBe('t >= toDateTime(11)');
    expect(compareTime('t', '<', 10_500)).toBe('t < toDateTime(11)');
    expect(compareTime('t', '<=', 10_500)).toBe('t <= toDateTime(10)');
    expect(compareTime('t', '>', 10_500)).toBe('t > toDateTime(10)');
  });

  it('should turn instants outside DateTime into the constant the comparison gives', () => {
    expect(compareTime('t', '>=', -5_000)).toBe('1');
    expect(compareTime('t', '<', -5_000)).toBe('0');
    expect(compareTime('t', '<', Date.UTC(2200, 0, 1))).toBe('1');
    expect(compareTime('t', '>', Date.UTC(2200, 0, 1))).toBe('0');
  });
});
