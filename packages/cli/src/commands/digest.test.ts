import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, type SmtpServer } from '../../../../testing/smtp.js';
import { isOneLineFailure, run, tempDir } from '../test-fixtures/runCliForTest.js';

const source = ['--seed', '3', '--orgs', '1', '--learners', '24', '--days', '40'];
let smtp: SmtpServer;

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  await smtp?.stop();
});

describe('learnlens digest', () => {
  it('should send one digest per manager over SMTP, print what went out, and send nothing on a rerun', async () => {
    const dir = await tempDir();
    const argv = ['digest', '--week', '2026-10-21', '--from', 'Learnlens <digest@learnlens.test>', '--delivery-log', 'log.jsonl', ...source];
    const first = await run(argv, { cwd: dir, env: { LEARNLENS_SMTP_URL: smtp.url } });
    expect(first.stderr).toMatch(/digest 2026-10-21: org-1 org-1-u-0002: sent/);
    expect(first.code).toBe(0);
    const printed = JSON.parse(first.stdout) as { week: string; sent: Array<{ managerId: string; to: string; teamAverage: number }>; failed: unknown[] };
    expect(printed.sent.map((s) => s.managerId)).toEqual(['org-1-u-0002', 'org-1-u-0003']);
    expect(smtp.messages.map((m) => m.to[0])).toEqual(printed.sent.map((s) => s.to));
    const mail = await simpleParser(smtp.messages[0]!.raw);
    expect(mail.from?.value[0]).toMatchObject({ name: 'Learnlens', address: 'digest@learnlens.test' });
    expect(mail.text).toContain(`Team average score: ${new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(printed.sent[0]!.teamAverage)}`);
    expect(await readFile(join(dir, 'log.jsonl'), 'utf8')).toContain('"key":"org-1/org-1-u-0002/2026-10-19"');

    const second = await run([...argv, '-q'], { cwd: dir, env: { LEARNLENS_SMTP_URL: smtp.url } });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ sent: [], skipped: [{ managerId: 'org-1-u-0002' }, { managerId: 'org-1-u-0003' }] });
    expect(smtp.messages).toHaveLength(2);
  });

  it('should write .eml files with --out', async () => {
    const dir = await tempDir();
    const result = await run(['digest', '--week', '2026-10-21', '--out', 'mail', '--locale', 'fr-FR', '-q', ...source], { cwd: dir });
    expect(result.code).toBe(0);
    expect((await readdir(join(dir, 'mail', '2026-10-19'))).sort()).toEqual(['org-1--org-1-u-0002.eml', 'org-1--org-1-u-0003.eml']);
    const mail = await simpleParser(await readFile(join(dir, 'mail', '2026-10-19', 'org-1--org-1-u-0002.eml')));
    expect(mail.subject).toMatch(/^Récapitulatif hebdomadaire de l'équipe/);
  });

  it('should exit 1, name the manager and keep the SMTP password out of the output when a message is refused', async () => {
    smtp.refuseRecipient('aoife.tran@northwind-sales-academy.example', 'always');
    const dir = await tempDir();
    const url = smtp.url.replace('smtp://', 'smtp://mailer:s3cret-passw0rd@');
    const result = await run(['digest', '--week', '2026-10-14', '--smtp', url, '--from', 'digest@learnlens.test', '-q', ...source], { cwd: dir });
    smtp.refuseRecipient('aoife.tran@northwind-sales-academy.example', 0);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^learnlens: digest 2026-10-14: org-1 org-1-u-0003 <aoife\.tran@northwind-sales-academy\.example> failed: .*550/m);
    expect(JSON.parse(result.stdout).sent).toHaveLength(1);
    expect(result.stdout + result.stderr).not.toContain('s3cret-passw0rd');
  });

  it('should refuse missing or contradictory delivery flags in one line', async () => {
    const none = await run(['digest', '--week', '2026-10-21', ...source]);
    expect(none.code).toBe(2);
    expect(isOneLineFailure(none)).toBe(true);
    expect(none.stderr).toContain('digest needs --smtp URL (or the environment variable LEARNLENS_SMTP_URL)');
    const both = await run(['digest', '--smtp', smtp.url, '--out', 'x', ...source]);
    expect(both.stderr).toBe('learnlens: --out writes .eml files instead of sending: give --smtp or --out, not both\n');
    const noFrom = await run(['digest', '--smtp', smtp.url, ...source]);
    expect(noFrom.stderr).toBe('learnlens: missing required flag --from ADDRESS (the sender of the digests)\n');
    const badWeek = await run(['digest', '--week', 'last', '--out', 'x', ...source]);
    expect(badWeek.stderr).toBe('learnlens: --week must be a calendar day YYYY-MM-DD (any day of the week), not "last"\n');
  });
});
