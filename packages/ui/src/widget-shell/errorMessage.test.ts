import { AdapterError, AuditWriteError, ScopeError, ValidationError } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { describeError } from './errorMessage.js';

describe('describeError', () => {
  it('should explain a scope error as missing access', () => {
    expect(describeError(new ScopeError('A learner may only read their own data'), 'the leaderboard')).toMatchObject({
      title: "You don't have access to the leaderboard",
      detail: 'A learner may only read their own data',
    });
  });

  it('should name the invalid fields of a validation error', () => {
    const error = new ValidationError('INVALID_PARAMS', 'Invalid parameters', [
      { path: 'to', message: 'must be after "from"' },
      { path: 'timezone', message: 'must be an IANA time zone' },
    ]);
    expect(describeError(error).title).toBe('Invalid filters: to, timezone');
  });

  it('should call a transient adapter error temporary', () => {
    expect(describeError(new AdapterError('mock', 'timeout', { transient: true }), 'the overview')).toMatchObject({
      title: 'The overview is temporarily unavailable',
      transient: true,
    });
  });

  it('should say an export stopped when its audit entry could not be written', () => {
    expect(describeError(new AuditWriteError('read-only table'), 'the export').title).toBe(
      'Export stopped: the audit entry could not be written',
    );
  });
});
