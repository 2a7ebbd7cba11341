import type { BandProgressRow, BandProgressSummary } from './bandProgress.types.js';

/** The top of the IELTS band scale, which the bars are drawn against. */
export const BAND_MAX = 9;

/** A band's position on the 0–9 track, in percent (clamped). */
export function bandPosition(band: number | null): number {
  if (band === null) return 0;
  return Math.max(0, Math.min(100, (band / BAND_MAX) * 100));
}

/** Whether there is nothing to show: no banded attempt in the period. */
export function isBandProgressEmpty(data: { rows: readonly BandProgressRow[]; summary: BandProgressSummary }): boolean {
  return data.summary.attempts === 0;
}

/** How far the overall band is below the goal (null without both, 0 at or above it). */
export function goalGap(overall: number | null, goal: number | null): number | null {
  if (overall === null || goal === null) return null;
  // Bands are given to 2 decimals: subtracting in hundredths keeps 7 − 6.38 at 0.62, not 0.6199999999999997.
  return Math.max(0, Math.round(goal * 100) - Math.round(overall * 100)) / 100;
}
