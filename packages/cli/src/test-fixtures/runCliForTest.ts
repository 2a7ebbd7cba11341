import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../main.js';

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `learnlens ...argv` in-process, collecting stdout and stderr. */
export async function run(argv: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: options.cwd,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A fresh empty directory under the OS temp dir. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'learnlens-cli-'));
}

/** True when the run printed nothing on stdout and exactly one `learnlens: …` line, with no stack frame, on stderr. */
export function isOneLineFailure(result: CliRun): boolean {
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  return result.stdout === '' && lines.length === 1 && lines[0]!.startsWith('learnlens: ') && !/^\s+at /m.test(result.stderr);
}
