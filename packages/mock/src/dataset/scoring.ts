import type { ScoreScale } from '@learnlens/data-client';
import type { Random } from './random.js';

// Turns a latent performance (0 = an average learner on an average activity)
// into a score on the org's scale.

/** The score of one attempt; NaN stands for null. */
export interface ScoreDraw {
  score: number;
  task1: number;
  task2: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const half = (v: number) => Math.round(v * 2) / 2;

/** Draws a score for `latent` into `out`: 0–100 integers, IELTS half bands, or 0/1 correct. */
export function drawScore(rng: Random, scale: ScoreScale, latent: number, out: ScoreDraw): void {
  if (scale === 'percent') {
    out.score = clamp(Math.round(64 + 13 * (latent + 0.5 * rng.normal())), 0, 100);
    out.task1 = NaN;
    out.task2 = NaN;
  } else if (scale === 'band') {
    const base = 5.6 + 0.85 * latent;
    out.task1 = half(clamp(base + 0.15 + 0.45 * rng.normal(), 1, 9));
    // A few scripts come back with task 2 missing (not submitted in time): the score is then task 1's band.
    out.task2 = rng.chance(0.03) ? NaN : half(clamp(base - 0.1 + 0.45 * rng.normal(), 1, 9));
    out.score = Number.isNaN(out.task2) ? out.task1 : half((out.task1 + out.task2) / 2);
  } else {
    out.score = rng.chance(1 / (1 + Math.exp(-(1.8 * latent - 0.2)))) ? 1 : 0;
    out.task1 = NaN;
    out.task2 = NaN;
  }
}

/** A score as a share of its scale's maximum, for mastery. */
export function scoreShare(scale: ScoreScale, score: number): number {
  return scale === 'percent' ? score / 100 : scale === 'band' ? score / 9 : score;
}
