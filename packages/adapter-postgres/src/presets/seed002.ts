import { defineMapping, type Mapping } from '../mapping/defineMapping.js';
import type { MappingSpec } from '../mapping/spec.js';
import { learnlensAuditSpec } from './canonical.js';

/**
 * Seed 002's star schema (fact_scenario_attempts, fact_kpi_events, dim_users, dim_scenarios) with the teams and
 * assignments its manager and trainee dashboards read (`teams`, `dim_users.team_id`, `assignments`,
 * `assignment_assignees`, created by `seed002Migrations`): a manager sees their team, and assignmentProgress and
 * teamComparison are answered. No sessions or mastery, so masteryTrend and learnerActivitySummary are unsupported.
 * Roles: admin, manager, and trainee (or learner) as learner. A KPI event happened at its attempt's start plus its
 * `timestamp_ms` (the seed's time inside the call); `created_at` defaults to the insert time, so it is only the
 * fallback for an event the seed allows without an attempt or a timestamp_ms. eventFrequency buckets events by their
 * attempt's start, as the seed's filler-word query does. Exports are audited
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
      joins: [{ as: 'call', table: 'fact_scenario_attempts', on: { column: 'attempt_id', equals: 'attempt_id' } }],
      columns: {
        event_id: 'id',
        org_id: 'org_id',
        user_id: 'user_id',
        attempt_id: 'attempt_id',
        activity_id: 'scenario_id',
        event_type: 'event_type',
        occurred_at: { coalesce: [{ plusMs: ['call.started_at', 'timestamp_ms'] }, 'created_at'] },
        payload: 'event_value',
      },
    },
    users: {
      table: 'dim_users',
      columns: {
        user_id: 'user_id',
        org_id: 'org_id',
        team_id: 'team_id',
        role: { map: 'role', values: { admin: 'admin', manager: 'manager', trainee: 'learner', learner: 'learner' } },
        display_name: 'name',
        email: 'email',
        created_at: 'created_at',
      },
    },
    teams: {
      table: 'teams',
      columns: { team_id: 'team_id', org_id: 'org_id', name: 'name', manager_id: 'manager_id' },
    },
    assignments: {
      table: 'assignments',
      columns: {
        assignment_id: 'assignment_id',
        org_id: 'org_id',
        team_id: 'team_id',
        activity_id: 'scenario_id',
        title: 'title',
        assigned_by: 'assigned_by',
        assigned_at: 'assigned_at',
        due_at: 'due_at',
        required: 'required',
      },
    },
    assignment_assignees: {
      table: 'assignment_assignees',
      columns: { assignment_id: 'assignment_id', org_id: 'org_id', user_id: 'user_id' },
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
