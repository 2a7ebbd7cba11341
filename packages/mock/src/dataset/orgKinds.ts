import type { Activity, ScoreScale } from '@learnlens/data-client';

// The three kinds of product the seeds describe. Each org is one kind, with a
// single score scale so that its averages mean something.

type Kind = Activity['kind'];

/** What differs between a voice sales-training org, an IELTS prep org and a tutoring org. */
export interface OrgKind {
  scale: ScoreScale;
  orgNames: readonly string[];
  teamPrefix: string;
  /** How an assignment's title starts, e.g. "Homework". */
  assignmentPrefix: string;
  /** Typical duration of an attempt, seconds, per activity kind. */
  durations: Partial<Record<Kind, number>>;
  /** Range of attempts a learner does on a day they practise. */
  attemptsPerPracticeDay: readonly [number, number];
  /** Attempts at most in one session before a learner takes a break. */
  maxPerSession: number;
  /** Pages a session opens on. */
  pages: readonly string[];
  /**
   * Events an attempt brings besides its session's page view, a little above what generation gives (a voice call:
   * start, completion and about 15 KPI events, fewer with practice); sizes the event columns up front.
   */
  eventsPerAttempt: number;
}

/** The kinds, cycled through by org index. */
export const orgKinds: readonly OrgKind[] = [
  {
    scale: 'percent',
    orgNames: ['Northwind Sales Academy', 'Pitchcraft Revenue Lab', 'Callwise Enterprise Sales'],
    teamPrefix: 'Team',
    assignmentPrefix: 'Drill',
    durations: { scenario: 420 },
    attemptsPerPracticeDay: [1.3, 3.5],
    maxPerSession: 5,
    pages: ['/dashboard', '/scenarios', '/leaderboard', '/recordings'],
    eventsPerAttempt: 17.5,
  },
  {
    scale: 'band',
    orgNames: ['Bandwise IELTS Prep', 'Lumen English Institute', 'Écrire Academy'],
    teamPrefix: 'Cohort',
    assignmentPrefix: 'Mock exam',
    durations: { writing_task: 3300 },
    attemptsPerPracticeDay: [1, 1.5],
    maxPerSession: 2,
    pages: ['/dashboard', '/writing', '/feedback', '/progress'],
    eventsPerAttempt: 2,
  },
  {
    scale: 'binary',
    orgNames: ['Brightpath Tutoring', 'Quantum Kids Tutoring', 'Mathsy Learning Co.'],
    teamPrefix: 'Class',
    assignmentPrefix: 'Homework',
    durations: { question: 75, lesson: 720, assessment: 1500 },
    attemptsPerPracticeDay: [2.5, 6],
    maxPerSession: 12,
    pages: ['/dashboard', '/practice', '/lessons', '/progress'],
    eventsPerAttempt: 1.35,
  },
];

/** IANA time zones, cycled through by org index. */
export const orgTimeZones = [
  'UTC',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
  'Asia/Tokyo',
  'America/Los_Angeles',
] as const;
