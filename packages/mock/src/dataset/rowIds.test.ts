import { describe, expect, it } from 'vitest';
import { idColumn, NumberedIds } from './rowIds.js';

describe('NumberedIds', () => {
  it('should make the same id text as a held sequence, and nothing outside the table', () => {
    const ids = new NumberedIds('evt-', 8, 123_456_789);
    expect(ids.at(0)).toBe('evt-00000001');
    expect(ids.at(41)).toBe('evt-00000042');
    expect(ids.at(99_999_998)).toBe('evt-99999999');
    // Past the width the number simply grows, as the padded strings did.
    expect(ids.at(99_999_999)).toBe('evt-100000000');
    expect(ids.at(123_456_789)).toBeUndefined();
    expect(ids.at(-1)).toBeUndefined();
    expect(new NumberedIds('evt-', 8, 0).at(0)).toBeUndefined();
  });
});

describe('idColumn', () => {
  it('should stop holding ids that are exactly the numbered sequence', () => {
    const column = idColumn(['evt-00000001', 'evt-00000002', 'evt-00000003'], 'evt-', 8);
    expect(column).toBeInstanceOf(NumberedIds);
    expect([0, 1, 2].map((i) => column.at(i))).toEqual(['evt-00000001', 'evt-00000002', 'evt-00000003']);
    expect(column.length).toBe(3);
  });

  it('should keep any other ids as they are', () => {
    for (const ids of [['evt-00000002', 'evt-00000001'], ['evt-1'], ['e1', 'e2'], ['evt-00000001', 'evt-00000001']]) {
      expect(idColumn(ids, 'evt-', 8)).toBe(ids);
    }
  });
});
