import { queryNames } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createPostgresAdapter, supportedQueriesOf } from './createPostgresAdapter.js';
import { MappingError } from './errors.js';
import { defineMapping } from './mapping/defineMapping.js';
import type { MappingSpec } from './mapping/spec.js';
import { canonicalMapping } from './presets/canonical.js';
import { seed000Mapping } from './presets/seed000.js';
import { seed002Mapping } from './presets/seed002.js';
import { seed003Mapping } from './presets/seed003.js';

const users = { table: 'members', columns: { user_id: 'id', org_id: 'tenant_id', role: 'role' } };
const spec = (patch: Record<string, unknown>): MappingSpec => ({ tables: { users }, ...patch }) as MappingSpec;
const withUsers = (patch: Record<string, unknown>): MappingSpec => spec({ tables: { users: { ...users, ...patch } } });

describe('defineMapping', () => {
  it.each([
    ['a table name carrying SQL', withUsers({ table: 'members; drop table users' })],
    ['a quoted table name', withUsers({ table: '"members"' })],
    ['a table with three parts', withUsers({ table: 'db.public.members' })],
    ['a column carrying SQL', withUsers({ columns: { ...users.columns, user_id: "id) or ('1'='1" } })],
    ['a column with a comment', withUsers({ columns: { ...users.columns, role: 'role--' } })],
    ['a column starting with a digit', withUsers({ columns: { ...users.columns, role: '1role' } })],
    ['an identifier over 63 characters', withUsers({ columns: { ...users.columns, role: 'r'.repeat(64) } })],
    ['a schema carrying SQL', spec({ schema: 'public; select 1' })],
    ['a constant with a backslash', withUsers({ columns: { ...users.columns, email: { const: "x\\' or 1=1" } } })],
    ['a map value with a control character', withUsers({ columns: { ...users.columns, role: { map: 'role', values: { a: 'admin\n' } } } })],
    ['a raw SQL expression object', withUsers({ columns: { ...users.columns, email: { sql: 'lower(email)' } } })],
    ['a column of an undeclared join', withUsers({ columns: { ...users.columns, email: 'p.email' } })],
    ['a join alias carrying SQL', withUsers({ joins: [{ as: 'p on true --', table: 'profiles', on: { column: 'id', equals: 'id' } }] })],
  ])('should reject %s with a MappingError', (_label, bad) => {
    expect(() => defineMapping(bad)).toThrow(MappingError);
    expect(() => createPostgresAdapter({ connectionString: 'postgresql://127.0.0.1:1/x', mapping: bad })).toThrow(MappingError);
  });

  it('should name the offending entry in its message', () => {
    expect(() => defineMapping(withUsers({ table: 'members; drop table users' }))).toThrow(
      /tables\.users\.table: "members; drop table users" is not a plain SQL identifier/,
    );
    expect(() => defineMapping(withUsers({ columns: { user_id: 'id', org_id: 'tenant_id' } }))).toThrow(/tables\.users\.columns\.role is required/);
    expect(() => defineMapping(withUsers({ columns: { ...users.columns, tenant: 'tenant_id' } }))).toThrow(/unexpected key\(s\) "tenant"/);
    expect(() => defineMapping(spec({ tables: { users, scores: users } }))).toThrow(/tables has unexpected key\(s\) "scores"/);
    expect(() => defineMapping({ tables: {} })).toThrow(/tables\.users is required/);
    expect(() => defineMapping(spec({ audit: { table: 'log', columns: { org_id: 'org' } } }))).toThrow(/audit\.columns\.user_id is required/);
  });

  it('should quote every identifier and keep constants as literals', () => {
    const mapping = defineMapping({
      schema: 'app',
      tables: {
        users: {
          table: 'members',
          joins: [{ as: 'p', table: 'auth.profiles', on: { column: 'id', equals: 'user_id' } }],
          columns: {
            user_id: 'user_id',
            org_id: 'tenant_id',
            role: { map: 'kind', values: { "o'wner": 'admin', pupil: 'learner' }, else: null },
            display_name: { coalesce: ['p.full_name', 'p.email'] },
          },
        },
      },
    });
    const sql = mapping.relation('users');
    expect(sql).toContain('FROM "app"."members" src LEFT JOIN "auth"."profiles" "p" ON "p"."id" = src."user_id"');
    expect(sql).toContain(`WHEN 'o''wner' THEN 'admin'`);
    expect(sql).toContain('COALESCE("p"."full_name", "p"."email")');
    expect(mapping.mapped).toEqual(new Set(['users']));
  });
});

describe('the presets', () => {
  it('should declare only the queries their tables can answer', () => {
    const attemptsQueries = ['orgOverview', 'leaderboard', 'activityHeatmap', 'scoreTrend', 'activityInsights', 'recentAttempts', 'personalStats', 'exportRows'];
    expect(supportedQueriesOf(canonicalMapping)).toEqual(queryNames);
    // The tutoring queries read attempts and the activities (questions) they answer; questionQuality,
    // tutorEffectiveness and progressSnapshots need seed 003's flags, sessions or cards too.
    const questionQueries = ['accuracyTrend', 'topicMastery', 'learningVelocity', 'difficultyCalibration', 'studentPerformance'];
    expect(supportedQueriesOf(seed002Mapping)).toEqual([
      ...attemptsQueries.slice(0, 7), 'assignmentProgress', 'eventFrequency', 'exportRows', 'contentPerformance', 'teamComparison', ...questionQueries,
      'cohortComparison', 'activityDetail', 'bandProgress', 'eventTiming', 'eventCohorts',
    ]);
    // Seed 003's own tables hold flags, SM-2 cards and AI calls; its tutors' teams and its assignments (one per question
    // of a student's set) come through the preset's views.
    expect(supportedQueriesOf(seed003Mapping)).toEqual([
      ...attemptsQueries.slice(0, 7), 'assignmentProgress', 'exportRows', 'teamComparison', ...questionQueries, 'aiUsage', 'questionQuality',
      'tutorEffectiveness', 'cohortComparison', 'progressSnapshots', 'activityDetail', 'bandProgress',
    ]);
    // bandProgress reads only attempts: seed 000's bands, and nothing (no bands) on the other presets.
    expect(supportedQueriesOf(seed000Mapping)).toEqual([...attemptsQueries, 'bandProgress']);
  });
});
