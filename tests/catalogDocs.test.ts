import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCatalogDocs } from '../scripts/catalogDocs.js';

describe('docs/query-catalog.md', () => {
  it('should match the catalog schemas (regenerate with `pnpm exec tsx scripts/catalogDocs.ts --write`)', () => {
    const committed = readFileSync(new URL('../docs/query-catalog.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderCatalogDocs());
  });
});
