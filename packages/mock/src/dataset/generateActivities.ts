import type { Activity, Org } from '@learnlens/data-client';
import { activitySketches } from './activityTitles.js';
import type { OrgKind } from './orgKinds.js';
import type { Random } from './random.js';
import { BASE_UNGRADED } from './tutoringPlan.js';

// One org's activities, with the hidden numbers that shape their attempts:
// how hard they really are, how popular, how long they take.

/** One org's activities and their hidden parameters (arrays indexed by position in the org). */
export interface OrgActivities {
  rows: Activity[];
  /** Global index of each activity in the dataset's activities. */
  global: Int32Array;
  /** Latent score shift: positive for easy activities. */
  offset: Float64Array;
  /** Typical duration, seconds. */
  duration: Float64Array;
  /** Cumulative popularity, for picking what a learner practises. */
  popularity: Float64Array;
  /** Chance that a submitted answer is left ungraded (tutoring orgs: more for ambiguous questions). */
  ungraded: Float64Array;
}

const shift = { easy: 0.55, medium: 0, hard: -0.6 } as const;
const lengthFactor = { easy: 0.85, medium: 1, hard: 1.2 } as const;
const kindPopularity = { scenario: 1, writing_task: 1, question: 1, lesson: 0.8, assessment: 0.35 } as const;

function difficulties(rng: Random, n: number): Activity['difficulty'][] {
  const easy = Math.round(n * 0.3);
  const hard = Math.round(n * 0.25);
  const list: Activity['difficulty'][] = [];
  for (let i = 0; i < n; i++) list.push(i < easy ? 'easy' : i < easy + hard ? 'hard' : 'medium');
  return rng.shuffle(list);
}

/** Generates `count` activities for an org. */
export function generateActivities(
  rng: Random,
  org: Org,
  orgNumber: number,
  kind: OrgKind,
  count: number,
  globalStart: number,
): OrgActivities {
  const sketches = activitySketches(kind.scale, count);
  const levels = difficulties(rng, count);
  const width = Math.max(2, String(count).length);
  const rows: Activity[] = [];
  const global = new Int32Array(count);
  const offset = new Float64Array(count);
  const duration = new Float64Array(count);
  const popularity = new Float64Array(count);
  let cumulative = 0;
  sketches.forEach((sketch, i) => {
    let difficulty = levels[i]!;
    // Lessons are never the hardest thing on offer, unit tests never the easiest.
    if (sketch.kind === 'lesson' && difficulty === 'hard') difficulty = 'medium';
    if (sketch.kind === 'assessment' && difficulty === 'easy') difficulty = 'medium';
    rows.push({
      activity_id: `act-${orgNumber}-${String(i + 1).padStart(width, '0')}`,
      org_id: org.org_id,
      title: sketch.title,
      kind: sketch.kind,
      difficulty,
      category: sketch.category,
      score_scale: kind.scale,
      difficulty_level: null,
      times_attempted: null,
      times_correct: null,
      avg_time_seconds: null,
      status: null,
    });
    global[i] = globalStart + i;
    offset[i] = shift[difficulty] + 0.2 * rng.normal();
    duration[i] = (kind.durations[sketch.kind] ?? 600) * rng.spread(0.2) * lengthFactor[difficulty];
    cumulative += rng.spread(0.6) * kindPopularity[sketch.kind] * (difficulty === 'hard' ? 0.7 : 1);
    popularity[i] = cumulative;
  });
  return { rows, global, offset, duration, popularity, ungraded: new Float64Array(count).fill(BASE_UNGRADED) };
}
