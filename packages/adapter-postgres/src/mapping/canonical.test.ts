import { tableNames, tableSchemas } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { canonicalColumns } from './canonical.js';

describe('canonicalColumns', () => {
  it('should list exactly the columns of every domain schema, in their order', () => {
    for (const table of tableNames) {
      expect(Object.keys(canonicalColumns[table])).toEqual(Object.keys(tableSchemas[table].shape));
    }
  });

  it('should type instants as timestamptz, numbers as float8, flags as boolean and the rest as text', () => {
    expect(canonicalColumns.attempts.started_at).toEqual({ type: 'timestamptz', required: true });
    expect(canonicalColumns.attempts.ended_at).toEqual({ type: 'timestamptz', required: false });
    expect(canonicalColumns.attempts.score).toEqual({ type: 'float8', required: false });
    expect(canonicalColumns.assignments.required).toEqual({ type: 'boolean', required: false });
    expect(canonicalColumns.users.role).toEqual({ type: 'text', required: true });
    expect(canonicalColumns.users.display_name).toEqual({ type: 'text', required: false });
  });
});
