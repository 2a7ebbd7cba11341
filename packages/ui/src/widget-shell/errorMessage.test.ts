import { AdapterError, AuditWriteError, ScopeError, ValidationError } from '@learnlens/data-client';
import { de } from 'date-fns/locale/de';
import { describe, expect, it } from 'vitest';
import { messagesDe } from '../i18n/locales/de.js';
import { describeError } from './errorMessage.js';
import { createFormatters } from './format.js';

describe('describeError', () => {
  it('should explain a scope error as missing access', () => {
    expect(describeError(new ScopeError('A learner may only read their own data'), 'the leaderboard')).toMatchObject({
      title: "You don't have access to the leaderboard.",
      detail: 'SCOPE: A learner may only read their own data',
      code: 'SCOPE',
    });
  });

  it('should keep field names out of the headline and put them in the developer detail', () => {
    const error = new ValidationError('INVALID_PARAMS', 'Invalid parameters', [
      { path: 'to', message: 'must be after "from"' },
      { path: 'timezone', message: 'must be an IANA time zone' },
    ]);
    const { title, detail } = describeError(error);
    expect(title).not.toMatch(/timezone/);
    expect(detail).toContain('to, timezone');
  });

  it('should call a transient adapter error temporary', () => {
    expect(describeError(new AdapterError('mock', 'timeout', { transient: true }), 'the overview')).toMatchObject({
      title: "Couldn't load the overview just now. Try again in a moment.",
      transient: true,
    });
  });

  it('should never show the internal query name in the headline', () => {
    const error = new AdapterError('mock', 'query orgOverview failed', { transient: false });
    expect(describeError(error, 'the overview').title).not.toContain('orgOverview');
  });

  it('should say an export stopped when its audit entry could not be written', () => {
    expect(describeError(new AuditWriteError('read-only table'), 'the export').title).toBe(
      'Export stopped: it could not be recorded in the audit log.',
    );
  });

  it('should speak the provider language', () => {
    const fmt = createFormatters(de, messagesDe);
    expect(describeError(new ScopeError('nope'), fmt.t('kpi.subject'), fmt.t).title).toBe('Sie haben keinen Zugriff auf die Übersicht.');
  });
});
