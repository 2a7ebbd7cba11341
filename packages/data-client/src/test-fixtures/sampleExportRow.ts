import type { ExportRow } from '../catalog/exportRows.js';

/**
 * The k-th of a run of export rows that vary every way the column checks care about: nulls in each nullable column on
 * their own cycles, fractional and whole numbers, instants an hour and a bit apart (with milliseconds).
 */
export function sampleExportRow(k: number): ExportRow {
  const at = new Date(Date.UTC(2026, 0, 1) + k * 3_600_123).toISOString();
  return {
    attempt_id: `att-${k}`,
    user_id: `u${k % 7}`,
    org_ids: 'A',
    plan: 'pro',
    submitted_at: at,
    goal_band: k % 3 === 0 ? null : 6.5,
    average_band: k % 5 === 0 ? null : k / 3,
    task1_band: null,
    task2_band: 7,
    org_id: 'A',
    team_id: k % 4 === 0 ? null : 't1',
    display_name: `Ann ${k}`,
    activity_id: 'act-1',
    activity_name: 'Cold call',
    score: k % 2 === 0 ? null : k * 1.5,
    duration_seconds: 60 + k,
    talk_ms: null,
    listen_ms: 1000,
    started_at: at,
    ended_at: k % 3 === 0 ? null : at,
  };
}
