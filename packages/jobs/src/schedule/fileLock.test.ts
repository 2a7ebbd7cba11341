// The file run log's lock across processes: without PostgreSQL, two `learnlens schedule` processes sharing one run log
// must still never run a job at once, and a holder that crashed must not block the job for ever.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fileJobStatus } from './jobStatus.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const dir = mkdtempSync(join(tmpdir(), 'learnlens-joblock-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function scheduler(log: string, marker: string, holdMs: number, staleMs: number): { child: ChildProcess; output: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, 'test-fixtures/runJobOnce.ts'), log, marker, String(holdMs), String(staleMs)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const output = new Promise<string>((done) => child.on('exit', () => done(out.trim())));
  return { child, output };
}

async function until(check: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('fileJobStatus lock', () => {
  it('should let one of two processes run a job while the other skips it, and log only the one run', async () => {
    const log = join(dir, 'one', 'runs.jsonl');
    const first = scheduler(log, join(dir, 'first.pid'), 120_000, 60_000);
    await until(() => existsSync(join(dir, 'first.pid')));
    // The first holds the job until told to finish, however slowly the second process starts.
    const second = scheduler(log, join(dir, 'second.pid'), 0, 60_000);
    expect(await second.output).toBe('skipped');
    expect(existsSync(join(dir, 'second.pid'))).toBe(false);
    writeFileSync(join(dir, 'first.pid.go'), '');
    expect(await first.output).toBe('ran');
    const rows = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { job_type: string; status: string });
    expect(rows.map((r) => [r.job_type, r.status])).toEqual([['export', 'running'], ['export', 'completed']]);
    // Released at the end: the next run takes the lock again.
    const third = scheduler(log, join(dir, 'third.pid'), 0, 60_000);
    expect(await third.output).toBe('ran');
  }, 120_000);

  it('should take over the lock of a process that crashed once it went stale', async () => {
    const log = join(dir, 'crash', 'runs.jsonl');
    const crashed = scheduler(log, join(dir, 'crashed.pid'), 600_000, 2_000);
    await until(() => existsSync(join(dir, 'crashed.pid')));
    crashed.child.kill('SIGKILL');
    await crashed.output;
    // Nobody refreshes the lock any more: 2 s after its last refresh it is stale, and the next process runs the job.
    // Wait well past that: proper-lockfile can date a lock up to a second ahead (it probes the file system's mtime
    // precision by setting the next whole second, and rounds up to whole seconds where that is the precision), so a
    // 2.5 s wait was flaky.
    await new Promise((r) => setTimeout(r, 5_000));
    const next = scheduler(log, join(dir, 'next.pid'), 0, 2_000);
    expect(await next.output).toBe('ran');
  }, 120_000);

  it('should hand the lock out once within one process too, and again after release', async () => {
    const status = fileJobStatus(join(dir, 'same', 'runs.jsonl'));
    const release = await status.lock!('digest');
    expect(release).not.toBeNull();
    expect(await status.lock!('digest')).toBeNull();
    // Another job has its own lock.
    const other = await status.lock!('bi-export');
    expect(other).not.toBeNull();
    await release!();
    await other!();
    const again = await status.lock!('digest');
    expect(again).not.toBeNull();
    await again!();
  });

  it('should release each job of one process whatever order their runs end in', async () => {
    // A scheduler runs several jobs at once: the one that started first may finish last.
    const status = fileJobStatus(join(dir, 'order', 'runs.jsonl'));
    const digest = await status.lock!('digest');
    const bi = await status.lock!('bi-export');
    expect(digest).not.toBeNull();
    expect(bi).not.toBeNull();
    await bi!();
    await digest!();
    for (const job of ['digest', 'bi-export']) {
      const again = await status.lock!(job);
      expect(again, job).not.toBeNull();
      await again!();
    }
  });
});
