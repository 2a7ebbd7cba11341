import { describe, expect, it } from 'vitest';
import { OUT_OF_SCOPE_MESSAGE, ScopeError, VIEWER_NOT_MEMBER_MESSAGE } from './errors.js';
import { scopeFromMembers } from './scopeFromMembers.js';

const org = {
  exists: true,
  teams: [
    { teamId: 't1', managerId: 'm1' },
    { teamId: 't2', managerId: 'm2' },
  ],
  members: [
    { userId: 'a1', teamId: null, role: 'admin' },
    { userId: 'm1', teamId: 't1', role: 'manager' },
    { userId: 'l1', teamId: 't1', role: 'learner' },
    { userId: 'l2', teamId: 't1', role: 'learner' },
    { userId: 'l3', teamId: 't2', role: 'learner' },
    { userId: 'x1', teamId: null, role: null },
  ],
};

const admin = { userId: 'a1', role: 'admin', orgId: 'A' } as const;
const at = (viewer: { userId: string; role: 'admin' | 'manager' | 'learner'; orgId: string }, userIds: string[] = [], teamId?: string) => ({
  viewer,
  userIds,
  teamId,
});

describe('scopeFromMembers', () => {
  it('should give an admin the whole org, any of its teams and any of its users', () => {
    const scope = scopeFromMembers(at(admin, ['l3'], 't2'), org);
    expect(scope).toEqual({ orgId: 'A', viewer: admin, teamIds: null, userIds: null, peerUserIds: null });
  });

  it("should give a manager themselves and their team's learners, in code-point order", () => {
    const scope = scopeFromMembers(at({ userId: 'm1', role: 'manager', orgId: 'A' }, ['l2'], 't1'), org);
    expect(scope).toMatchObject({ teamIds: ['t1'], userIds: ['l1', 'l2', 'm1'] });
  });

  it('should give a learner only themselves, with their team as peers', () => {
    const scope = scopeFromMembers(at({ userId: 'l2', role: 'learner', orgId: 'A' }), org);
    expect(scope).toMatchObject({ teamIds: ['t1'], userIds: ['l2'], peerUserIds: ['l1', 'l2'] });
  });

  it('should refuse with one message whatever makes a named user or team not the viewer\'s', () => {
    const refusals = [
      () => scopeFromMembers(at(admin, ['zz']), org),
      () => scopeFromMembers(at(admin, [], 'tz'), org),
      () => scopeFromMembers(at({ userId: 'm1', role: 'manager', orgId: 'A' }, ['l3']), org),
      () => scopeFromMembers(at({ userId: 'm1', role: 'manager', orgId: 'A' }, ['zz']), org),
      () => scopeFromMembers(at({ userId: 'm1', role: 'manager', orgId: 'A' }, [], 't2'), org),
      () => scopeFromMembers(at({ userId: 'l2', role: 'learner', orgId: 'A' }, ['l1']), org),
    ];
    for (const refuse of refusals) expect(refuse).toThrow(new ScopeError(OUT_OF_SCOPE_MESSAGE));
  });

  it('should refuse with one message a viewer who is not a member, claims another role, or whose org does not exist', () => {
    const refusals = [
      () => scopeFromMembers(at({ userId: 'q', role: 'admin', orgId: 'A' }), org),
      () => scopeFromMembers(at({ userId: 'l1', role: 'admin', orgId: 'A' }), org),
      () => scopeFromMembers(at({ userId: 'x1', role: 'admin', orgId: 'A' }), org),
      () => scopeFromMembers(at(admin), { ...org, exists: false }),
    ];
    for (const refuse of refusals) expect(refuse).toThrow(new ScopeError(VIEWER_NOT_MEMBER_MESSAGE));
  });
});
