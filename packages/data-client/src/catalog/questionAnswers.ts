// What the tutoring queries (seed 003) share: which attempts are answers to questions, what "correct" means, the
// mastery levels of a learner in a topic and the accuracy each declared difficulty should show. Every backend reads
// its counts from the database and turns them into levels and verdicts with these functions, so the rules are written
// once.

/**
 * The attempts the tutoring queries read: submitted (ended) attempts at activities of kind "question" (seed 003's
 * `attempts` rows, stored when an answer is submitted), placed in time at their submit instant, ended_at, as the seed
 * buckets, filters and orders them by `submitted_at` (the seed 003 preset maps ended_at to it): ranges, days, buckets,
 * the recent evidence of a mastery level and a learner's days active and last attempt all read ended_at, so an answer
 * started before midnight and submitted after it counts on the later day. (The other catalog queries place attempts at
 * started_at.) An attempt is correct when its score is 1 (seed 003's `is_correct`); an ungraded one (score null)
 * counts as submitted and not correct, as the seed's `COUNT(*) FILTER (WHERE is_correct) * 100.0 / COUNT(*)` counts it.
 */
export const QUESTION_KIND = 'question';

/** The mastery levels of a learner in a topic, lowest first (after Khan Academy's). */
export const masteryLevels = ['not_started', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
/** A mastery level. */
export type MasteryLevel = (typeof masteryLevels)[number];

/** Recent accuracy from which a learner is "familiar" with a topic (Khan Academy's 70 %), in percent. */
export const FAMILIAR_PERCENT = 70;
/** The seed's `topics.metadata.mastery_threshold` default: accuracy that makes a learner proficient. */
export const DEFAULT_MASTERY_THRESHOLD = 0.8;
/** How many of a learner's latest attempts in a topic are the recent evidence (default of `recentAttempts`). */
export const DEFAULT_RECENT_ATTEMPTS = 5;

/** The counts a mastery level is decided on: one learner's answers in one topic, by submit instant. */
export interface TopicEvidence {
  /** All attempts in the topic (in the request's range). */
  attempts: number;
  /** The latest min(attempts, window) attempts, and how many of them were correct. */
  recentAttempts: number;
  recentCorrect: number;
  /** The `window` attempts before those (fewer when there are fewer), and how many were correct. */
  earlierAttempts: number;
  earlierCorrect: number;
}

/**
 * The mastery level of one learner in one topic, with `window` recent attempts and a threshold of `thresholdPercent`:
 * - not_started: no attempt;
 * - mastered: the latest `window` attempts reach the threshold and so did the `window` attempts before them
 *   (proficiency held, then held again later);
 * - proficient: the latest `window` attempts (a full window) reach the threshold;
 * - familiar: the latest attempts (however many, up to `window`) are at least 70 % correct;
 * - attempted: otherwise.
 * Comparisons are on whole numbers (100 × correct against percent × attempts), so every backend decides alike.
 */
export function masteryLevelOf(e: TopicEvidence, window: number, thresholdPercent: number): MasteryLevel {
  if (e.attempts === 0) return 'not_started';
  const reaches = (correct: number, n: number) => n === window && 100 * correct >= thresholdPercent * n;
  if (reaches(e.recentCorrect, e.recentAttempts)) {
    return reaches(e.earlierCorrect, e.earlierAttempts) ? 'mastered' : 'proficient';
  }
  return 100 * e.recentCorrect >= FAMILIAR_PERCENT * e.recentAttempts ? 'familiar' : 'attempted';
}

/** A question's declared difficulty. */
export type DifficultyBand = 'easy' | 'medium' | 'hard';

/**
 * The share of correct answers each declared difficulty should show, in whole percent [min, max]: an easy question
 * most learners answer (70–100 %), a medium one about half to most (40–85 %), a hard one at most 60 %. The ranges
 * overlap so a question near a boundary is not called miscalibrated for a few answers either way.
 */
export const difficultyBands: Readonly<Record<DifficultyBand, { minPercent: number; maxPercent: number }>> = {
  easy: { minPercent: 70, maxPercent: 100 },
  medium: { minPercent: 40, maxPercent: 85 },
  hard: { minPercent: 0, maxPercent: 60 },
};

/** The declared difficulties, easiest first (the order calibration results list them in). */
export const difficultyOrder: readonly DifficultyBand[] = ['easy', 'medium', 'hard'];

/** A calibration group: the seed's 1–5 level with its band, or (no level) the band alone. */
export interface DifficultyGroup {
  difficultyLevel: number | null;
  difficulty: DifficultyBand;
}

/**
 * The order of `difficultyCalibration`'s levels: the seed groups by its 1–5 `difficulty`, so ascending level; questions
 * declared without a level come after, by band. Negative when `x` comes first.
 */
export function compareDifficultyGroups(x: DifficultyGroup, y: DifficultyGroup): number {
  const level = (g: DifficultyGroup) => g.difficultyLevel ?? 6;
  return level(x) - level(y) || difficultyOrder.indexOf(x.difficulty) - difficultyOrder.indexOf(y.difficulty);
}

/** Default of `difficultyCalibration`'s `minAttempts`: answers a question needs before it can be called miscalibrated. */
export const DEFAULT_MIN_CALIBRATION_ATTEMPTS = 20;

/**
 * True when a question with at least `minAttempts` answers shows an accuracy (correct / attempts) outside its declared
 * difficulty's range; compared on whole numbers so every backend decides alike.
 */
export function isMiscalibrated(difficulty: DifficultyBand, attempts: number, correct: number, minAttempts: number): boolean {
  if (attempts < minAttempts || attempts === 0) return false;
  const band = difficultyBands[difficulty];
  return 100 * correct < band.minPercent * attempts || 100 * correct > band.maxPercent * attempts;
}

/**
 * round(100.0 × correct / total, 2) as PostgreSQL's numeric round gives it (halves away from zero), from whole
 * numbers: floor((20000 × correct + total) / (2 × total)) hundredths. Every backend returns these hundredths.
 */
export function accuracyPctOf(correct: number, total: number): number {
  return Math.floor((20_000 * correct + total) / (2 * total)) / 100;
}
