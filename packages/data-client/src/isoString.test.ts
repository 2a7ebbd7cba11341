import { describe, expect, it } from 'vitest';
import { isoString } from './isoString.js';

describe('isoString', () => {
  it('should write exactly what Date#toISOString writes', () => {
    const samples = [0, -1, 1, 951_782_400_000, 951_868_799_999, 4_107_542_400_000, -62_135_596_800_000, 253_402_300_799_999];
    for (let k = 0; k < 20_000; k++) samples.push(Math.floor((k * 7_919_993_731) % 4e12) - 1e12 + k);
    for (const ms of samples) expect(isoString(ms)).toBe(new Date(ms).toISOString());
  });

  it('should defer to Date outside years 0000–9999', () => {
    expect(isoString(-62_167_219_200_001)).toBe(new Date(-62_167_219_200_001).toISOString());
    expect(isoString(253_402_300_800_000)).toBe('+010000-01-01T00:00:00.000Z');
  });
});
