import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest } from '../ingest/ingest.js';
import { smallEvents } from '../test-fixtures/smallEvents.js';
import { transform } from './transform.js';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-transform-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

async function ingestEvents(events: unknown[], dir: string, name = 'events.jsonl'): Promise<string> {
  const input = join(dir, 'in');
  rmSync(input, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(input, { recursive: true });
  writeFileSync(join(input, name), events.map((e) => JSON.stringify(e)).join('\n'));
  const raw = join(dir, 'raw');
  await ingest({ format: 'raw', inputs: [input], out: raw, processedAt: '2025-09-07T04:00:00.000Z' });
  return raw;
}

describe('transform', () => {
  it('should compute minute metrics worked out by hand, idle gaps capped at 300 s', async () => {
    const dir = scratch();
    const raw = await ingestEvents(smallEvents, dir);
    const out = join(dir, 'out');
    const summary = await transform({ events: [raw], out });
    expect(summary.partitions).toEqual(['2025-09-05', '2025-09-06']);
    const minutes = readCsv(join(out, 'minute_metrics.csv')).map((r) => [
      r.learner_id, r.minute_timestamp, r.session_id, r.total_events, r.page_views, r.interactions, r.assessments_started,
      r.assessments_completed, r.lessons_started, r.lessons_completed, r.errors, r.time_spent_seconds, r.partition_date,
    ]);
    expect(minutes).toEqual([
      ['learner_1', '2025-09-05T10:30:00.000Z', 'S1', '3', '1', '0', '0', '0', '1', '0', '0', '80.00', '2025-09-05'],
      ['learner_1', '2025-09-05T10:31:00.000Z', 'S1', '1', '0', '1', '0', '0', '0', '0', '0', '100.00', '2025-09-05'],
      ['learner_1', '2025-09-05T10:33:00.000Z', 'S1', '1', '0', '0', '0', '0', '0', '1', '0', '300.00', '2025-09-05'],
      ['learner_1', '2025-09-05T10:40:00.000Z', 'S1', '1', '0', '0', '1', '0', '0', '0', '0', '300.00', '2025-09-05'],
      ['learner_1', '2025-09-05T10:45:00.000Z', 'S1', '2', '1', '0', '0', '1', '0', '0', '0', '30.00', '2025-09-05'],
      ['learner_1', '2025-09-05T10:46:00.000Z', 'S1', '1', '0', '0', '0', '0', '0', '0', '0', '0.00', '2025-09-05'],
      ['learner_1', '2025-09-05T23:58:00.000Z', 'S2', '1', '1', '0', '0', '0', '0', '0', '0', '90.00', '2025-09-05'],
      ['learner_1', '2025-09-05T23:59:00.000Z', 'S2', '1', '0', '0', '1', '0', '0', '0', '0', '90.00', '2025-09-05'],
      ['learner_1', '2025-09-06T00:01:00.000Z', 'S2', '1', '0', '0', '0', '1', '0', '0', '0', '0.00', '2025-09-06'],
      ['learner_2', '2025-09-06T00:20:00.000Z', 'S3', '1', '0', '0', '0', '0', '1', '0', '0', '300.00', '2025-09-06'],
      ['learner_2', '2025-09-06T00:25:00.000Z', 'S3', '1', '0', '0', '0', '0', '0', '0', '1', '0.00', '2025-09-06'],
    ]);
  });

  it('should compute all 19 session columns worked out by hand, a session over midnight in its start day', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    await transform({ events: [await ingestEvents(smallEvents, dir)], out });
    const sessions = readCsv(join(out, 'session_metrics.csv'));
    expect(Object.keys(sessions[0]!)).toHaveLength(19);
    expect(sessions.map(({ created_at, updated_at, ...rest }) => rest)).toEqual([
      {
        session_id: 'S1', learner_id: 'learner_1', session_start: '2025-09-05T10:30:00.000Z', session_end: '2025-09-05T10:46:00.000Z',
        duration_seconds: '960.00', total_events: '9', unique_pages: '1', total_interactions: '1', lessons_attempted: '1',
        lessons_completed: '1', assessments_attempted: '1', assessments_completed: '1', avg_assessment_score: '90.00',
        completion_rate: '1.0000', is_active: 'false', last_activity: '2025-09-05T10:46:00.000Z', partition_date: '2025-09-05',
      },
      {
        session_id: 'S2', learner_id: 'learner_1', session_start: '2025-09-05T23:58:00.000Z', session_end: '2025-09-06T00:01:00.000Z',
        duration_seconds: '180.00', total_events: '3', unique_pages: '1', total_interactions: '0', lessons_attempted: '0',
        lessons_completed: '0', assessments_attempted: '1', assessments_completed: '1', avg_assessment_score: '40.00',
        completion_rate: '1.0000', is_active: 'true', last_activity: '2025-09-06T00:01:00.000Z', partition_date: '2025-09-05',
      },
      {
        session_id: 'S3', learner_id: 'learner_2', session_start: '2025-09-06T00:20:00.000Z', session_end: '2025-09-06T00:25:00.000Z',
        duration_seconds: '300.00', total_events: '2', unique_pages: '0', total_interactions: '0', lessons_attempted: '1',
        lessons_completed: '0', assessments_attempted: '0', assessments_completed: '0', avg_assessment_score: '',
        completion_rate: '0.0000', is_active: 'true', last_activity: '2025-09-06T00:25:00.000Z', partition_date: '2025-09-06',
      },
    ]);
  });

  it('should trace mastery with the documented model, worked out by hand', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    await transform({ events: [await ingestEvents(smallEvents, dir)], out });
    const deltas = readCsv(join(out, 'mastery_deltas.csv')).map((r) => [
      r.learner_id, r.content_id, r.content_type, r.previous_mastery, r.current_mastery, r.mastery_delta, r.trigger_event_id,
      r.trigger_event_type, r.session_id, r.confidence_score, r.evidence_count, r.partition_date,
    ]);
    // prior 0.2, learn 0.15, slip 0.1, guess 0.2; confidence n / (n + 3).
    // lesson_001, score 0.8: P(L|right) = .18/.34, P(L|wrong) = .02/.66, posterior .8·.5294 + .2·.0303 = .4296, + .5704·.15 = .5152
    // q1, success: .5294 + .4706·.15 = .6
    // quiz_1, 0.9 → .5576; then 0.4 → .5084
    expect(deltas).toEqual([
      ['learner_1', 'lesson_001', 'lesson', '0.2000', '0.5152', '0.3152', 'e5', 'lesson_complete', 'S1', '0.2500', '1', '2025-09-05'],
      ['learner_1', 'q1', 'skill', '0.2000', '0.6000', '0.4000', 'e4', 'interaction', 'S1', '0.2500', '1', '2025-09-05'],
      ['learner_1', 'quiz_1', 'assessment', '0.2000', '0.5576', '0.3576', 'e7', 'assessment_complete', 'S1', '0.2500', '1', '2025-09-05'],
      ['learner_1', 'quiz_1', 'assessment', '0.5576', '0.5084', '-0.0492', 'f3', 'assessment_complete', 'S2', '0.4000', '2', '2025-09-06'],
    ]);
  });
});

describe('transform, run again', () => {
  it('should change nothing when rerun over the same events, byte for byte', async () => {
    const dir = scratch();
    const raw = await ingestEvents(smallEvents, dir);
    const out = join(dir, 'out');
    await transform({ events: [raw], out });
    const first = ['minute_metrics', 'session_metrics', 'mastery_deltas'].map((t) => readFileSync(join(out, `${t}.csv`), 'utf8'));
    const again = await transform({ events: [raw], out });
    expect(again.partitions).toEqual([]);
    const forced = await transform({ events: [raw], out, dates: ['2025-09-05'] });
    expect(forced.partitions).toEqual(['2025-09-05']);
    const second = ['minute_metrics', 'session_metrics', 'mastery_deltas'].map((t) => readFileSync(join(out, `${t}.csv`), 'utf8'));
    expect(second).toEqual(first);
    const jobs = readCsv(join(out, 'etl_job_status.csv'));
    expect(jobs.map((j) => [j.job_type, j.status])).toEqual([
      ['transform', 'completed'], ['validate', 'completed'],
      ['transform', 'completed'], ['validate', 'completed'],
      ['transform', 'completed'], ['validate', 'completed'],
    ]);
    expect(jobs.map((j) => j.records_processed).filter((_, i) => i % 2 === 0)).toEqual(['14', '0', '11']);
  });

  it('should reprocess only the day a late event arrives for, and the session it belongs to', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    await transform({ events: [await ingestEvents(smallEvents, dir)], out });
    const late = { ...smallEvents[2]!, event_id: 'late1', event_type: 'page_view', timestamp: '2025-09-05T10:46:30Z', data: { page: '/late' }, processed_at: '2025-09-08T04:00:00Z' };
    const summary = await transform({ events: [await ingestEvents([...smallEvents, late], dir)], out });
    expect(summary.partitions).toEqual(['2025-09-05']);
    const s1 = readCsv(join(out, 'session_metrics.csv')).find((s) => s.session_id === 'S1')!;
    expect([s1.total_events, s1.unique_pages, s1.duration_seconds, s1.session_end]).toEqual(['10', '2', '990.00', '2025-09-05T10:46:30.000Z']);
    const minute = readCsv(join(out, 'minute_metrics.csv')).filter((m) => m.session_id === 'S1' && m.minute_timestamp === '2025-09-05T10:46:00.000Z');
    expect(minute.map((m) => [m.total_events, m.page_views, m.time_spent_seconds])).toEqual([['2', '1', '30.00']]);
    expect(summary.validation?.ok).toBe(true);
  });

  it("should round a minute's time spent once, from whole milliseconds: 1.005 s is 1.01", async () => {
    // As seconds in doubles 1.005 is 1.00499…, and the old sum gave 1.00; worse, a sum of several such gaps depended on
    // the order DuckDB's threads added them in (one minute in 1.8M came out 0.01 apart between runs at 10M events).
    const dir = scratch();
    const event = (id: string, timestamp: string) => ({ ...smallEvents[0]!, event_id: id, session_id: 'R1', event_type: 'page_view', timestamp, data: { page: '/a' } });
    const out = join(dir, 'out');
    await transform({ events: [await ingestEvents([event('r1', '2025-09-05T10:00:00.000Z'), event('r2', '2025-09-05T10:00:01.005Z')], dir)], out });
    const minutes = readCsv(join(out, 'minute_metrics.csv')).filter((m) => m.session_id === 'R1');
    expect(minutes.map((m) => m.time_spent_seconds)).toEqual(['1.01']);
  });

  it('should keep one copy of an event delivered twice', async () => {
    const dir = scratch();
    const out = join(dir, 'out');
    const summary = await transform({ events: [await ingestEvents([...smallEvents, smallEvents[0]!], dir)], out });
    expect(summary.events).toBe(smallEvents.length);
    expect(readCsv(join(out, 'session_metrics.csv')).find((s) => s.session_id === 'S1')!.total_events).toBe('9');
  });

  it('should keep the first processed copy of a re-delivered event, and count rows whose timestamp cannot be read', async () => {
    const dir = scratch();
    const raw = join(dir, 'raw');
    mkdirSync(raw, { recursive: true });
    const row = (id: string, at: string, processed: string, page: string) => `L1,page_view,${id},S1,${at},"{""page"":""${page}""}",{},1.0,${processed},2025-09-05,x`;
    writeFileSync(
      join(raw, 'raw_events.csv'),
      [
        'learner_id,event_type,event_id,session_id,timestamp,data,metadata,version,processed_at,partition_date,s3_path',
        row('a', '2025-09-05T10:00:00Z', '2025-09-05T12:00:00Z', '/a'),
        row('b', 'not a time', '2025-09-05T12:00:00Z', '/b'),
        row('c', '2025-09-05T10:01:00Z', '2025-09-05T12:00:00Z', '/c'),
        row('c', 'yesterday', '2025-09-05T11:00:00Z', '/c-bad'),
        row('d', '2025-09-05T10:02:00Z', '2025-09-05T13:00:00Z', '/d-later'),
        row('d', '2025-09-05T10:03:00Z', '2025-09-05T12:30:00Z', '/d-first'),
      ].join('\n'),
    );
    const summary = await transform({ events: [raw], out: join(dir, 'out') });
    expect([summary.events, summary.unreadable]).toEqual([3, 2]);
    const [session] = readCsv(join(dir, 'out', 'session_metrics.csv'));
    // d's copy processed first (12:30) is kept: the session ends at its 10:03, and its page counts.
    expect([session!.total_events, session!.unique_pages, session!.session_end]).toEqual(['3', '3', '2025-09-05T10:03:00.000Z']);
  });

  it('should count rows whose payload is not JSON like rows whose timestamp cannot be read, and go on with the rest', async () => {
    const dir = scratch();
    const raw = join(dir, 'raw');
    mkdirSync(raw, { recursive: true });
    const row = (id: string, at: string, processed: string, data: string) => `L1,page_view,${id},S1,${at},"${data.replaceAll('"', '""')}",{},1.0,${processed},2025-09-05,x`;
    writeFileSync(
      join(raw, 'raw_events.csv'),
      [
        'learner_id,event_type,event_id,session_id,timestamp,data,metadata,version,processed_at,partition_date,s3_path',
        row('a', '2025-09-05T10:00:00Z', '2025-09-05T12:00:00Z', '{"page":"/a"}'),
        row('b', '2025-09-05T10:01:00Z', '2025-09-05T12:00:00Z', '{"page": "/b"'),
        row('c', '2025-09-05T10:02:00Z', '2025-09-05T12:00:00Z', '{"page":"/c"}'),
        // A re-delivered event whose first processed copy is unreadable: the readable copy is kept, as for timestamps.
        row('d', '2025-09-05T10:03:00Z', '2025-09-05T11:00:00Z', 'not json'),
        row('d', '2025-09-05T10:04:00Z', '2025-09-05T12:00:00Z', '{"page":"/d"}'),
      ].join('\n'),
    );
    const summary = await transform({ events: [raw], out: join(dir, 'out') });
    expect([summary.events, summary.unreadable]).toEqual([3, 2]);
    expect(summary.validation?.ok).toBe(true);
    const [session] = readCsv(join(dir, 'out', 'session_metrics.csv'));
    expect([session!.total_events, session!.unique_pages, session!.session_end]).toEqual(['3', '3', '2025-09-05T10:04:00.000Z']);
    const [job] = readCsv(join(dir, 'out', 'etl_job_status.csv')).filter((j) => j.job_type === 'transform');
    expect([job!.status, job!.records_failed]).toEqual(['completed', '2']);
  });

  it('should read instants with an offset or a zone name as the instant they name, beside those ending in Z', async () => {
    const dir = scratch();
    const raw = join(dir, 'raw');
    mkdirSync(raw, { recursive: true });
    const row = (id: string, session: string, at: string) => `L1,page_view,${id},${session},${at},{},{},1.0,2025-09-05T12:00:00Z,2025-09-05,x`;
    writeFileSync(
      join(raw, 'raw_events.csv'),
      [
        'learner_id,event_type,event_id,session_id,timestamp,data,metadata,version,processed_at,partition_date,s3_path',
        // Z is read by the plain cast; +02:00 and a zone name must still be applied: 10:00+02:00 is 08:00 UTC.
        row('a', 'S1', '2025-09-05T08:00:00.250Z'),
        row('b', 'S1', '2025-09-05T10:01:00+02:00'),
        row('c', 'S2', '2025-09-05 04:00:00 America/New_York'),
        row('d', 'S2', '2025-09-05T08:05:00Z'),
      ].join('\n'),
    );
    await transform({ events: [raw], out: join(dir, 'out') });
    const sessions = readCsv(join(dir, 'out', 'session_metrics.csv')).map((s) => [s.session_id, s.session_start, s.session_end, s.duration_seconds]);
    expect(sessions).toEqual([
      ['S2', '2025-09-05T08:00:00.000Z', '2025-09-05T08:05:00.000Z', '300.00'],
      ['S1', '2025-09-05T08:00:00.250Z', '2025-09-05T08:01:00.000Z', '59.75'],
    ]);
  });

  it('should break a tie between re-delivered copies processed at the same time by their contents, in whichever file each lies', async () => {
    const dir = scratch();
    const raw = join(dir, 'raw');
    mkdirSync(raw, { recursive: true });
    const header = 'learner_id,event_type,event_id,session_id,timestamp,data,metadata,version,processed_at,partition_date,s3_path';
    const row = (id: string, page: string) => `L1,page_view,${id},S1,2025-09-05T10:00:00Z,"{""page"":""${page}""}",{},1.0,2025-09-05T12:00:00Z,2025-09-05,x`;
    // Same id, processed time, source and instant: the copy whose payload sorts first ({"page":"/a"}) is kept.
    writeFileSync(join(raw, 'raw_events_1.csv'), [header, row('a', '/b'), row('z', '/z')].join('\n'));
    writeFileSync(join(raw, 'raw_events_2.csv'), [header, row('a', '/a')].join('\n'));
    const summary = await transform({ events: [raw], out: join(dir, 'out'), canonicalOrg: 'org' });
    expect(summary.events).toBe(2);
    const events = readCsv(join(dir, 'out', 'canonical', 'events.csv'));
    expect(events.map((e) => e.event_id)).toEqual(['a', 'z']);
    expect(readFileSync(join(dir, 'out', 'canonical', 'events.csv'), 'utf8')).toContain('/a');
    expect(readFileSync(join(dir, 'out', 'canonical', 'events.csv'), 'utf8')).not.toContain('/b');
  });

  it('should read a file again when it changed, even at the same size and modification time', async () => {
    const dir = scratch();
    const raw = await ingestEvents(smallEvents, dir);
    const out = join(dir, 'out');
    await transform({ events: [raw], out });
    const file = join(raw, 'raw_events.csv');
    const before = statSync(file);
    const text = readFileSync(file, 'utf8');
    // Same length, another score: only the change time (and content) tell the files apart.
    const changed = text.replace(/score(\W+)90/, 'score$110');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    utimesSync(file, before.atime, before.mtime);
    expect(statSync(file).size).toBe(before.size);
    const again = await transform({ events: [raw], out });
    expect(again.partitions).toEqual(['2025-09-05']);
    expect(readCsv(join(out, 'session_metrics.csv')).find((s) => s.session_id === 'S1')!.avg_assessment_score).toBe('10.00');
    // Untouched since: nothing to reprocess, and the validation still compares the tables with the events.
    const third = await transform({ events: [raw], out });
    expect(third.partitions).toEqual([]);
    expect(third.validation?.ok).toBe(true);
    expect(third.events).toBe(again.events);
  });
});
