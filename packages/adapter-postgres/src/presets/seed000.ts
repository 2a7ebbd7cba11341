import { defineMapping, type Mapping } from '../mapping/defineMapping.js';
import type { MappingSpec } from '../mapping/spec.js';

/**
 * Seed 000 (IELTS writing): `exam_attempts` (id, user_id, task1_band, task2_band, goal_band, created_at,
 * submitted_at), `organizations` (id, name), `memberships` (organization_id, user_id, role), `profiles` (id,
 * full_name, email, plan) and `account_audit_log` (id, user_id, organization_id, action, format, row_count,
 * details jsonb, created_at).
 *
 * Attempts belong to users, not orgs: an org sees the attempts of its members (an inner join on memberships), as
 * the app's row-level security does. The score is the mean of the available task bands (the export's average_band
 * before rounding); there is one activity, "ielts_writing". Owners, admins and teachers are admins of their org,
 * students learners. No teams, events, sessions, mastery or assignments: masteryTrend, learnerActivitySummary,
 * eventFrequency and assignmentProgress are unsupported. Exports are audited into account_audit_log with the
 * format, org scope and row count in columns and the role, query and parameters under `details`.
 */
export const seed000MappingSpec: MappingSpec = {
  name: 'seed000',
  tables: {
    orgs: { table: 'organizations', columns: { org_id: 'id', name: 'name', score_scale: { const: 'band' } } },
    users: {
      table: 'memberships',
      joins: [{ as: 'p', table: 'profiles', on: { column: 'id', equals: 'user_id' } }],
      columns: {
        user_id: 'user_id',
        org_id: 'organization_id',
        role: { map: 'role', values: { owner: 'admin', admin: 'admin', teacher: 'admin', student: 'learner' } },
        display_name: 'p.full_name',
        email: 'p.email',
        plan: 'p.plan',
      },
    },
    attempts: {
      table: 'exam_attempts',
      joins: [{ as: 'm', table: 'memberships', on: { column: 'user_id', equals: 'user_id' }, inner: true }],
      columns: {
        attempt_id: 'id',
        org_id: 'm.organization_id',
        user_id: 'user_id',
        activity_id: { const: 'ielts_writing' },
        score: { meanOf: ['task1_band', 'task2_band'] },
        started_at: 'created_at',
        ended_at: 'submitted_at',
        goal_band: 'goal_band',
        task1_band: 'task1_band',
        task2_band: 'task2_band',
      },
    },
  },
  audit: {
    table: 'account_audit_log',
    columns: {
      audit_id: 'id',
      at: 'created_at',
      org_id: 'organization_id',
      user_id: 'user_id',
      action: 'action',
      format: 'format',
      row_count: 'row_count',
      role: { json: 'details', key: 'role' },
      query: { json: 'details', key: 'query' },
      params: { json: 'details', key: 'params' },
    },
  },
};

/** The seed 000 preset (see `seed000MappingSpec`). */
export const seed000Mapping: Mapping = defineMapping(seed000MappingSpec);
