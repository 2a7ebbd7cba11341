import { compareText } from '../compare.js';

/** One answer of a learner at a question, for deciding their mastery of its topic. */
export interface Answer {
  topic: string;
  startedAt: number;
  attemptId: string;
  correct: boolean;
}

/** The counts a topic's mastery level is decided on (see topicMastery): the latest N answers and the N before them. */
export interface Evidence {
  attempts: number;
  recentAttempts: number;
  recentCorrect: number;
  earlierAttempts: number;
  earlierCorrect: number;
}

/** Per topic, the evidence of one learner's `answers`, newest first by start then attempt id (as topicMastery ranks). */
export function topicEvidence(answers: readonly Answer[], window: number): Map<string, Evidence> {
  const byTopic = new Map<string, Answer[]>();
  for (const x of answers) {
    let list = byTopic.get(x.topic);
    if (list === undefined) byTopic.set(x.topic, (list = []));
    list.push(x);
  }
  const out = new Map<string, Evidence>();
  for (const [topic, list] of byTopic) {
    list.sort((p, q) => q.startedAt - p.startedAt || compareText(q.attemptId, p.attemptId));
    const e: Evidence = { attempts: list.length, recentAttempts: 0, recentCorrect: 0, earlierAttempts: 0, earlierCorrect: 0 };
    for (let k = 0; k < Math.min(list.length, 2 * window); k++) {
      if (k < window) {
        e.recentAttempts++;
        if (list[k]!.correct) e.recentCorrect++;
      } else {
        e.earlierAttempts++;
        if (list[k]!.correct) e.earlierCorrect++;
      }
    }
    out.set(topic, e);
  }
  return out;
}

/** A full window of `window` answers at least `percent` % correct (compared on whole numbers, as every backend does). */
export function reaches(correct: number, n: number, window: number, percent: number): boolean {
  return n === window && 100 * correct >= percent * n;
}

/** How many topics a learner has mastered: the latest N answers and the N before them both reach the threshold. */
export function masteredTopics(answers: readonly Answer[], window: number, percent: number): number {
  let n = 0;
  for (const e of topicEvidence(answers, window).values()) {
    if (reaches(e.recentCorrect, e.recentAttempts, window, percent) && reaches(e.earlierCorrect, e.earlierAttempts, window, percent)) n++;
  }
  return n;
}
