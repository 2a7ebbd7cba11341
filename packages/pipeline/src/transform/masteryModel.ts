/**
 * Bayesian knowledge tracing (Corbett & Anderson) with graded evidence: the probability that a learner has mastered a
 * content item, updated by each scored attempt. A score s in 0–1 is read as the probability the answer was correct,
 * so the posterior mixes the correct and incorrect updates by s; then the learner may learn (`learn`) before the next.
 */
export interface MasteryModel {
  /** Mastery before any evidence (default 0.2). */
  prior: number;
  /** Chance of moving to mastered after each attempt (default 0.15). */
  learn: number;
  /** Chance a learner who has mastered it still answers wrong (default 0.1). */
  slip: number;
  /** Chance a learner who has not mastered it answers right (default 0.2). */
  guess: number;
  /** Confidence is evidence / (evidence + this): 0.5 at this many scored attempts (default 3). */
  confidenceHalfEvidence: number;
}

/** The documented defaults. */
export const defaultMasteryModel: MasteryModel = { prior: 0.2, learn: 0.15, slip: 0.1, guess: 0.2, confidenceHalfEvidence: 3 };

/** Rounds to four decimals, as the seed's NUMBER(5,4) columns hold. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** The mastery after one piece of evidence `score` (0–1) from mastery `p`. */
export function nextMastery(p: number, score: number, model: MasteryModel): number {
  const right = (p * (1 - model.slip)) / (p * (1 - model.slip) + (1 - p) * model.guess);
  const wrong = (p * model.slip) / (p * model.slip + (1 - p) * (1 - model.guess));
  const s = Math.min(1, Math.max(0, score));
  const posterior = s * right + (1 - s) * wrong;
  return posterior + (1 - posterior) * model.learn;
}

/** Confidence in an estimate resting on `evidence` scored attempts. */
export function confidenceOf(evidence: number, model: MasteryModel): number {
  return evidence / (evidence + model.confidenceHalfEvidence);
}
