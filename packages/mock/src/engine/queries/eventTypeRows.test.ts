import { catalog, type AdapterRequest, type Viewer } from '@learnlens/data-client';
import { describe, expect, it } from 'vitest';
import { createMockDataset } from '../../dataset/createMockDataset.js';
import { createContext } from '../context.js';
import { resolveScope } from '../scope.js';
import { eventFrequency } from './eventFrequency.js';
import { eventRowsByType } from './eventTypeRows.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 29, orgs: 2, learnersPerOrg: 20, days: 30 });

describe('eventRowsByType', () => {
  it("should list each of the org's events once, under its type, ascending", () => {
    for (let org = 0; org < dataset.orgs.length; org++) {
      const { start, end } = dataset.ranges.events[org]!;
      const { offsets, rows } = eventRowsByType(dataset, org);
      expect(rows.length).toBe(end - start);
      const seen = new Uint8Array(end - start);
      for (let t = 0; t < dataset.eventTypes.length; t++) {
        for (let j = offsets[t]!; j < offsets[t + 1]!; j++) {
          const i = rows[j]!;
          expect(dataset.events.type[i]).toBe(t);
          if (j > offsets[t]!) expect(i).toBeGreaterThan(rows[j - 1]!);
          seen[i - start]!++;
        }
      }
      expect(seen.every((n) => n === 1)).toBe(true);
    }
  });
});

describe('eventFrequency attempt marks', () => {
  const org = dataset.orgs[0]!.org_id;
  const admin: Viewer = { userId: dataset.users.find((u) => u.org_id === org && u.role === 'admin')!.user_id, role: 'admin', orgId: org };
  const run = (eventType: string) => {
    const params = catalog.eventFrequency.params.parse({ now: '2026-11-01T00:00:00Z', eventType, bucket: 'week' });
    const scope = resolveScope(dataset, { viewer: admin, userIds: [], teamId: undefined });
    return eventFrequency(createContext(dataset, { name: 'eventFrequency', params, scope } as AdapterRequest, false), params);
  };

  it('should count distinct attempts afresh on every query, the marks of earlier ones notwithstanding', () => {
    const types = dataset.eventTypes.filter((t) => eventRowsByType(dataset, 0).offsets[dataset.eventTypes.indexOf(t) + 1]! > eventRowsByType(dataset, 0).offsets[dataset.eventTypes.indexOf(t)]!);
    expect(types.length).toBeGreaterThan(1);
    const first = types.map(run);
    const again = types.map(run);
    expect(again).toEqual(first);
    // Distinct attempts by a plain set, for the first type.
    const type = dataset.eventTypes.indexOf(types[0]!);
    const { start, end } = dataset.ranges.events[0]!;
    const attempts = new Set<number>();
    for (let i = start; i < end; i++) if (dataset.events.type[i] === type && dataset.events.attempt[i]! >= 0) attempts.add(dataset.events.attempt[i]!);
    expect(first[0]!.points.reduce((sum, p) => sum + p.attemptsWithEvent, 0)).toBe(attempts.size);
  });
});
