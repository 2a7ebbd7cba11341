import { tableNames } from '@learnlens/mock';
import { describe, expect, it } from 'vitest';
import { tableColumns, tableSchemas } from './tableColumns.js';

const sample = { string: 'x', double: 0.5, int: 1, timestamp: '2026-01-02T03:04:05.000Z', boolean: true } as const;

describe('tableColumns', () => {
  it('should list every column of every domain schema, in schema order', () => {
    for (const table of tableNames) {
      expect(tableColumns(table).map((c) => c.name), table).toEqual(Object.keys(tableSchemas[table].shape));
    }
  });

  it('should start attempts and users with the columns the CLI contract fixes', () => {
    expect(tableColumns('attempts').slice(0, 10).map((c) => c.name)).toEqual([
      'attempt_id', 'org_id', 'user_id', 'activity_id', 'score', 'duration_seconds', 'talk_ms', 'listen_ms', 'started_at', 'ended_at',
    ]);
    expect(tableColumns('users').slice(0, 5).map((c) => c.name)).toEqual(['user_id', 'org_id', 'team_id', 'role', 'display_name']);
  });

  it('should give numeric, boolean and timestamp types only to columns whose schema accepts such values', () => {
    for (const table of tableNames) {
      for (const column of tableColumns(table)) {
        if (column.type === 'string') continue;
        const accepts = tableSchemas[table].shape[column.name]!.safeParse(sample[column.type]).success;
        expect(accepts, `${table}.${column.name} as ${column.type}`).toBe(true);
      }
    }
  });

  it('should mark exactly the nullable columns nullable', () => {
    const nullable = tableColumns('attempts').filter((c) => c.nullable).map((c) => c.name);
    expect(nullable).toEqual(['score', 'duration_seconds', 'talk_ms', 'listen_ms', 'ended_at', 'goal_band', 'task1_band', 'task2_band']);
    expect(tableColumns('users').find((c) => c.name === 'team_id')!.nullable).toBe(true);
    expect(tableColumns('users').find((c) => c.name === 'user_id')!.nullable).toBe(false);
  });
});
