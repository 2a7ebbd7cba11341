import {
  kpiEventTypes,
  activitySchema,
  aiUsageSchema,
  questionFlagSchema,
  spacedRepetitionSchema,
  tutoringSessionSchema,
  assignmentAssigneeSchema,
  assignmentSchema,
  attemptSchema,
  eventSchema,
  isoWeekdayOf,
  masteryDeltaSchema,
  orgSchema,
  sessionSchema,
  teamSchema,
  userSchema,
  zoneClock,
} from '@learnlens/data-client';
import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { createMockDataset } from './createMockDataset.js';
import { tableNames, type MockDataset, type OrgRange, type TableName } from './dataset.types.js';
import { datasetFromRows, type DatasetRows } from './fromRows.js';
import { orgKinds } from './orgKinds.js';
import { tableRows } from './toRows.js';

const DAY = 86_400_000;
const dataset = createMockDataset({ endDate: '2026-11-01', seed: 1 });
const endMs = Date.parse(`${dataset.meta.endDate}T00:00:00Z`);

const schemas: Record<TableName, z.ZodType> = {
  orgs: orgSchema,
  teams: teamSchema,
  users: userSchema,
  activities: activitySchema,
  assignments: assignmentSchema,
  assignment_assignees: assignmentAssigneeSchema,
  attempts: attemptSchema,
  sessions: sessionSchema,
  events: eventSchema,
  mastery_deltas: masteryDeltaSchema,
  question_flags: questionFlagSchema,
  tutoring_sessions: tutoringSessionSchema,
  ai_usage_log: aiUsageSchema,
  spaced_repetition: spacedRepetitionSchema,
};

const serialised = (d: MockDataset, table: TableName) => JSON.stringify([...tableRows(d, table)]);

// Attempt rows of one org, as [row index] lists per learner, in time order.
function attemptsByLearner(d: MockDataset, org: number): Map<number, number[]> {
  const byUser = new Map<number, number[]>();
  const { start, end } = d.ranges.attempts[org]!;
  for (let i = start; i < end; i++) {
    const list = byUser.get(d.attempts.user[i]!) ?? [];
    list.push(i);
    byUser.set(d.attempts.user[i]!, list);
  }
  return byUser;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('createMockDataset', () => {
  it('should end the history today (UTC) when no endDate is given, so a first run shows recent data', () => {
    const before = new Date().toISOString().slice(0, 10);
    const dataset = createMockDataset({ seed: 3, orgs: 1, learnersPerOrg: 6, days: 14, withEvents: false });
    const after = new Date().toISOString().slice(0, 10);
    const tomorrow = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    // endDate is exclusive: the history's last day is today.
    expect([tomorrow(before), tomorrow(after)]).toContain(dataset.meta.endDate);
    const last = Math.max(...dataset.attempts.startedAt);
    expect(last).toBeGreaterThan(Date.now() - 3 * 86_400_000);
  });

  it('should give byte-identical tables for the same options', () => {
    const options = { seed: 42, orgs: 4, learnersPerOrg: 20, days: 45, endDate: '2026-11-01' };
    const first = createMockDataset(options);
    const second = createMockDataset(options);
    for (const table of tableNames) expect(serialised(second, table), table).toBe(serialised(first, table));
    expect(second.meta).toEqual({ seed: 42, endDate: '2026-11-01', days: 45, source: 'generated' });
  });

  it('should give different data for a different seed', () => {
    const a = createMockDataset({ endDate: '2026-11-01', seed: 1, orgs: 2, learnersPerOrg: 15, days: 30 });
    const b = createMockDataset({ endDate: '2026-11-01', seed: 2, orgs: 2, learnersPerOrg: 15, days: 30 });
    expect(serialised(b, 'attempts')).not.toBe(serialised(a, 'attempts'));
    expect(serialised(b, 'users')).not.toBe(serialised(a, 'users'));
  });

  it('should write rows that the data-client schemas accept, in every table', () => {
    for (const table of tableNames) {
      let rows = 0;
      for (const row of tableRows(dataset, table)) {
        const parsed = schemas[table].safeParse(row);
        if (!parsed.success) throw new Error(`${table} row ${rows}: ${parsed.error.message}\n${JSON.stringify(row)}`);
        rows++;
      }
      expect(rows, table).toBeGreaterThan(0);
    }
  });

  it('should use the documented defaults', () => {
    expect(dataset.orgs.map((o) => o.score_scale)).toEqual(['percent', 'band', 'binary']);
    expect(new Set(dataset.orgs.map((o) => o.timezone)).size).toBe(3);
    for (const org of dataset.orgs) {
      expect(dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'learner')).toHaveLength(60);
      expect(dataset.teams.filter((t) => t.org_id === org.org_id)).toHaveLength(5);
      expect(dataset.activities.filter((a) => a.org_id === org.org_id)).toHaveLength(16);
    }
    expect(dataset.meta).toEqual({ seed: 1, endDate: '2026-11-01', days: 120, source: 'generated' });
  });

  it('should sort every fact table by org then time, with each org’s range', () => {
    const times: Record<'attempts' | 'sessions' | 'events' | 'mastery', [Uint16Array, Float64Array]> = {
      attempts: [dataset.attempts.org, dataset.attempts.startedAt],
      sessions: [dataset.sessions.org, dataset.sessions.start],
      events: [dataset.events.org, dataset.events.occurredAt],
      mastery: [dataset.mastery.org, dataset.mastery.occurredAt],
    };
    for (const [table, [org, time]] of Object.entries(times)) {
      const ranges: OrgRange[] = dataset.ranges[table as keyof typeof times];
      expect(ranges, table).toHaveLength(dataset.orgs.length);
      expect(ranges[0]!.start).toBe(0);
      expect(ranges.at(-1)!.end).toBe(org.length);
      ranges.forEach(({ start, end }, o) => {
        if (o > 0) expect(start).toBe(ranges[o - 1]!.end);
        expect(end, `${table} org ${o}`).toBeGreaterThan(start);
        for (let i = start; i < end; i++) {
          if (org[i] !== o || (i > start && time[i]! < time[i - 1]!)) throw new Error(`${table} row ${i} out of order`);
        }
      });
    }
  });

  it('should build the attempt and session id maps only when first read', () => {
    const d = createMockDataset({ endDate: '2026-11-01', seed: 2, learnersPerOrg: 5, days: 10 });
    const descriptor = Object.getOwnPropertyDescriptor(d.index, 'attempt')!;
    expect(descriptor.get).toBeTypeOf('function');
    expect(d.index.attempt).toBe(d.index.attempt);
    expect(d.index.attempt.size).toBe(d.attempts.length);
  });

  it('should index every id and keep every reference inside its own org', () => {
    const d = dataset;
    d.users.forEach((u, i) => expect(d.index.user.get(u.user_id)).toBe(i));
    d.attempts.id.forEach((id, i) => {
      if (d.index.attempt.get(id) !== i) throw new Error(`attempt ${id} not indexed`);
    });
    expect(d.index.session.size).toBe(d.sessions.length);
    expect(d.index.org.size + d.index.team.size + d.index.activity.size).toBe(d.orgs.length + d.teams.length + d.activities.length);
    for (let i = 0; i < d.attempts.length; i++) {
      const org = d.orgs[d.attempts.org[i]!]!.org_id;
      if (d.users[d.attempts.user[i]!]!.org_id !== org || d.activities[d.attempts.activity[i]!]!.org_id !== org) {
        throw new Error(`attempt ${d.attempts.id[i]} crosses orgs`);
      }
    }
    for (let i = 0; i < d.events.length; i++) {
      const s = d.events.session[i]!;
      const a = d.events.attempt[i]!;
      const t = d.events.occurredAt[i]!;
      if (d.sessions.user[s] !== d.events.user[i] || t < d.sessions.start[s]! || t > d.sessions.end[s]!) {
        throw new Error(`event ${d.events.id.at(i)} outside its session`);
      }
      if (a >= 0 && (d.attempts.user[a] !== d.events.user[i] || d.attempts.activity[a] !== d.events.activity[i])) {
        throw new Error(`event ${d.events.id.at(i)} does not match its attempt`);
      }
    }
  });

  it('should give each team one manager who manages it, and learners', () => {
    for (const team of dataset.teams) {
      const manager = dataset.users[dataset.index.user.get(team.manager_id)!]!;
      expect(manager.role).toBe('manager');
      expect(manager.team_id).toBe(team.team_id);
      const learners = dataset.users.filter((u) => u.team_id === team.team_id && u.role === 'learner');
      expect(learners.length).toBeGreaterThanOrEqual(10);
      expect(dataset.users.filter((u) => u.team_id === team.team_id && u.role === 'manager')).toHaveLength(1);
    }
    for (const org of dataset.orgs) {
      const admins = dataset.users.filter((u) => u.org_id === org.org_id && u.role === 'admin');
      expect(admins.length).toBeGreaterThanOrEqual(1);
      expect(admins.length).toBeLessThanOrEqual(2);
      expect(admins.every((a) => a.team_id === null)).toBe(true);
    }
  });

  it('should use readable ids and names that include long and non-ASCII ones', () => {
    expect(dataset.attempts.id[0]).toBe('att-0000001');
    expect(dataset.users.every((u) => /^org-\d+-u-\d{4}$/.test(u.user_id))).toBe(true);
    expect(dataset.activities.every((a) => /^act-\d+-\d{2}$/.test(a.activity_id))).toBe(true);
    expect(dataset.teams.every((t) => /^org-\d+-team-\d+$/.test(t.team_id))).toBe(true);
    expect(dataset.events.id.at(0)).toMatch(/^evt-\d{8}$/);
    const names = dataset.users.map((u) => u.display_name);
    expect(new Set(names.filter((n, i) => dataset.users[i]!.org_id === 'org-1')).size).toBe(
      dataset.users.filter((u) => u.org_id === 'org-1').length,
    );
    expect(names.some((n) => /[éñüöø]/i.test(n))).toBe(true);
    expect(names.some((n) => /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(n))).toBe(true);
    expect(names.some((n) => n.length >= 35)).toBe(true);
    expect(dataset.users.every((u) => /^[a-z0-9.]+@[a-z0-9.-]+$/.test(u.email))).toBe(true);
    expect(new Set(dataset.users.map((u) => u.plan))).toEqual(new Set(['free', 'starter', 'booster', 'master']));
  });

  it('should raise most learners’ scores with practice', () => {
    let improved = 0;
    let learners = 0;
    dataset.orgs.forEach((org, o) => {
      let orgImproved = 0;
      let orgLearners = 0;
      for (const rows of attemptsByLearner(dataset, o).values()) {
        const scores = rows.map((i) => dataset.attempts.score[i]!).filter((s) => !Number.isNaN(s));
        if (scores.length < 12) continue;
        const half = scores.length >> 1;
        orgLearners++;
        if (mean(scores.slice(half)) > mean(scores.slice(0, half))) orgImproved++;
      }
      expect(orgImproved / orgLearners, org.org_id).toBeGreaterThan(0.55);
      improved += orgImproved;
      learners += orgLearners;
    });
    expect(improved / learners).toBeGreaterThan(0.7);
  });

  it('should score easy activities higher than hard ones', () => {
    dataset.orgs.forEach((org, o) => {
      const byDifficulty: Record<string, number[]> = { easy: [], hard: [] };
      const { start, end } = dataset.ranges.attempts[o]!;
      for (let i = start; i < end; i++) {
        const score = dataset.attempts.score[i]!;
        const level = dataset.activities[dataset.attempts.activity[i]!]!.difficulty;
        if (!Number.isNaN(score) && level !== 'medium') byDifficulty[level]!.push(score);
      }
      expect(mean(byDifficulty.easy!), org.org_id).toBeGreaterThan(mean(byDifficulty.hard!));
    });
  });

  it('should keep scores on each org’s own scale, with natural ties in bands and 0/1', () => {
    const a = dataset.attempts;
    dataset.orgs.forEach((org, o) => {
      const { start, end } = dataset.ranges.attempts[o]!;
      const seen = new Set<number>();
      let scored = 0;
      for (let i = start; i < end; i++) {
        const s = a.score[i]!;
        const done = !Number.isNaN(a.endedAt[i]!);
        if (Number.isNaN(s)) continue;
        scored++;
        seen.add(s);
        if (org.score_scale === 'percent') {
          expect(Number.isInteger(s) && s >= 0 && s <= 100).toBe(true);
          expect(done && a.talkMs[i]! >= 0 && a.listenMs[i]! >= 0 && a.talkMs[i]! + a.listenMs[i]! > 0).toBe(true);
        } else if (org.score_scale === 'band') {
          const bands = [a.task1Band[i]!, a.task2Band[i]!].filter((b) => !Number.isNaN(b));
          expect(s).toBe(Math.round(mean(bands) * 2) / 2);
          expect(s * 2 === Math.round(s * 2) && s >= 0 && s <= 9 && !Number.isNaN(a.goalBand[i]!)).toBe(true);
        } else {
          expect(s === 0 || s === 1).toBe(true);
        }
      }
      if (org.score_scale === 'binary') expect([...seen].sort()).toEqual([0, 1]);
      if (org.score_scale === 'band') expect(seen.size).toBeLessThan(scored / 50);
    });
  });

  it('should leave 5–8% of attempts unscored and about 1% in progress', () => {
    const a = dataset.attempts;
    let unscored = 0;
    let open = 0;
    for (let i = 0; i < a.length; i++) {
      if (Number.isNaN(a.score[i]!)) unscored++;
      if (Number.isNaN(a.endedAt[i]!)) {
        open++;
        expect(Number.isNaN(a.duration[i]!) && Number.isNaN(a.score[i]!)).toBe(true);
      } else {
        expect(a.endedAt[i]! - a.startedAt[i]!).toBe(a.duration[i]! * 1000);
      }
    }
    expect(unscored / a.length).toBeGreaterThan(0.05);
    expect(unscored / a.length).toBeLessThan(0.08);
    expect(open / a.length).toBeGreaterThan(0.005);
    expect(open / a.length).toBeLessThan(0.02);
  });

  it('should keep every instant inside the window [endDate − days, endDate)', () => {
    const inWindow = (t: number) => t >= endMs - 120 * DAY && t < endMs;
    const columns = [dataset.attempts.startedAt, dataset.sessions.start, dataset.sessions.end, dataset.events.occurredAt, dataset.mastery.occurredAt];
    for (const column of columns) expect(column.every(inWindow)).toBe(true);
    expect(dataset.attempts.endedAt.every((t) => Number.isNaN(t) || inWindow(t))).toBe(true);
  });

  it('should practise far more on weekdays than at weekends, in the org’s local time', () => {
    dataset.orgs.forEach((org, o) => {
      const clock = zoneClock(org.timezone);
      const perWeekday = new Array<number>(8).fill(0);
      const { start, end } = dataset.ranges.attempts[o]!;
      for (let i = start; i < end; i++) perWeekday[isoWeekdayOf(clock.localDay(dataset.attempts.startedAt[i]!))]!++;
      const weekday = mean(perWeekday.slice(1, 6));
      const weekend = mean(perWeekday.slice(6, 8));
      expect(weekday / weekend, org.org_id).toBeGreaterThan(1.6);
    });
  });

  it('should peak in the late morning and the evening, local time, and be quiet at night', () => {
    dataset.orgs.forEach((org, o) => {
      const clock = zoneClock(org.timezone);
      const hours = new Array<number>(24).fill(0);
      const { start, end } = dataset.ranges.attempts[o]!;
      for (let i = start; i < end; i++) {
        const t = dataset.attempts.startedAt[i]!;
        hours[Math.floor((((t + clock.offset(t)) % DAY) + DAY) % DAY / 3_600_000)]!++;
      }
      const total = end - start;
      const share = (from: number, to: number) => hours.slice(from, to).reduce((a, b) => a + b, 0) / total;
      expect(share(9, 13), org.org_id).toBeGreaterThan(0.25);
      expect(share(18, 22), org.org_id).toBeGreaterThan(0.2);
      expect(share(14, 18), org.org_id).toBeLessThan(share(9, 13));
      expect(share(1, 6), org.org_id).toBeLessThan(0.03);
    });
  });

  it('should have learners who start late and learners who stop', () => {
    const firstDays: number[] = [];
    const lastDays: number[] = [];
    dataset.orgs.forEach((_, o) => {
      for (const rows of attemptsByLearner(dataset, o).values()) {
        firstDays.push((dataset.attempts.startedAt[rows[0]!]! - (endMs - 120 * DAY)) / DAY);
        lastDays.push((endMs - dataset.attempts.startedAt[rows.at(-1)!]!) / DAY);
      }
    });
    expect(firstDays.filter((d) => d > 20).length).toBeGreaterThan(10);
    expect(lastDays.filter((d) => d > 20).length).toBeGreaterThan(10);
    expect(firstDays.filter((d) => d < 7).length).toBeGreaterThan(firstDays.length / 3);
  });

  it('should assign work that some complete on time, some late and some never', () => {
    const a = dataset.attempts;
    const rates: number[] = [];
    let upcoming = 0;
    let overdue = 0;
    for (const assignment of dataset.assignments) {
      const assignedMs = Date.parse(assignment.assigned_at);
      const dueMs = Date.parse(assignment.due_at);
      expect(dueMs).toBeGreaterThan(assignedMs);
      const team = dataset.teams[dataset.index.team.get(assignment.team_id)!]!;
      expect(assignment.assigned_by).toBe(team.manager_id);
      const assignees = dataset.assignees.filter((x) => x.assignment_id === assignment.assignment_id).map((x) => x.user_id);
      const teamLearners = dataset.users.filter((u) => u.team_id === team.team_id && u.role === 'learner').map((u) => u.user_id);
      expect(assignees.sort()).toEqual(teamLearners.sort());
      const activity = dataset.index.activity.get(assignment.activity_id)!;
      const { start, end } = dataset.ranges.attempts[dataset.index.org.get(assignment.org_id)!]!;
      const assigned = new Set(assignees);
      const done = new Set<string>();
      for (let i = start; i < end; i++) {
        const user = dataset.users[a.user[i]!]!.user_id;
        if (assigned.has(user) && a.activity[i] === activity && a.startedAt[i]! >= assignedMs && !Number.isNaN(a.endedAt[i]!)) {
          done.add(user);
        }
      }
      rates.push(done.size / assignees.length);
      if (dueMs > endMs) upcoming++;
      else if (done.size < assignees.length) overdue++;
    }
    expect(dataset.assignments.length).toBeGreaterThanOrEqual(dataset.teams.length * 3);
    expect(upcoming).toBeGreaterThanOrEqual(dataset.teams.length);
    expect(overdue).toBeGreaterThan(5);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.4);
    expect(rates.filter((r) => r > 0).length).toBeGreaterThan(rates.length * 0.8);
    expect(new Set(dataset.assignments.map((x) => x.required))).toEqual(new Set([true, false]));
  });

  it('should record sessions, KPI events and mastery that match the attempts', () => {
    const d = dataset;
    const perSession = new Int32Array(d.sessions.length);
    for (let i = 0; i < d.events.length; i++) perSession[d.events.session[i]!]!++;
    expect([...perSession]).toEqual([...d.sessions.totalEvents]);
    // Besides the voice calls' KPI events (about 17 in a 7-minute call), an attempt has at most a start, an end and
    // its session's page view.
    const kpi = new Set(kpiEventTypes.map((t) => d.eventTypes.indexOf(t)));
    let kpiEvents = 0;
    for (let i = 0; i < d.events.length; i++) if (kpi.has(d.events.type[i]!)) kpiEvents++;
    expect(kpiEvents).toBeGreaterThan(d.attempts.length);
    expect(d.events.length - kpiEvents).toBeLessThanOrEqual(2.5 * d.attempts.length);
    expect(d.eventTypes).toEqual([
      'assessment_complete',
      'attempt_completed',
      'attempt_started',
      'filler_word',
      'interruption',
      'keyword_mentioned',
      'lesson_complete',
      'long_pause',
      'objection_raised',
      'page_view',
      'question_asked',
    ]);
    const pageView = d.eventTypes.indexOf('page_view');
    for (let i = 0; i < d.events.length; i++) {
      expect(d.events.type[i] === pageView).toBe(d.events.attempt[i] === -1);
      JSON.parse(d.events.payloadTexts[d.events.payload[i]!]!);
    }
    for (let i = 0; i < d.mastery.length; i++) {
      expect(d.mastery.delta[i]).toBeCloseTo(d.mastery.current[i]! - d.mastery.previous[i]!, 9);
      if (d.mastery.evidence[i]! > 1) expect(d.mastery.confidence[i]).toBeGreaterThan(1 - 1 / (1 + 0.3 * 1));
    }
  });

  it('should number events, sessions and mastery deltas in final order and code event payloads, holding no string per row, also when read back', () => {
    const ids = [...tableRows(dataset, 'events')].map((e) => e.event_id);
    expect(ids.length).toBe(dataset.events.length);
    ids.forEach((id, i) => {
      if (id !== `evt-${String(i + 1).padStart(8, '0')}`) throw new Error(`event row ${i} has id ${String(id)}`);
    });
    const sessionIds = [...tableRows(dataset, 'sessions')].map((s) => s.session_id);
    sessionIds.forEach((id, i) => expect(id).toBe(`ses-${String(i + 1).padStart(7, '0')}`));
    const deltaIds = [...tableRows(dataset, 'mastery_deltas')].map((m) => m.delta_id);
    deltaIds.forEach((id, i) => expect(id).toBe(`md-${String(i + 1).padStart(7, '0')}`));
    for (const table of [dataset.events, dataset.sessions, dataset.mastery]) expect(Array.isArray(table.id)).toBe(false);
    expect(dataset.index.session.get(String(sessionIds[5]))).toBe(5);
    const rows = Object.fromEntries(tableNames.map((t) => [t, [...tableRows(dataset, t)]])) as unknown as DatasetRows;
    const back = datasetFromRows(rows);
    for (const table of [back.events, back.sessions, back.mastery]) expect(Array.isArray(table.id)).toBe(false);
    for (const table of ['events', 'sessions', 'mastery_deltas'] as const) expect(serialised(back, table), table).toBe(serialised(dataset, table));
    // Payloads are held once each, as 16-bit codes per event.
    expect(back.events.payload).toBeInstanceOf(Uint16Array);
    expect(new Set(back.events.payloadTexts).size).toBe(back.events.payloadTexts.length);
    expect(back.events.payloadTexts.length).toBeLessThan(300);
    // Ids of any other shape are kept as read; more distinct payloads than 16 bits hold take 32-bit codes.
    const twice = [...rows.events!, ...rows.events!].map((e, i) => ({ ...e, event_id: `e${i}`, payload: `{"n":${i}}` }));
    expect(twice.length).toBeGreaterThan(0x10000);
    const unusual = datasetFromRows({ ...rows, events: twice });
    expect(unusual.events.payload).toBeInstanceOf(Uint32Array);
    const read = [...tableRows(unusual, 'events')];
    expect(new Set(read.map((e) => e.event_id)).size).toBe(twice.length);
    for (const e of read) if (e.payload !== `{"n":${String(e.event_id).slice(1)}}`) throw new Error(`${String(e.event_id)} read back with ${String(e.payload)}`);
  });

  it('should size the event columns from what each kind of org generates per attempt', () => {
    // Generation reserves each org's attempts × (its kind's events + 0.9 page views): enough, and not far above.
    const pageView = dataset.eventTypes.indexOf('page_view');
    dataset.orgs.forEach((org, o) => {
      const kind = orgKinds[o % orgKinds.length]!;
      const attempts = dataset.ranges.attempts[o]!.end - dataset.ranges.attempts[o]!.start;
      const { start, end } = dataset.ranges.events[o]!;
      let pageViews = 0;
      for (let i = start; i < end; i++) if (dataset.events.type[i] === pageView) pageViews++;
      expect(end - start, org.org_id).toBeLessThanOrEqual(attempts * (kind.eventsPerAttempt + 0.9));
      expect((end - start - pageViews) / attempts, org.org_id).toBeGreaterThan(0.85 * kind.eventsPerAttempt);
      expect((end - start - pageViews) / attempts, org.org_id).toBeLessThan(1.05 * kind.eventsPerAttempt);
    });
  });

  it('should count filler words mostly in early practice', () => {
    const filler = dataset.eventTypes.indexOf('filler_word');
    const { start, end } = dataset.ranges.events[0]!;
    const midpoint = endMs - 60 * DAY;
    let early = 0;
    let late = 0;
    for (let i = start; i < end; i++) {
      if (dataset.events.type[i] === filler) dataset.events.occurredAt[i]! < midpoint ? early++ : late++;
    }
    expect(early).toBeGreaterThan(late);
  });

  it('should leave events, sessions and mastery empty without events, and the attempts unchanged', () => {
    const options = { seed: 5, orgs: 3, learnersPerOrg: 12, days: 40, endDate: '2026-11-01' };
    const without = createMockDataset({ ...options, withEvents: false });
    const withEvents = createMockDataset(options);
    expect([without.events.length, without.sessions.length, without.mastery.length]).toEqual([0, 0, 0]);
    expect(without.events.occurredAt).toHaveLength(0);
    expect(without.ranges.events.every((r) => r.start === 0 && r.end === 0)).toBe(true);
    expect(serialised(without, 'attempts')).toBe(serialised(withEvents, 'attempts'));
  });

  it('should land within 5% of targetAttempts', () => {
    const big = createMockDataset({ endDate: '2026-11-01', seed: 9, targetAttempts: 200_000, withEvents: false });
    expect(Math.abs(big.attempts.length / 200_000 - 1)).toBeLessThan(0.05);
    const small = createMockDataset({ endDate: '2026-11-01', seed: 9, orgs: 1, learnersPerOrg: 30, targetAttempts: 5_000 });
    expect(Math.abs(small.attempts.length / 5_000 - 1)).toBeLessThan(0.05);
  });

  it('should refuse options it cannot honour', () => {
    expect(() => createMockDataset({ seed: 1, endDate: '2026-13-45' })).toThrow(/endDate/);
    expect(() => createMockDataset({ seed: 1, endDate: '2026-02-30' })).toThrow(/endDate/);
    expect(() => createMockDataset({ endDate: '2026-11-01', seed: 1, orgs: 0 })).toThrow(/orgs/);
    expect(() => createMockDataset({ endDate: '2026-11-01', seed: 1, days: 2.5 })).toThrow(/days/);
    expect(() => createMockDataset({ endDate: '2026-11-01', seed: Number.NaN })).toThrow(/seed/);
  });
});
