import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Viewer } from '@learnlens/data-client';
import { createMockAdapter, createMockDataset } from '@learnlens/mock';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, type SmtpServer } from '../../../../testing/smtp.js';
import { directoryFromTables, type JobDirectory } from '../directory.js';
import { fileDeliveryLog, memoryDeliveryLog } from './deliveryLog.js';
import { runDigest } from './runDigest.js';
import { emlFileSender, smtpSender } from './senders.js';

const dataset = createMockDataset({ endDate: '2026-11-01', seed: 3, orgs: 2, learnersPerOrg: 36, days: 60 });
const client = createClient({ adapter: createMockAdapter({ dataset }) });
const directory = directoryFromTables(dataset);
const managers = dataset.users.filter((u) => u.role === 'manager');
const orgZone = new Map(dataset.orgs.map((o) => [o.org_id, o.timezone]));
// A Wednesday inside the generated history: the digest covers Monday 2026-10-19 to Sunday 2026-10-25.
const WEEK_DAY = '2026-10-21';
// How an en-US reader sees a score (Intl rounds the decimal value half away from zero, unlike toFixed).
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

let smtp: SmtpServer;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.stop();
});

/** What the dashboard shows the manager for that week, straight from the two catalog queries. */
async function dashboardNumbers(managerId: string, orgId: string) {
  const viewer: Viewer = { userId: managerId, role: 'manager', orgId };
  const timezone = orgZone.get(orgId)!;
  const board = await client.query('leaderboard', { period: 'range', from: '2026-10-19', to: '2026-10-26', timezone }, { viewer });
  const progress = await client.query('assignmentProgress', { to: '2026-10-26', timezone, now: '2026-10-26T12:00:00Z' }, { viewer });
  const attempts = board.rows.reduce((s, r) => s + r.attempts, 0);
  const average = attempts === 0 ? null : board.rows.reduce((s, r) => s + r.avgScore * r.attempts, 0) / attempts;
  const assigned = progress.rows.reduce((s, r) => s + r.assigned, 0);
  const completed = progress.rows.reduce((s, r) => s + r.completed, 0);
  const line = (r: (typeof board.rows)[number]) => `${r.rank}. ${r.displayName}: ${oneDecimal.format(r.avgScore)} (${r.attempts} ${r.attempts === 1 ? 'attempt' : 'attempts'})`;
  return {
    top: board.rows.slice(0, 5).map(line),
    bottom: board.rows.slice(5).slice(-5).map(line),
    average: average === null ? null : oneDecimal.format(average),
    completion: assigned === 0 ? null : `${Math.round((completed / assigned) * 100)}%`,
    active: board.rows.length,
  };
}

/** The numbers as the plain-text part states them. */
function readText(text: string) {
  const section = (title: string) => {
    const lines = text.split('\n');
    const start = lines.indexOf(`${title}:`);
    if (start === -1) return [];
    const out: string[] = [];
    for (const l of lines.slice(start + 1)) {
      if (!/^ {2}\d+\. /.test(l)) break;
      out.push(l.trim());
    }
    return out;
  };
  return {
    top: section('Top performers'),
    bottom: section('Needs attention'),
    average: /^Team average score: ([\d.]+)$/m.exec(text)?.[1] ?? null,
    completion: /^Assignment completion: (\d+%)/m.exec(text)?.[1] ?? null,
    active: Number(/^Active learners: (\d+)$/m.exec(text)?.[1]),
  };
}

async function received(): Promise<ParsedMail[]> {
  return Promise.all(smtp.messages.map((m) => simpleParser(m.raw)));
}

describe('runDigest', () => {
  it('should send each manager one email whose top/bottom 5, team average and completion rate are the dashboard numbers, and nothing on a rerun', async () => {
    const log = memoryDeliveryLog();
    const sender = smtpSender(smtp.url);
    const result = await runDigest({ client, directory, week: WEEK_DAY, from: 'Learnlens <digest@learnlens.test>', send: sender, deliveryLog: log, retryDelayMs: 1 });
    expect(result.failed).toEqual([]);
    expect(result.sent.map((s) => s.managerId)).toEqual(managers.map((m) => m.user_id));
    const mails = await received();
    expect(mails).toHaveLength(managers.length);

    for (const manager of managers) {
      const mail = mails.find((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === manager.email);
      expect(mail, manager.email).toBeDefined();
      expect(mail!.subject).toMatch(/^Weekly team digest: Mon, Oct 19\s–\sSun, Oct 25, 2026$/);
      expect(mail!.messageId).toBe(`<digest.2026-10-19.${manager.org_id}.${manager.user_id}@learnlens.invalid>`);
      const expected = await dashboardNumbers(manager.user_id, manager.org_id);
      expect(expected.active).toBeGreaterThan(5);
      const got = readText(mail!.text!);
      expect(got).toEqual(expected);
      expect(mail!.text).toContain(`Hello ${manager.display_name},`);
      // The HTML part carries the same numbers, inline-styled, with dark-mode rules.
      const html = String(mail!.html);
      expect(html).toContain(`>${expected.average}<`);
      expect(html).toContain(`>${expected.completion}<`);
      expect(html).toContain('name="color-scheme" content="light dark"');
      expect(html).toContain('@media (prefers-color-scheme: dark)');
      expect(html).toMatch(/<td class="ll-text ll-cell" style="[^"]+">/);
    }
    const withBottom = (await received()).filter((m) => readText(m.text!).bottom.length > 0);
    expect(withBottom.length).toBeGreaterThan(0);

    const count = smtp.messages.length;
    const again = await runDigest({ client, directory, week: '2026-10-25', from: 'digest@learnlens.test', send: sender, deliveryLog: log, retryDelayMs: 1 });
    expect(again.sent).toEqual([]);
    expect(again.skipped).toHaveLength(managers.length);
    expect(smtp.messages).toHaveLength(count);
    sender.close();
  });

  it('should retry a temporary SMTP refusal, report a permanent one, and still deliver the other managers', async () => {
    smtp.messages.length = 0;
    const [flaky, gone] = managers as [(typeof managers)[number], (typeof managers)[number]];
    smtp.refuseRecipient(flaky.email, 1);
    smtp.refuseRecipient(gone.email, 'always');
    const events: string[] = [];
    const sender = smtpSender(smtp.url);
    const result = await runDigest({
      client, directory, week: '2026-10-12', from: 'digest@learnlens.test', send: sender, deliveryLog: memoryDeliveryLog(), retryDelayMs: 1,
      onEvent: (e) => events.push(`${e.managerId}:${e.status}`),
    });
    sender.close();
    smtp.refuseRecipient(gone.email, 0);
    expect(result.failed.map((f) => f.managerId)).toEqual([gone.user_id]);
    expect(result.failed[0]!.error).toMatch(/550.*\(after 1 try\)/);
    expect(result.sent.find((s) => s.managerId === flaky.user_id)?.attempts).toBe(2);
    expect(events).toContain(`${flaky.user_id}:retrying`);
    expect(result.sent).toHaveLength(managers.length - 1);
    expect(smtp.messages.map((m) => m.to[0])).not.toContain(gone.email);
  });

  it('should send a short "no activity" digest for a week without scored attempts', async () => {
    smtp.messages.length = 0;
    const sender = smtpSender(smtp.url);
    const result = await runDigest({ client, directory, week: '2027-02-03', from: 'digest@learnlens.test', send: sender, deliveryLog: memoryDeliveryLog(), orgIds: ['org-1'] });
    sender.close();
    expect(result.sent.every((s) => s.noActivity)).toBe(true);
    const mails = await received();
    expect(mails).toHaveLength(managers.filter((m) => m.org_id === 'org-1').length);
    for (const mail of mails) {
      expect(mail.text).toContain('Nobody on your team completed a scored attempt this week.');
      expect(mail.text).toContain('Team average score: – (no scored attempts)');
      expect(mail.text).not.toContain('Top performers:');
      expect(String(mail.html)).toContain('data-slot="no-activity"');
    }
  });

  it("should write .eml files in the manager's locale and time zone, once per manager and week", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'learnlens-digest-'));
    const german: JobDirectory = {
      orgs: directory.orgs,
      users: async (orgId) => (await directory.users(orgId)).map((u) => ({ ...u, locale: 'de-DE' })),
    };
    const log = fileDeliveryLog(join(dir, 'deliveries.jsonl'));
    const first = await runDigest({ client, directory: german, week: WEEK_DAY, from: 'digest@learnlens.test', send: emlFileSender(dir), deliveryLog: log, orgIds: ['org-2'] });
    expect(first.sent).toHaveLength(3);
    const files = (await readdir(join(dir, '2026-10-19'))).sort();
    expect(files).toEqual(['org-2--org-2-u-0002.eml', 'org-2--org-2-u-0003.eml', 'org-2--org-2-u-0004.eml']);
    const mail = await simpleParser(await readFile(join(dir, '2026-10-19', files[0]!)));
    expect(mail.subject).toMatch(/^Wöchentliche Team-Übersicht: Mo\., 19\.\s–\sSo\., 25\. Okt\. 2026$/);
    // Scores with a decimal comma; the week ends at midnight New York time (org-2's zone), not UTC.
    expect(mail.text).toMatch(/^Durchschnittliche Punktzahl des Teams: \d+,\d$/m);
    expect(mail.text).toMatch(/26\. Okt\. 2026, 00:00 (GMT-4|UTC-4)/);
    expect(String(mail.html)).toContain('lang="de-DE"');

    // A new run with a fresh log object reads the file: nothing is written twice.
    const again = await runDigest({ client, directory: german, week: '2026-10-19', from: 'digest@learnlens.test', send: emlFileSender(dir), deliveryLog: fileDeliveryLog(join(dir, 'deliveries.jsonl')), orgIds: ['org-2'] });
    expect([again.sent.length, again.skipped.length]).toEqual([0, 3]);
  });
});
