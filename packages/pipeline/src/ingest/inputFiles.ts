import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

/** File kinds the pipeline reads, by extension. */
export type InputKind = 'jsonl' | 'json' | 'csv' | 'parquet';

const kinds: Record<string, InputKind> = {
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
  '.csv': 'csv',
  '.parquet': 'parquet',
};

/** One file to read and its kind. */
export interface InputFile {
  path: string;
  kind: InputKind;
}

/**
 * The files behind the given paths: a file as it is, a folder recursively (a date-partitioned tree such as
 * `events/2025/09/05/…` or `partition_date=2025-09-05/…` included), in path order so every run reads the same
 * sequence. Hidden files and files of other kinds in a folder are skipped; a named file of an unknown kind is an error.
 */
export function listInputFiles(paths: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  const visit = (path: string, named: boolean) => {
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) throw new InputError(`${path} does not exist`);
    if (stats.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.') && !entry.startsWith('_')) visit(join(path, entry), false);
      }
      return;
    }
    const kind = kinds[extname(path).toLowerCase()];
    if (kind) files.push({ path, kind });
    else if (named) throw new InputError(`${path}: unknown file kind; expected .jsonl, .ndjson, .json, .csv or .parquet`);
  };
  for (const path of paths) visit(path, true);
  return files;
}

/** An input that cannot be read at all (missing, unknown kind, not JSON). */
export class InputError extends Error {
  override readonly name = 'InputError';
}
