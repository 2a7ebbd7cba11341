import { ASSESSMENT_COMPLETE_EVENT_TYPE, contentEventKinds, ERROR_EVENT_TYPE } from '@learnlens/data-client';
import type { MockDataset } from '../../dataset/dataset.types.js';

/** What an event type means to seed 001's dashboards, per index into the dataset's `eventTypes`. */
export interface EventKindCodes {
  /** The content kind (index into `contentEventKinds`) an event type starts, or -1. */
  startKind: Int8Array;
  /** The content kind an event type completes, or -1. */
  completeKind: Int8Array;
  /** The index of `error`, or -1. */
  error: number;
  /** The index of `assessment_complete`, or -1. */
  assessmentComplete: number;
}

/** The dataset's event types read as starts, completions and errors. */
export function eventKindCodes(dataset: MockDataset): EventKindCodes {
  const startKind = new Int8Array(dataset.eventTypes.length).fill(-1);
  const completeKind = new Int8Array(dataset.eventTypes.length).fill(-1);
  dataset.eventTypes.forEach((type, i) => {
    contentEventKinds.forEach((kind, k) => {
      if (type === kind.start) startKind[i] = k;
      if (type === kind.complete) completeKind[i] = k;
    });
  });
  return {
    startKind,
    completeKind,
    error: dataset.eventTypes.indexOf(ERROR_EVENT_TYPE),
    assessmentComplete: dataset.eventTypes.indexOf(ASSESSMENT_COMPLETE_EVENT_TYPE),
  };
}

/** A payload's top-level `score` when it is a JSON number, else null; payload strings repeat, so answers are cached. */
export function payloadScoreReader(): (payload: string) => number | null {
  const cache = new Map<string, number | null>();
  return (payload) => {
    let score = cache.get(payload);
    if (score === undefined) {
      score = null;
      try {
        const value = (JSON.parse(payload) as { score?: unknown } | null)?.score;
        if (typeof value === 'number') score = value;
      } catch {
        // Not JSON: no score, as the SQL backends read it.
      }
      cache.set(payload, score);
    }
    return score;
  };
}
