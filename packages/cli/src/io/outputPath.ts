import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

// The error codes that mean "this path cannot be used as given" rather than the machine failing.
const PATH_ERRORS = new Set(['EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EROFS', 'ENAMETOOLONG', 'ELOOP']);

/** True when `error` is a file-system error about the path itself (permissions, missing or wrong kind of entry). */
export function isPathError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && PATH_ERRORS.has((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * Creates `dir` and any missing parents, one level at a time. `mkdir({ recursive: true })` spins forever
 * under /proc on Node 20, where creating a directory fails with ENOENT although its parent exists.
 */
export async function ensureDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const info = await stat(current).catch(() => null);
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${current} is not a directory`), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}
