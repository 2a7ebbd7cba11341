import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCsv } from '@learnlens/data-client';

/** A CSV file's header and its non-empty rows. */
export async function csvRows(file: string): Promise<{ header: string[]; rows: string[][] }> {
  const [header, ...rows] = parseCsv(await readFile(file, 'utf8'));
  return { header: header!, rows: rows.filter((r) => r.length > 1) };
}

/** One CSV line (RFC 4180 quoting). */
export const csvLine = (cells: readonly string[]) => cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');

/**
 * Writes one org's events of a `learnlens dataset` folder as raw events (JSON Lines) to `dir/events.jsonl`: the
 * activity and attempt ride in the payload, where a host's events carry them, and a score is put on raw events'
 * 0–100 scale (a correct/incorrect org's 1 is 100). Returns how many.
 */
export async function writeOrgRawEvents(generated: string, org: string, dir: string): Promise<number> {
  const events = await csvRows(join(generated, 'events.csv'));
  const orgs = await csvRows(join(generated, 'orgs.csv'));
  const scale = orgs.rows.find((r) => r[0] === org)?.[orgs.header.indexOf('score_scale')];
  const factor = scale === 'binary' ? 100 : scale === 'band' ? 100 / 9 : 1;
  const scaled = (payload: Record<string, unknown>) => (typeof payload.score === 'number' ? { ...payload, score: payload.score * factor } : payload);
  const col = (name: string) => events.header.indexOf(name);
  const raw = events.rows
    .filter((r) => r[col('org_id')] === org)
    .map((r) => ({
      learner_id: r[col('user_id')],
      event_type: r[col('event_type')],
      event_id: r[col('event_id')],
      session_id: r[col('session_id')],
      timestamp: r[col('occurred_at')],
      data: {
        ...scaled(JSON.parse(r[col('payload')]!) as Record<string, unknown>),
        ...(r[col('activity_id')] ? { content_id: r[col('activity_id')] } : {}),
        ...(r[col('attempt_id')] ? { attempt_id: r[col('attempt_id')] } : {}),
      },
    }));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'events.jsonl'), raw.map((e) => JSON.stringify(e)).join('\n'));
  return raw.length;
}

/**
 * Writes to `replaced` the generated dataset with `org`'s events, sessions and mastery deltas replaced by the
 * canonical tables `transform --canonical-org` wrote to `canonical`.
 */
export async function replaceOrgTables(generated: string, canonical: string, org: string, replaced: string): Promise<void> {
  await mkdir(replaced, { recursive: true });
  for (const file of ['orgs', 'teams', 'users', 'activities', 'assignments', 'assignment_assignees', 'attempts', 'audit_log']) {
    await writeFile(join(replaced, `${file}.csv`), await readFile(join(generated, `${file}.csv`)).catch(() => ''));
  }
  for (const table of ['events', 'sessions', 'mastery_deltas']) {
    const original = await csvRows(join(generated, `${table}.csv`));
    const ours = await csvRows(join(canonical, `${table}.csv`));
    const orgColumn = original.header.indexOf('org_id');
    const kept = original.rows.filter((r) => r[orgColumn] !== org);
    const reordered = ours.rows.map((r) => original.header.map((c) => r[ours.header.indexOf(c)] ?? ''));
    await writeFile(join(replaced, `${table}.csv`), [original.header, ...kept, ...reordered].map(csvLine).join('\r\n') + '\r\n');
  }
}
