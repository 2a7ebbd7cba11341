import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

/** What the numbers were measured on. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverage: string;
}

function osName(): string {
  try {
    const text = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
    if (pretty) return `${pretty} (kernel ${release()})`;
  } catch {
    // Not Linux, or no os-release: the platform name below is enough.
  }
  return `${process.platform} ${release()}`;
}

/** CPU model, core count, memory, OS, Node version and the load average when the bench ran. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    loadAverage: loadavg().map((l) => l.toFixed(2)).join(' / '),
  };
}

/** The `version` field of a package.json, relative to the repository root. */
export function packageVersion(path: string): string {
  return (JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')) as { version: string }).version;
}
