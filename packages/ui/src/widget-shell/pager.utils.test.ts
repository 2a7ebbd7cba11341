import { describe, expect, it } from 'vitest';
import { pageOfInput, pageSlots } from './pager.utils.js';

describe('pageSlots', () => {
  it('should show the first, last and neighbouring pages with gaps between', () => {
    expect(pageSlots(4, 1872)).toEqual([0, 'gap', 3, 4, 5, 'gap', 1871]);
  });

  it('should fill a one-page gap with the page instead of "…"', () => {
    expect(pageSlots(2, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(pageSlots(0, 1)).toEqual([0]);
  });
});

describe('pageOfInput', () => {
  it('should clamp a typed page number to the pages there are', () => {
    expect(pageOfInput('9999', 12)).toBe(11);
    expect(pageOfInput('0', 12)).toBe(0);
    expect(pageOfInput('3', 12)).toBe(2);
    expect(pageOfInput('', 12)).toBeNull();
  });
});
