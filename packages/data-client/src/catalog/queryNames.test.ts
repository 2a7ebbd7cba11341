import { describe, expect, it } from 'vitest';
import * as definitions from './definitions.js';
import { catalog } from './index.js';
import { isQueryName, queryNames } from './queryNames.js';

describe('queryNames', () => {
  it('should list every catalog query, in catalog order, each under its own name', () => {
    expect(queryNames).toEqual(Object.keys(catalog));
    for (const name of queryNames) expect(catalog[name].name).toBe(name);
  });

  it('should export every definition on its own, the same object as in the catalog', () => {
    expect(Object.keys(definitions).sort()).toEqual([...queryNames].sort());
    for (const name of queryNames) expect((definitions as Record<string, unknown>)[name]).toBe(catalog[name]);
  });

  it('should tell catalog names from anything else, inherited keys included', () => {
    expect(isQueryName('leaderboard')).toBe(true);
    expect(isQueryName('toString')).toBe(false);
    expect(isQueryName('nope')).toBe(false);
  });
});
