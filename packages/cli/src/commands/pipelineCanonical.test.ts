// Raw events in, the catalog out: a generated org's events are handed to the pipeline as raw events, transformed, and
// the canonical tables it writes replace that org's generated ones; the catalog must then give the same answers.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvLine, csvRows, writeOrgRawEvents } from '../test-fixtures/orgRawEvents.js';
import { run, tempDir } from '../test-fixtures/runCliForTest.js';

const ORG = 'org-3'; // a tutoring org: lessons and assessments, seed 001's events

describe('learnlens transform --canonical-org', () => {
  it('should answer learnerActivitySummary and eventFrequency from transformed events as from the generated ones', async () => {
    const dir = await tempDir();
    const generated = join(dir, 'generated');
    expect((await run(['dataset', '--seed', '5', '--orgs', '3', '--learners', '12', '--days', '28', '--out', generated])).code).toBe(0);

    expect(await writeOrgRawEvents(generated, ORG, join(dir, 'in'))).toBeGreaterThan(100);
    expect((await run(['ingest', '--format', 'raw', join(dir, 'in'), '--out', join(dir, 'raw')])).code).toBe(0);
    const transformed = await run(['transform', '--events', join(dir, 'raw'), '--out', join(dir, 'out'), '--canonical-org', ORG]);
    expect(transformed.code, transformed.stderr).toBe(0);

    // The generated dataset with the org's events and sessions replaced by the pipeline's.
    const replaced = join(dir, 'replaced');
    await mkdir(replaced);
    for (const file of ['orgs', 'teams', 'users', 'activities', 'assignments', 'assignment_assignees', 'attempts', 'mastery_deltas', 'audit_log']) {
      await writeFile(join(replaced, `${file}.csv`), await readFile(join(generated, `${file}.csv`)).catch(() => ''));
    }
    for (const table of ['events', 'sessions']) {
      const original = await csvRows(join(generated, `${table}.csv`));
      const ours = await csvRows(join(dir, 'out', 'canonical', `${table}.csv`));
      expect(ours.header).toEqual(original.header);
      const orgColumn = original.header.indexOf('org_id');
      const kept = original.rows.filter((r) => r[orgColumn] !== ORG);
      await writeFile(join(replaced, `${table}.csv`), [original.header, ...kept, ...ours.rows].map(csvLine).join('\r\n') + '\r\n');
    }

    const admin = (await csvRows(join(generated, 'users.csv'))).rows.find((r) => r[1] === ORG && r[3] === 'admin')![0]!;
    const viewer = JSON.stringify({ userId: admin, role: 'admin', orgId: ORG });
    for (const [name, params] of [
      ['learnerActivitySummary', { limit: 100_000 }],
      ['eventFrequency', { eventType: 'lesson_complete', bucket: 'week' }],
      ['eventFrequency', { eventType: 'assessment_complete', bucket: 'day', timezone: 'America/New_York' }],
    ] as const) {
      const args = ['query', name, '--viewer', viewer, '--params', JSON.stringify(params)];
      const expected = await run([...args, '--data', generated]);
      const actual = await run([...args, '--data', replaced]);
      expect(expected.code, expected.stderr).toBe(0);
      expect(actual.code, actual.stderr).toBe(0);
      const answer = JSON.parse(expected.stdout) as { rows?: unknown[]; points?: unknown[] };
      expect((answer.rows ?? answer.points)!.length).toBeGreaterThan(3);
      expect(JSON.parse(actual.stdout)).toEqual(answer);
    }
  });
});
