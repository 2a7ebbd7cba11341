import { describe, expect, it } from 'vitest';
import { compareText } from './compare.js';

describe('compareText', () => {
  // Regression: `<` compares UTF-16 units, so "😀" (U+1F600, a surrogate pair) sorted before "\uFF21" (U+FF21),
  // while COLLATE "C" and UTF-8 byte order put it after.
  it('should order strings by code point, like COLLATE "C"', () => {
    const sorted = ['\uFF21', '😀', 'a', 'Z', 'é', '', 'ab', '\uE000'].sort(compareText);
    expect(sorted).toEqual(['', 'Z', 'a', 'ab', 'é', '\uE000', '\uFF21', '😀']);
    const bytes = (s: string) => [...new TextEncoder().encode(s)];
    for (let i = 1; i < sorted.length; i++) {
      const [x, y] = [bytes(sorted[i - 1]!), bytes(sorted[i]!)];
      const k = x.findIndex((v, j) => v !== y[j]);
      expect(k === -1 ? x.length < y.length : x[k]! < y[k]!).toBe(true);
    }
    expect(compareText('😀', '😁')).toBeLessThan(0);
    expect(compareText('same', 'same')).toBe(0);
  });
});
