import { masteryLevelOf, type TopicEvidence } from '@learnlens/data-client';
import { compareText } from '../compare.js';

/** One answer of a learner at a question, for deciding their mastery of its topic. */
export interface Answer {
  topic: string;
  /** When it was submitted (ended_at), the instant the recent evidence is ordered by. */
  submittedAt: number;
  attemptId: string;
  correct: boolean;
}

/**
 * Per topic, the evidence (see @learnlens/data-client's masteryLevelOf) of one learner's `answers`: latest submitted
 * first, then by attempt id descending (as topicMastery ranks them), the latest `window` and the `window` before them.
 */
export function topicEvidence(answers: readonly Answer[], window: number): Map<string, TopicEvidence> {
  const byTopic = new Map<string, Answer[]>();
  for (const x of answers) {
    let list = byTopic.get(x.topic);
    if (list === undefined) byTopic.set(x.topic, (list = []));
    list.push(x);
  }
  const out = new Map<string, TopicEvidence>();
  for (const [topic, list] of byTopic) {
    list.sort((p, q) => q.submittedAt - p.submittedAt || compareText(q.attemptId, p.attemptId));
    const e: TopicEvidence = { attempts: list.length, recentAttempts: 0, recentCorrect: 0, earlierAttempts: 0, earlierCorrect: 0 };
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

/** How many topics a learner has mastered (masteryLevelOf's "mastered") with `window` recent answers and `percent`. */
export function masteredTopics(answers: readonly Answer[], window: number, percent: number): number {
  let n = 0;
  for (const e of topicEvidence(answers, window).values()) if (masteryLevelOf(e, window, percent) === 'mastered') n++;
  return n;
}
