import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { catalog } from './index.js';
import { paramDoc, paramDocs, queryDocs } from './queryDocs.js';
import { queryNames } from './queryNames.js';

const paramNames = (name: (typeof queryNames)[number]) =>
  Object.keys((z.toJSONSchema(catalog[name].params, { io: 'input', unrepresentable: 'any' }) as { properties?: object }).properties ?? {});

describe('queryDocs', () => {
  it('should give every catalog query a doc line and a seed source', () => {
    for (const name of queryNames) {
      expect(queryDocs[name].doc.length, name).toBeGreaterThan(40);
      expect(queryDocs[name].source, name).not.toBe('');
    }
    expect(Object.keys(queryDocs).sort()).toEqual([...queryNames].sort());
  });

  it("should give every query's every parameter a meaning, and keep no meaning no parameter has", () => {
    const used = new Set<string>();
    for (const name of queryNames) {
      for (const param of paramNames(name)) {
        expect(paramDoc(name, param), `${name}.${param}`).toMatch(/\w{3}/);
        if (!queryDocs[name].params?.[param]) used.add(param);
      }
      for (const param of Object.keys(queryDocs[name].params ?? {})) expect(paramNames(name), `${name}.${param}`).toContain(param);
    }
    expect(Object.keys(paramDocs).filter((param) => !used.has(param))).toEqual([]);
  });

  it("should fill a paging limit's default and maximum from its schema", () => {
    expect(paramDoc('recentAttempts', 'limit', { default: 20, maximum: 1000 })).toBe('Rows to return at most (default 20, max 1000).');
    expect(paramDoc('leaderboard', 'limit', { maximum: 1_000_000 })).toBe('Rows to return at most (default: all, max 1000000).');
  });

  it('should keep the prose out of the definitions a browser bundle carries', () => {
    for (const name of queryNames) {
      expect(Object.keys(catalog[name]), name).not.toContain('doc');
      expect(JSON.stringify(z.toJSONSchema(catalog[name].params, { io: 'input', unrepresentable: 'any' })), name).not.toContain('"description"');
      expect(JSON.stringify(z.toJSONSchema(catalog[name].result, { io: 'output', unrepresentable: 'any' })), name).not.toContain('"description"');
    }
  });
});
