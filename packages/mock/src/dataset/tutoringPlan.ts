import type { Activity, User } from '@learnlens/data-client';
import type { OrgActivities } from './generateActivities.js';
import type { OrgMembers } from './generateMembers.js';
import type { Random } from './random.js';

// The hidden side of a tutoring org's question bank and classes, drawn before
// any attempt: how ambiguous each question is and whether its declared
// difficulty is wrong (both make learners flag it), and which cohort each
// learner is in. Its own random stream, so the other orgs stay as they were.

/** Share of submitted answers left ungraded outside tutoring orgs (and the base share inside). */
export const BASE_UNGRADED = 0.055;
// Tutoring answers are graded by an AI that sometimes gives up: about 6.5 % of submitted answers end up ungraded.
const TUTORING_UNGRADED = 0.059;

/** What makes a tutoring org's questions draw flags, per activity of the org (zero for lessons and assessments). */
export interface QuestionTraits {
  /** 0 = crisp wording, 1 = hopelessly ambiguous. */
  ambiguity: Float64Array;
  /** 1 when the declared difficulty is a band off what learners find. */
  miscalibrated: Uint8Array;
}

const levelOf: Record<Activity['difficulty'], readonly number[]> = { easy: [1, 2], medium: [3, 3], hard: [4, 5] };
// A band's latent score shift (generateActivities): a miscalibrated question really sits one band away.
const bandStep = 0.6;

/**
 * Draws the traits of an org's activities and applies them: declared 1–5 levels and statuses on the rows; the true
 * difficulty of miscalibrated questions and the lower accuracy and more frequent ungraded answers of ambiguous ones
 * in the hidden parameters. Sets `activities.ungraded` for every activity.
 */
export function planQuestions(rng: Random, activities: OrgActivities): QuestionTraits {
  const n = activities.rows.length;
  const ambiguity = new Float64Array(n);
  const miscalibrated = new Uint8Array(n);
  activities.rows.forEach((row, i) => {
    const levels = levelOf[row.difficulty];
    row.difficulty_level = levels[rng.int(levels.length)]!;
    row.status = 'active';
    activities.ungraded[i] = TUTORING_UNGRADED;
    if (row.kind !== 'question') return;
    // Most questions read clearly; about one in seven is ambiguous.
    ambiguity[i] = rng.chance(0.15) ? rng.range(0.45, 1) : rng.range(0, 0.15);
    if (rng.chance(0.2)) {
      miscalibrated[i] = 1;
      // Declared easy ones turn out harder, declared hard ones easier; medium ones go either way.
      const direction = row.difficulty === 'easy' ? -1 : row.difficulty === 'hard' ? 1 : rng.chance(0.5) ? 1 : -1;
      activities.offset[i] = activities.offset[i]! + direction * bandStep * rng.range(1.3, 2);
    }
    activities.offset[i] = activities.offset[i]! - 0.5 * ambiguity[i]!;
    activities.ungraded[i] = TUTORING_UNGRADED + 0.05 * ambiguity[i]!;
  });
  return { ambiguity, miscalibrated };
}

/**
 * Puts each learner of a tutoring org into a cohort (a school year group, across classes): stronger learners are
 * likelier to be in the older cohort. Ids are `org-N-cohort-K`; the academic year is the year the cohort sits.
 */
export function planCohorts(rng: Random, members: OrgMembers, orgNumber: number, endYear: number): void {
  const cohorts = [
    { id: `org-${orgNumber}-cohort-1`, year: endYear },
    { id: `org-${orgNumber}-cohort-2`, year: endYear },
    { id: `org-${orgNumber}-cohort-3`, year: endYear - 1 },
  ];
  members.learners.forEach((profile, j) => {
    const user: User = members.learnerUsers[j]!;
    const k = Math.max(0, Math.min(2, Math.floor(1 + profile.skill + 0.8 * rng.normal())));
    user.cohort_id = cohorts[k]!.id;
    user.academic_year = cohorts[k]!.year;
  });
}
