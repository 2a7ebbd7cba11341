import type { Formatters } from '../widget-shell/format.js';

/** How an org's scores are scaled (the org's `score_scale`): 0–100 percent, a 0–9 band, or 0/1 correct. */
export type ScoreScale = 'percent' | 'band' | 'binary';

/** The lowest and highest score of each scale. */
export const scoreScaleRange: Record<ScoreScale, readonly [number, number]> = {
  percent: [0, 100],
  band: [0, 9],
  binary: [0, 1],
};

/** The scale the values fit, when the host did not say: the smallest of 0–1, 0–9 and 0–100 that holds them. */
export function inferScoreScale(values: Iterable<number | null | undefined>): ScoreScale {
  let max = 0;
  for (const v of values) if (typeof v === 'number' && v > max) max = v;
  return max <= 1 ? 'binary' : max <= 9 ? 'band' : 'percent';
}

/**
 * A score axis that never leaves the scale (no "120" on a 0–100 score): the data's span widened to whole
 * tenths of the scale, clamped to its ends.
 */
export function scoreAxisRange(scale: ScoreScale, values: Iterable<number | null | undefined>): [number, number] {
  const [lo, hi] = scoreScaleRange[scale];
  const step = (hi - lo) / 10;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (typeof v !== 'number') continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (min === Infinity) return [lo, hi];
  const floor = Math.max(lo, Math.floor((min - lo) / step) * step + lo);
  const ceil = Math.min(hi, Math.ceil((max - lo) / step) * step + lo);
  return ceil > floor ? [round(floor), round(ceil)] : [round(Math.max(lo, floor - step)), round(Math.min(hi, ceil + step))];
}

// 0.1 steps on a 0–1 scale add floating-point dust (0.30000000000000004).
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Formats a score with one decimal, e.g. "72.0"; a dash where there is none. */
export function formatScore(score: number | null, format: Formatters): string {
  return score === null ? '—' : format.number(score, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
}
