import { describe, expect, it } from 'vitest';
import { ScopeError } from './errors.js';
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

describe('scopeFromMembers', () => {
  it('should give an admin the whole org and every team', () => {
    const scope = scopeFromMembers({ viewer: { userId: 'a1', role: 'admin', orgId: 'A' }, userIds: ['l3', 'zz'] }, org);
    expect(scope).toMatchObject({ teamIds: ['t1', 't2'], userIds: null, peerUserIds: null, foreignUserIds: ['zz'] });
  });

  it("should give a manager themselves and their team's learners", () => {
    const scope = scopeFromMembers({ viewer: { userId: 'm1', role: 'manager', orgId: 'A' }, userIds: [] }, org);
    expect(scope).toMatchObject({ teamIds: ['t1'], userIds: ['m1', 'l1', 'l2'] });
  });

  it('should give a learner only themselves, with their team as peers', () => {
    const scope = scopeFromMembers({ viewer: { userId: 'l2', role: 'learner', orgId: 'A' }, userIds: [] }, org);
    expect(scope).toMatchObject({ teamIds: ['t1'], userIds: ['l2'], peerUserIds: ['l1', 'l2'] });
  });

  it('should refuse a viewer who is not a member, claims another role, or whose org does not exist', () => {
    expect(() => scopeFromMembers({ viewer: { userId: 'q', role: 'admin', orgId: 'A' }, userIds: [] }, org)).toThrow(ScopeError);
    expect(() => scopeFromMembers({ viewer: { userId: 'l1', role: 'admin', orgId: 'A' }, userIds: [] }, org)).toThrow(/is a learner/);
    expect(() => scopeFromMembers({ viewer: { userId: 'x1', role: 'admin', orgId: 'A' }, userIds: [] }, org)).toThrow(/without a Learnlens role/);
    expect(() => scopeFromMembers({ viewer: { userId: 'a1', role: 'admin', orgId: 'A' }, userIds: [] }, { ...org, exists: false })).toThrow(/does not exist/);
  });
});
