import { catalog, queryNames, type AdapterRequest, type QueryName } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { sqlQueries } from './queries/index.js';
import { RecordingSql } from './test-fixtures/recordingSql.js';

// A value that would break out of a string literal or comment if it ever reached the statement's text.
const MARK = "x'); DROP TABLE attempts; --";

const candidates: Record<string, unknown> = {
  timezone: 'Europe/Berlin',
  now: '2026-11-20T12:00:00.000Z',
  from: '2026-10-01',
  to: '2026-11-01',
  teamId: MARK,
  userIds: [MARK],
  activityIds: [MARK],
  activityId: MARK,
  userId: MARK,
  eventType: MARK,
  period: 'range',
  afterStartedAt: '2026-10-02T00:00:00.000Z',
  afterAttemptId: MARK,
};

// Every parameter the query's schema accepts from `candidates`, validated and defaulted as the client would.
function paramsFor(name: QueryName): Record<string, unknown> {
  const schema = catalog[name].params;
  let input = { ...candidates };
  for (let i = 0; i < 20; i++) {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data as Record<string, unknown>;
    for (const issue of parsed.error.issues) {
      const key = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0])];
      for (const k of key) delete (input as Record<string, unknown>)[k];
    }
    input = { ...input };
  }
  throw new Error(`No valid parameters for ${name}`);
}

function requestFor(name: QueryName): AdapterRequest {
  const viewer = { userId: 'u-1', role: 'manager' as const, orgId: MARK };
  const scope = { orgId: MARK, viewer, teamIds: [MARK], userIds: [MARK], peerUserIds: [MARK], foreignUserIds: [] };
  return { name, params: paramsFor(name), scope } as unknown as AdapterRequest;
}

describe('sqlQueries', () => {
  it('should define every catalog query once', () => {
    expect(Object.keys(sqlQueries).sort()).toEqual([...queryNames].sort());
  });

  it.each(queryNames)('%s should bind every request value instead of writing it into the statement', (name) => {
    const request = requestFor(name);
    const s = new RecordingSql(request);
    const { text } = (sqlQueries[name] as (r: AdapterRequest, s: RecordingSql) => { text: string })(request, s);
    expect(text).not.toContain('DROP TABLE');
    expect(JSON.stringify(s.values)).toContain('DROP TABLE');
    expect(text).toContain(`org_id = ${s.org}`);
  });

  it('should read an empty page as a total of zero and no rows', () => {
    const request = requestFor('recentAttempts');
    const s = new RecordingSql(request);
    const result = sqlQueries.recentAttempts(request as never, s).read([{ total: 0, _hit: null, attempt_id: null }]);
    expect(result).toEqual({ total: 0, rows: [] });
  });
});
