// Messages between the page and the worker that holds the mock dataset and engine. Only plain,
// structured-cloneable values cross: a 1M-attempt dataset never leaves the worker, answers do.
import type { AdapterAnswer, AuditEntry, QueryRequest, Role, ScoreScale, Viewer } from '@learnlens/data-client';
import type { MockDatasetOptions, MockFaults } from '@learnlens/mock';

/** A demo persona the viewer switcher offers. */
export type PersonaId =
  | 'admin'
  | 'manager'
  | 'learner'
  | 'otherAdmin'
  | 'tutor'
  | 'tutoringLearner'
  | 'eventsAdmin'
  | 'bandManager'
  | 'bandLearner';

/** Every persona, in switcher order. */
export const personaIds: readonly PersonaId[] = [
  'admin',
  'manager',
  'learner',
  'otherAdmin',
  'tutor',
  'tutoringLearner',
  'eventsAdmin',
  'bandManager',
  'bandLearner',
];

/**
 * What the Viewer menu calls each persona (before the generated user's name), in English like the rest of the
 * demo's chrome. The `npm start` banner prints the same list, so the two cannot drift apart.
 */
export const personaLabels: Readonly<Record<PersonaId, string>> = {
  admin: 'Admin',
  manager: 'Manager',
  learner: 'Learner',
  otherAdmin: 'Admin of another org',
  tutor: 'Tutor',
  tutoringLearner: 'Student (tutoring)',
  eventsAdmin: 'Admin of a learning-events org',
  bandManager: 'Manager (IELTS bands)',
  bandLearner: 'Learner (IELTS bands)',
};

/** A persona resolved against the generated dataset. */
export interface Persona {
  /** Which switcher entry. */
  id: PersonaId;
  /** Who queries run for. */
  viewer: Viewer;
  /** The user's display name. */
  name: string;
  /** The role, for labels. */
  role: Role;
  /** The org's name. */
  orgName: string;
  /**
   * The org's score scale: "binary" (correct or not) marks a tutoring org, whose pages show accuracy and topics;
   * "band" an IELTS-style org (seed 000), whose pages show task and overall bands against each learner's goal.
   */
  scoreScale: ScoreScale;
  /** The org's IANA time zone; the demo shows every date in it. */
  timezone: string;
  /** The team the persona manages or belongs to, if any. */
  teamId: string | null;
  /** Teams the persona may filter by: every team of the org for an admin, managed teams for a manager. */
  teams: { id: string; name: string }[];
  /** The org's data are learning events (lessons and assessments, seed 001): its admin view adds those dashboards. */
  events: boolean;
  /** The org's calls carry seed 002's KPI events (a voice org, whose activities are scenarios): its admin view adds those widgets. */
  callEvents: boolean;
}

/** What the page learns about the dataset once the worker has generated it. */
export interface DatasetInfo {
  /** Attempts in the whole dataset. */
  attempts: number;
  /** Learners, managers and admins in the whole dataset. */
  users: number;
  /** First day after the history, "YYYY-MM-DD". */
  endDate: string;
  /** The last instant of the history: relative windows ("last 7 days") are measured from it. */
  now: string;
  /** The switcher's personas. */
  personas: Record<PersonaId, Persona>;
  /** Activity titles by id, for widgets whose query answers carry ids only. */
  activityNames: Record<string, string>;
  /** How long generating took in the worker, in ms. */
  generatedInMs: number;
}

/** The adapter methods the page calls through the worker. */
export type RemoteMethod = 'run' | 'writeAudit';

/** Page → worker. */
export type ToWorker =
  | { type: 'init'; dataset: MockDatasetOptions; faults: MockFaults; faultSeed: number }
  | { type: 'call'; id: number; method: 'run'; arg: QueryRequest }
  | { type: 'call'; id: number; method: 'writeAudit'; arg: AuditEntry }
  | { type: 'abort'; id: number }
  | { type: 'setFaults'; faults: Partial<MockFaults> };

/** A Learnlens error flattened for the trip back to the page, where it becomes a typed error again. */
export interface WireError {
  /** The error class's name, e.g. "AdapterError". */
  name: string;
  /** `LearnlensError.code`, when it is one. */
  code?: string;
  /** The message. */
  message: string;
  /** For adapter errors: worth retrying. */
  transient?: boolean;
}

/** Worker → page. */
export type FromWorker =
  | { type: 'ready'; info: DatasetInfo }
  | { type: 'failed'; error: WireError }
  | { type: 'result'; id: number; ok: true; value: AdapterAnswer | undefined }
  | { type: 'result'; id: number; ok: false; error: WireError };
