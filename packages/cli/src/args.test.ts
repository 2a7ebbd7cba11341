import { describe, expect, it } from 'vitest';
import { choiceFlag, intFlag, parseFlags, parseJsonObject, requiredFlag } from './args.js';
import { UsageError } from './usageError.js';

const spec = { seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseFlags', () => {
  it('should parse value flags, switches, inline values and positionals', () => {
    expect(parseFlags('query', ['name', '--seed=4', '-h'], spec, 1)).toEqual({
      values: { seed: '4', help: true },
      positionals: ['name'],
    });
  });

  it('should name an unknown flag in one line', () => {
    expect(messageOf(() => parseFlags('query', ['--sede', '4'], spec, 0))).toBe(
      'unknown flag --sede for "learnlens query" (see learnlens query --help)',
    );
  });

  it('should say which flag lacks a value, even when the next argument is another flag', () => {
    expect(messageOf(() => parseFlags('query', ['--seed'], spec, 0))).toContain('--seed needs a value');
    expect(messageOf(() => parseFlags('query', ['--seed', '--help'], spec, 0))).toContain('--seed needs a value but got the flag "--help"');
  });

  it('should accept a dash-leading value written inline', () => {
    expect(parseFlags('query', ['--seed=-1'], spec, 0).values.seed).toBe('-1');
  });

  it('should refuse a value on a switch and surplus positionals', () => {
    expect(messageOf(() => parseFlags('query', ['--help=1'], spec, 0))).toBe('--help does not take a value');
    expect(messageOf(() => parseFlags('query', ['a', 'b'], spec, 1))).toContain('unexpected argument "b"');
  });
});

describe('flag values', () => {
  it('should read integers within range and refuse anything else', () => {
    expect(intFlag({ n: '42' }, 'n', 1)).toBe(42);
    expect(intFlag({}, 'n', 1)).toBeUndefined();
    for (const bad of ['4.5', 'x', '0', '1e3', '', '99999999999999999999']) {
      expect(messageOf(() => intFlag({ n: bad }, 'n', 1))).toContain('--n must be an integer');
    }
    expect(messageOf(() => intFlag({ n: '11' }, 'n', 1, 10))).toBe('--n must be an integer from 1 to 10, not "11"');
  });

  it('should read a choice and name the accepted values otherwise', () => {
    expect(choiceFlag({ f: 'csv' }, 'f', ['csv', 'json'])).toBe('csv');
    expect(messageOf(() => choiceFlag({ f: 'xml' }, 'f', ['csv', 'json']))).toBe('--f must be one of csv, json, not "xml"');
  });

  it('should name a missing required flag', () => {
    expect(messageOf(() => requiredFlag('export', {}, 'out'))).toBe('missing required flag --out (see learnlens export --help)');
  });

  it('should parse a JSON object and refuse invalid JSON or other JSON values', () => {
    expect(parseJsonObject('params', '{"a":1}')).toEqual({ a: 1 });
    expect(messageOf(() => parseJsonObject('params', '{a:1}'))).toMatch(/^--params is not valid JSON: /);
    for (const other of ['null', '[]', '"x"', '3']) {
      expect(messageOf(() => parseJsonObject('params', other))).toContain('--params must be a JSON object');
    }
  });
});
