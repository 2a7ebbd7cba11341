import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingest, mapRecords, type Reject } from './ingest.js';
import { fetchStatementPages } from './sources.js';

const dirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'learnlens-ingest-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const REG = '2d5a1e0c-7c1b-4c39-9e1e-0b1f6a2f9a11';
const statement = (over: Record<string, unknown> = {}) => ({
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'learner_1' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  object: { objectType: 'Activity', id: 'https://lms.example/quiz/1', definition: { type: 'http://adlnet.gov/expapi/activities/assessment' } },
  result: { score: { scaled: 0.85 }, success: true, duration: 'PT1M30S' },
  context: { registration: REG },
  timestamp: '2025-09-05T10:45:30.000Z',
  version: '1.0.3',
  ...over,
});

function readCsvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  // Fields hold JSON with commas: split on commas outside quotes.
  return lines.map((line) => {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replaceAll('""', '"'));
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

describe('ingest --format xapi', () => {
  it('should map a statement to a raw event as documented', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.json'), JSON.stringify([statement()]));
    const summary = await ingest({ format: 'xapi', inputs: [join(dir, 'a.json')], out: join(dir, 'out'), processedAt: '2025-09-07T04:00:00.000Z' });
    expect(summary).toMatchObject({ accepted: 1, rejected: 0 });
    const [row] = readCsvRows(summary.eventsFile);
    expect(row).toMatchObject({
      learner_id: 'learner_1',
      event_type: 'assessment_complete',
      event_id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
      session_id: REG,
      timestamp: '2025-09-05T10:45:30.000Z',
      version: 'xapi-1.0.3',
      processed_at: '2025-09-07T04:00:00.000Z',
      partition_date: '2025-09-05',
    });
    expect(JSON.parse(row!.data!)).toEqual({
      content_id: 'https://lms.example/quiz/1',
      content_type: 'assessment',
      score: 85,
      success: true,
      duration_seconds: 90,
    });
  });

  it('should read arrays, JSON Lines and StatementResult pages of xAPI 1.0.3 and 2.0', async () => {
    const dir = scratch();
    const input = join(dir, 'in');
    mkdirSync(join(input, '2025', '09', '05'), { recursive: true });
    writeFileSync(join(input, '2025', '09', '05', 'array.json'), JSON.stringify([statement({ id: undefined }), statement({ id: undefined })]));
    writeFileSync(
      join(input, 'page.json'),
      JSON.stringify({ statements: [statement({ id: '11111111-1111-4111-8111-111111111111', version: '2.0.0', verb: { id: 'https://w3id.org/xapi/adl/verbs/experienced' } })], more: '' }),
    );
    writeFileSync(join(input, 'lines.jsonl'), `${JSON.stringify(statement({ id: '22222222-2222-4222-8222-222222222222' }))}\n\n${JSON.stringify({ statements: [statement({ id: '33333333-3333-4333-8333-333333333333' })] })}\n`);
    const summary = await ingest({ format: 'xapi', inputs: [input], out: join(dir, 'out') });
    expect(summary).toMatchObject({ files: 3, accepted: 5, rejected: 0 });
    const rows = readCsvRows(summary.eventsFile);
    // Identical statements without an id get the same content-derived id, so the transform keeps one.
    expect(rows[0]!.event_id).toBe(rows[1]!.event_id);
    expect(rows.find((r) => r.event_id?.startsWith('1111'))?.event_type).toBe('page_view');
  });

  it('should report every invalid statement with its index, field and reason, and go on with the valid ones', async () => {
    const dir = scratch();
    const bad = [
      statement(),
      statement({ actor: { objectType: 'Agent', name: 'nobody' } }),
      statement({ actor: { mbox: 'mailto:a@b.example', account: { homePage: 'https://x.example', name: 'a' } } }),
      statement({ verb: { id: 'completed' } }),
      statement({ result: { score: { scaled: 1.5 } } }),
      statement({ result: { duration: 'PT1X' } }),
      statement({ timestamp: undefined }),
      statement({ result: { score: { raw: 120 } } }),
    ];
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'broken.jsonl'), `${JSON.stringify(statement({ id: '44444444-4444-4444-8444-444444444444' }))}\n{not json\n`);
    const summary = await ingest({ format: 'xapi', inputs: [join(dir, 'bad.json'), join(dir, 'broken.jsonl')], out: join(dir, 'out') });
    expect(summary).toMatchObject({ accepted: 2, rejected: 8 });
    const rejects = readFileSync(summary.rejectsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Reject);
    expect(rejects.map((r) => [r.index, r.field])).toEqual([
      [1, 'actor'],
      [2, 'actor'],
      [3, 'verb.id'],
      [4, 'result.score.scaled'],
      [5, 'result.duration'],
      [6, 'timestamp'],
      [7, 'result.score'],
      [9, '(statement)'],
    ]);
    expect(rejects[0]!.reason).toMatch(/exactly one of mbox, mbox_sha1sum, openid or account/);
    expect(rejects[7]!).toMatchObject({ position: 2, reason: expect.stringMatching(/line 2 is not JSON/) });
    expect(rejects[1]!.record).toEqual(bad[2]);
  });

  it('should pseudonymise learners when given a key, and follow an overriding verb table', async () => {
    const events = [];
    for await (const outcome of mapRecords(
      [{ value: statement({ actor: { mbox: 'mailto:Ada@School.example' }, verb: { id: 'http://example.com/verbs/watched' } }), file: 'mem', position: 1 }],
      { format: 'xapi', processedAt: '2025-09-07T00:00:00.000Z', xapi: { learnerIdKey: 'secret', verbs: { watched: 'page_view' } } },
    )) events.push(outcome);
    const event = (events[0] as { event: { learner_id: string; event_type: string } }).event;
    expect(event.learner_id).toMatch(/^lrn_[0-9a-f]{24}$/);
    expect(event.learner_id).not.toContain('ada');
    expect(event.event_type).toBe('page_view');
  });
});

describe('ingest --format raw', () => {
  it('should accept JSON Lines, CSV and Parquet-shaped rows and refuse bad ones with a reason', async () => {
    const dir = scratch();
    const good = { learner_id: 'l1', event_type: 'page_view', event_id: 'x1', session_id: 's1', timestamp: '2025-09-05 10:30:00', data: { page: '/' } };
    writeFileSync(join(dir, 'a.jsonl'), [good, { ...good, event_id: '' }, { ...good, event_id: 'x2', timestamp: 'yesterday' }].map((e) => JSON.stringify(e)).join('\n'));
    writeFileSync(join(dir, 'b.csv'), 'learner_id,event_type,event_id,session_id,timestamp,data\r\nl1,interaction,x3,s1,2025-09-05T10:31:00Z,"{""element"":""button""}"\r\nl1,interaction,x4,s1,2025-09-05T10:32:00Z,not-json\r\n');
    const summary = await ingest({ format: 'raw', inputs: [join(dir, 'a.jsonl'), join(dir, 'b.csv')], out: join(dir, 'out') });
    expect(summary).toMatchObject({ accepted: 2, rejected: 3 });
    const rows = readCsvRows(summary.eventsFile);
    expect(rows.map((r) => [r.event_id, r.timestamp, r.partition_date])).toEqual([
      ['x1', '2025-09-05T10:30:00.000Z', '2025-09-05'],
      ['x3', '2025-09-05T10:31:00.000Z', '2025-09-05'],
    ]);
    const rejects = readFileSync(summary.rejectsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Reject);
    expect(rejects.map((r) => [r.index, r.field, r.position])).toEqual([
      [1, 'event_id', 2],
      [2, 'timestamp', 3],
      [4, 'data', 3],
    ]);
  });
});

describe('fetchStatementPages', () => {
  it('should follow an LRS StatementResult `more` link until the last page', async () => {
    const pages: Record<string, unknown> = {
      '/xapi/statements': { statements: [statement({ id: '55555555-5555-4555-8555-555555555555' })], more: '/xapi/statements?page=2' },
      '/xapi/statements?page=2': { statements: [statement({ id: '66666666-6666-4666-8666-666666666666' })], more: '' },
    };
    const server = createServer((req, res) => {
      const page = pages[req.url ?? ''];
      res.writeHead(page ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(page ?? {}));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const ids: string[] = [];
      for await (const outcome of mapRecords(fetchStatementPages(`http://127.0.0.1:${port}/xapi/statements`), { format: 'xapi' })) {
        if ('event' in outcome) ids.push(outcome.event.event_id);
      }
      expect(ids).toEqual(['55555555-5555-4555-8555-555555555555', '66666666-6666-4666-8666-666666666666']);
    } finally {
      server.close();
    }
  });
});
