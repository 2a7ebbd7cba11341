import { defineMapping, type Mapping } from '../mapping/defineMapping.js';
import type { MappingSpec } from '../mapping/spec.js';
import { learnlensAuditSpec } from './canonical.js';

/**
 * Seed 003 (TutorAssist): `attempts` (workspace_id, student_user_id, question_id, is_correct, submitted_at,
 * time_spent_seconds), `workspaces`, `workspace_members` (workspace_id, user_id, role) and `questions` (id,
 * workspace_id, prompt_text, difficulty, topic_id).
 *
 * An attempt's score is is_correct as 0/1, so average scores are accuracy (× 100 gives the seed's accuracy_pct); it
 * starts and ends at submitted_at (the seed records no start). Roles: owner and tutor are admins of their workspace,
 * students learners. TutorAssist has no teams, learning sessions, events or mastery deltas, and its assignments are
 * collections of questions for one student rather than one activity for a team, so masteryTrend,
 * learnerActivitySummary, eventFrequency and assignmentProgress are unsupported. Exports are audited into
 * `learnlens_audit_log` (`createCanonicalSchema` creates it; the seed's own audit_log has no documented columns).
 */
export const seed003MappingSpec: MappingSpec = {
  name: 'seed003',
  tables: {
    orgs: { table: 'workspaces', columns: { org_id: 'id', name: 'name', score_scale: { const: 'binary' } } },
    users: {
      table: 'workspace_members',
      columns: {
        user_id: 'user_id',
        org_id: 'workspace_id',
        role: { map: 'role', values: { owner: 'admin', tutor: 'admin', student: 'learner' } },
      },
    },
    activities: {
      table: 'questions',
      columns: {
        activity_id: 'id',
        org_id: 'workspace_id',
        title: 'prompt_text',
        kind: { const: 'question' },
        difficulty: 'difficulty',
        category: 'topic_id',
        score_scale: { const: 'binary' },
      },
    },
    attempts: {
      table: 'attempts',
      columns: {
        attempt_id: 'id',
        org_id: 'workspace_id',
        user_id: 'student_user_id',
        activity_id: 'question_id',
        score: { boolToScore: 'is_correct' },
        duration_seconds: 'time_spent_seconds',
        started_at: 'submitted_at',
        ended_at: 'submitted_at',
      },
    },
  },
  audit: learnlensAuditSpec,
};

/** The seed 003 preset (see `seed003MappingSpec`). */
export const seed003Mapping: Mapping = defineMapping(seed003MappingSpec);
