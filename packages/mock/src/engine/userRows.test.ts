import { describe, expect, it } from 'vitest';
import { createMockDataset } from '../dataset/createMockDataset.js';
import { attemptColumnsByUser, attemptRowsByUser, forEachUserRow } from './userRows.js';

describe('attemptRowsByUser', () => {
  const dataset = createMockDataset({ endDate: '2026-11-01', seed: 5, orgs: 2, learnersPerOrg: 12, days: 40 });
  const index = attemptRowsByUser(dataset);

  it("should list every attempt row once, under its own user, ascending", () => {
    const seen = new Uint8Array(dataset.attempts.user.length);
    for (let u = 0; u < dataset.users.length; u++) {
      let previous = -1;
      for (let k = index.offsets[u]!; k < index.offsets[u + 1]!; k++) {
        const row = index.rows[k]!;
        expect(dataset.attempts.user[row]).toBe(u);
        expect(row).toBeGreaterThan(previous);
        previous = row;
        seen[row]!++;
      }
    }
    expect(seen.every((n) => n === 1)).toBe(true);
  });

  it('should visit exactly the rows of the given users inside [start, end), as a scan would', () => {
    const range = dataset.ranges.attempts[1]!;
    const start = range.start + Math.floor((range.end - range.start) / 3);
    const end = range.end - 7;
    const users = Int32Array.from([...new Set(Array.from(dataset.attempts.user.subarray(start, end)))].slice(0, 3)).sort();
    const wanted = new Set(users);
    const scanned: number[] = [];
    for (let i = start; i < end; i++) if (wanted.has(dataset.attempts.user[i]!)) scanned.push(i);
    const walked: number[] = [];
    forEachUserRow(index, users, start, end, (row) => walked.push(row));
    expect(walked.sort((a, b) => a - b)).toEqual(scanned);
    expect(scanned.length).toBeGreaterThan(0);
  });

  it("should copy each row's start, end, score and activity to the row's place in the per-user order", () => {
    const copy = attemptColumnsByUser(dataset);
    const a = dataset.attempts;
    expect(copy.startedAt.length).toBe(index.rows.length);
    for (let k = 0; k < index.rows.length; k++) {
      const i = index.rows[k]!;
      expect([copy.startedAt[k], copy.endedAt[k], copy.score[k], copy.activity[k]]).toEqual([a.startedAt[i], a.endedAt[i], a.score[i], a.activity[i]]);
    }
    expect(copy.endedAt.some(Number.isNaN) && copy.score.some(Number.isNaN)).toBe(true);
  });
});
