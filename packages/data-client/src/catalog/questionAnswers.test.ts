import { describe, expect, it } from 'vitest';
import { accuracyPctOf, isMiscalibrated, masteryLevelOf, type TopicEvidence } from './questionAnswers.js';

const evidence = (attempts: number, recent: [number, number], earlier: [number, number] = [0, 0]): TopicEvidence => ({
  attempts,
  recentAttempts: recent[0],
  recentCorrect: recent[1],
  earlierAttempts: earlier[0],
  earlierCorrect: earlier[1],
});

describe('masteryLevelOf', () => {
  it('should call a learner with no attempt not started', () => {
    expect(masteryLevelOf(evidence(0, [0, 0]), 5, 80)).toBe('not_started');
  });

  it('should need a full window of recent attempts at the threshold to be proficient', () => {
    expect(masteryLevelOf(evidence(5, [5, 4]), 5, 80)).toBe('proficient');
    // Four of four is 100 %, but four answers are not a full window of five: familiar at most.
    expect(masteryLevelOf(evidence(4, [4, 4]), 5, 80)).toBe('familiar');
    expect(masteryLevelOf(evidence(5, [5, 3]), 5, 80)).toBe('attempted');
  });

  it('should follow Khan Academy with a threshold of 100 %', () => {
    expect(masteryLevelOf(evidence(5, [5, 4]), 5, 100)).toBe('familiar');
    expect(masteryLevelOf(evidence(5, [5, 5]), 5, 100)).toBe('proficient');
    expect(masteryLevelOf(evidence(10, [5, 5], [5, 5]), 5, 100)).toBe('mastered');
  });

  it('should call proficiency that held before and holds again mastered, and only then', () => {
    expect(masteryLevelOf(evidence(12, [5, 4], [5, 4]), 5, 80)).toBe('mastered');
    expect(masteryLevelOf(evidence(12, [5, 4], [5, 3]), 5, 80)).toBe('proficient');
    expect(masteryLevelOf(evidence(8, [5, 5], [3, 3]), 5, 80)).toBe('proficient');
    // Mastery lost: the earlier window was proficient, the recent one is not.
    expect(masteryLevelOf(evidence(10, [5, 2], [5, 5]), 5, 80)).toBe('attempted');
  });

  it('should draw the familiar line at exactly 70 %', () => {
    expect(masteryLevelOf(evidence(10, [10, 7]), 10, 80)).toBe('familiar');
    expect(masteryLevelOf(evidence(10, [10, 6]), 10, 80)).toBe('attempted');
  });
});

describe('isMiscalibrated', () => {
  it('should judge only questions with enough answers', () => {
    expect(isMiscalibrated('easy', 19, 0, 20)).toBe(false);
    expect(isMiscalibrated('easy', 20, 0, 20)).toBe(true);
  });

  it("should mark accuracy outside the declared band's range, bounds included in the range", () => {
    expect(isMiscalibrated('easy', 100, 70, 20)).toBe(false);
    expect(isMiscalibrated('easy', 100, 69, 20)).toBe(true);
    expect(isMiscalibrated('hard', 100, 60, 20)).toBe(false);
    expect(isMiscalibrated('hard', 100, 61, 20)).toBe(true);
    expect(isMiscalibrated('medium', 100, 39, 20)).toBe(true);
    expect(isMiscalibrated('medium', 100, 86, 20)).toBe(true);
  });
});

describe('accuracyPctOf', () => {
  it("should round like PostgreSQL's round(numeric, 2), halves away from zero", () => {
    expect(accuracyPctOf(6, 7)).toBe(85.71);
    expect(accuracyPctOf(1, 32)).toBe(3.13); // 3.125
    expect(accuracyPctOf(1, 8000)).toBe(0.01); // 0.0125
    expect(accuracyPctOf(2, 3)).toBe(66.67);
    expect(accuracyPctOf(0, 3)).toBe(0);
  });
});
