import { defineMapping, type Mapping } from '../mapping/defineMapping.js';
import type { MappingSpec } from '../mapping/spec.js';
import { learnlensAuditSpec } from './canonical.js';

/**
 * Seed 003 (TutorAssist), over the seed's own tables (`createSeed003Tables` creates them as the seed describes them):
 * `workspaces`, `workspace_members` (workspace_id, user_id, role), `student_profiles` (cohort_id, academic_year),
 * `questions` (prompt_text, 1–5 difficulty, topic_id, status and the counters `update_question_stats()` keeps) with
 * `topics` (name), `attempts` (workspace_id, student_user_id, question_id, is_correct, submitted_at,
 * time_spent_seconds), `question_flags`, `sessions` (tutor, student, scheduled and actual start/end, topics_covered),
 * `ai_usage_log` and `spaced_repetition`.
 *
 * An attempt's score is is_correct as 0/1 (null when ungraded), so average scores are over graded answers while
 * `accuracy` is the seed's (ungraded counted as not correct). A question's category is its topic's name (its topic_id without a topics row); its 1–5 difficulty is
 * also read as a band: 1–2 easy, 3 medium, 4–5 hard. Roles: owners are admins of their workspace, tutors managers,
 * students learners; a student's cohort comes from their student profile (one per student, joined on user_id). A tutoring
 * session's topics_covered is the JSON array of the topic ids the seed stores.
 *
 * Tutors and assignments come through the read-only views `createSeed003Views` creates (`seed003ViewsSql` says how
 * each is derived): a tutor is a manager whose team is the students they tutor (the tutor of a student's latest session
 * or assignment), as a tutor is in the mock and the demo; an owner is an admin. A seed assignment (a question set for
 * one student) is one Learnlens assignment per question, assigned to that student, so assignmentProgress and
 * tutorEffectiveness read them. TutorAssist has no learning sessions, events or mastery deltas: masteryTrend,
 * learnerActivitySummary and eventFrequency are unsupported.
 *
 * Time: the seed stores an answer when it is submitted and buckets, filters and orders answers by that `submitted_at`;
 * it records no start. `submitted_at` is the attempt's ended_at, the instant every tutoring query (accuracyTrend,
 * learningVelocity, topicMastery, studentPerformance, difficultyCalibration, questionQuality, cohortComparison,
 * progressSnapshots, tutorEffectiveness's windows) places an answer at, so they read the seed's own instant; the other
 * catalog queries place attempts at started_at, which is submitted_at too for want of a start. Loaders from canonical
 * rows (the tests') write submitted_at = ended_at (started + time taken). Exports are audited into
 * `learnlens_audit_log` (`createCanonicalSchema` and `createSeed003Tables` create it; the seed's own audit_log has no
 * documented columns).
 */
export const seed003MappingSpec: MappingSpec = {
  name: 'seed003',
  tables: {
    orgs: { table: 'workspaces', columns: { org_id: 'id', name: 'name', score_scale: { const: 'binary' } } },
    teams: {
      table: 'learnlens_teams',
      columns: { team_id: 'team_id', org_id: 'workspace_id', name: 'name', manager_id: 'manager_id' },
    },
    users: {
      table: 'learnlens_members',
      joins: [{ as: 'sp', table: 'student_profiles', on: { column: 'user_id', equals: 'user_id' } }],
      columns: {
        user_id: 'user_id',
        org_id: 'workspace_id',
        team_id: 'team_id',
        role: { map: 'role', values: { owner: 'admin', tutor: 'manager', student: 'learner' } },
        cohort_id: 'sp.cohort_id',
        academic_year: 'sp.academic_year',
      },
    },
    activities: {
      table: 'questions',
      joins: [{ as: 't', table: 'topics', on: { column: 'id', equals: 'topic_id' } }],
      columns: {
        activity_id: 'id',
        org_id: 'workspace_id',
        title: 'prompt_text',
        kind: { const: 'question' },
        difficulty: { map: 'difficulty', values: { '1': 'easy', '2': 'easy', '3': 'medium', '4': 'hard', '5': 'hard' } },
        category: { coalesce: ['t.name', 'topic_id'] },
        score_scale: { const: 'binary' },
        difficulty_level: 'difficulty',
        times_attempted: 'times_attempted',
        times_correct: 'times_correct',
        avg_time_seconds: 'avg_time_seconds',
        status: 'status',
      },
    },
    assignments: {
      table: 'learnlens_assignment_items',
      columns: {
        assignment_id: 'assignment_id',
        org_id: 'workspace_id',
        team_id: 'team_id',
        activity_id: 'question_id',
        title: 'title',
        assigned_by: 'created_by',
        assigned_at: 'created_at',
        due_at: 'due_at',
        required: { const: true },
      },
    },
    assignment_assignees: {
      table: 'learnlens_assignment_items',
      columns: { assignment_id: 'assignment_id', org_id: 'workspace_id', user_id: 'student_user_id' },
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
    question_flags: {
      table: 'question_flags',
      joins: [{ as: 'q', table: 'questions', on: { column: 'id', equals: 'question_id' }, inner: true }],
      columns: {
        flag_id: 'id',
        org_id: 'q.workspace_id',
        activity_id: 'question_id',
        user_id: 'student_user_id',
        reason: 'reason',
        status: 'status',
        created_at: 'created_at',
      },
    },
    tutoring_sessions: {
      table: 'sessions',
      columns: {
        session_id: 'id',
        org_id: 'workspace_id',
        tutor_id: 'tutor_user_id',
        student_id: 'student_user_id',
        scheduled_start: 'scheduled_start',
        scheduled_end: 'scheduled_end',
        actual_start: 'actual_start',
        actual_end: 'actual_end',
        topics_covered: { jsonArray: 'topics_covered' },
      },
    },
    ai_usage_log: {
      table: 'ai_usage_log',
      columns: {
        id: 'id',
        org_id: 'workspace_id',
        user_id: 'user_id',
        operation_type: 'operation_type',
        model: 'model',
        tokens_input: 'tokens_input',
        tokens_output: 'tokens_output',
        cost_usd: 'cost_usd',
        duration_ms: 'duration_ms',
        success: { coalesce: ['success', { const: true }] },
        created_at: 'created_at',
      },
    },
    spaced_repetition: {
      table: 'spaced_repetition',
      columns: {
        card_id: 'id',
        org_id: 'workspace_id',
        user_id: 'student_user_id',
        activity_id: 'question_id',
        ease_factor: 'ease_factor',
        interval_days: 'interval_days',
        repetitions: 'repetitions',
        next_review_at: 'next_review',
        last_reviewed_at: 'last_reviewed',
      },
    },
  },
  audit: learnlensAuditSpec,
};

/** The seed 003 preset (see `seed003MappingSpec`). */
export const seed003Mapping: Mapping = defineMapping(seed003MappingSpec);
