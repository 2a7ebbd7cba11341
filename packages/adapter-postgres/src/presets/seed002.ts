import { defineMapping, type Mapping } from '../mapping/defineMapping.js';
import type { MappingSpec } from '../mapping/spec.js';
import { learnlensAuditSpec } from './canonical.js';

/**
 * Seed 002's star schema (fact_scenario_attempts, fact_kpi_events, dim_users, dim_scenarios). It has no teams, so a
 * manager sees only their own rows (add a `teams` table and `users.team_id` to the spec for team views); no sessions,
 * mastery or assignments, so masteryTrend, learnerActivitySummary and assignmentProgress are unsupported.
 * Roles: admin, manager, and trainee (or learner) as learner. Events have no time of their own beyond created_at;
 * eventFrequency buckets them by their attempt's start, as the seed's filler-word query does. Exports are audited
 * into `learnlens_audit_log` (created by `seed002Migrations`).
 */
export const seed002MappingSpec: MappingSpec = {
  name: 'seed002',
  tables: {
    attempts: {
      table: 'fact_scenario_attempts',
      columns: {
        attempt_id: 'attempt_id',
        org_id: 'org_id',
        user_id: 'user_id',
        activity_id: 'scenario_id',
        score: 'score',
        duration_seconds: 'duration_seconds',
        talk_ms: 'talk_ms',
        listen_ms: 'listen_ms',
        started_at: 'started_at',
        ended_at: 'ended_at',
      },
    },
    events: {
      table: 'fact_kpi_events',
      columns: {
        event_id: 'id',
        org_id: 'org_id',
        user_id: 'user_id',
        attempt_id: 'attempt_id',
        activity_id: 'scenario_id',
        event_type: 'event_type',
        occurred_at: 'created_at',
        payload: 'event_value',
      },
    },
    users: {
      table: 'dim_users',
      columns: {
        user_id: 'user_id',
        org_id: 'org_id',
        role: { map: 'role', values: { admin: 'admin', manager: 'manager', trainee: 'learner', learner: 'learner' } },
        display_name: 'name',
        email: 'email',
        created_at: 'created_at',
      },
    },
    activities: {
      table: 'dim_scenarios',
      columns: {
        activity_id: 'scenario_id',
        org_id: 'org_id',
        title: 'title',
        kind: { const: 'scenario' },
        difficulty: 'difficulty',
        category: 'category',
        score_scale: { const: 'percent' },
      },
    },
  },
  audit: learnlensAuditSpec,
};

/** The seed 002 preset (see `seed002MappingSpec`). */
export const seed002Mapping: Mapping = defineMapping(seed002MappingSpec);
