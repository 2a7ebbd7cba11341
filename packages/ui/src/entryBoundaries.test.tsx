import { createClient } from '@learnlens/data-client';
import { createMockAdapter } from '@learnlens/mock';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { smallDataset } from './test-fixtures/dataset.js';

const src = dirname(fileURLToPath(import.meta.url));
const manifest = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8')) as {
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: boolean;
};
const entries = Object.entries(manifest.exports)
  .filter((entry): entry is [string, { types: string; default: string }] => typeof entry[1] !== 'string')
  .map(([subpath, target]) => [subpath, join(src, target.default.replace('./dist/', '').replace(/\.js$/, '.ts'))] as const);

function sourceOf(file: string): string | null {
  for (const candidate of [file, file.replace(/\.js$/, '.ts'), file.replace(/\.js$/, '.tsx')]) {
    if (existsSync(candidate) && !candidate.endsWith('.js')) return candidate;
  }
  return null;
}

function localImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    const target = sourceOf(resolve(dirname(file), match[1]!));
    if (target) localImports(target, seen);
  }
  return seen;
}

describe('package entries', () => {
  it('should keep the package free of side effects and export every widget folder', () => {
    expect(manifest.sideEffects).toBe(false);
    expect(entries.length).toBeGreaterThanOrEqual(14);
    for (const [, file] of entries) expect(existsSync(file), file).toBe(true);
  });

  it('should mark every React entry "use client" for server-rendering hosts', () => {
    for (const [, file] of entries) expect(readFileSync(file, 'utf8').startsWith("'use client';"), file).toBe(true);
  });

  it('should not pull another widget into a widget entry', () => {
    for (const [subpath, file] of entries.filter(([, f]) => f.includes(`${join('widgets')}/`))) {
      const own = relative(src, dirname(file));
      const others = [...localImports(file)]
        .map((f) => relative(src, f))
        .filter((f) => f.startsWith('widgets/') && !f.startsWith(`${own}/`));
      expect(others, subpath).toEqual([]);
    }
  });

  it('should import every entry without a window', async () => {
    expect(typeof window).toBe('undefined');
    for (const [, file] of entries) await expect(import(file)).resolves.toBeTypeOf('object');
  });

  it('should render widgets on the server as their loading skeletons', async () => {
    const { LearnlensProvider, Leaderboard, KpiCards, RecentAttempts, ExportButton } = await import('./index.js');
    const client = createClient({ adapter: createMockAdapter({ dataset: smallDataset() }) });
    const html = renderToString(
      <LearnlensProvider client={client} viewer={{ userId: 'adm-1', role: 'admin', orgId: 'org-a' }}>
        <Leaderboard />
        <KpiCards />
        <RecentAttempts params={{ now: '2026-05-20T12:00:00Z' }} />
        <ExportButton params={{}} />
      </LearnlensProvider>,
    );
    expect(html).toContain('data-learnlens-widget="leaderboard"');
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('Loading…');
  });
});
