import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// data-client must run anywhere (browser, server, edge, worker): it may import
// only its own files, zod (classic, mini and its English messages; the Parquet writer is its own, in export/) and @noble/hashes'
// pure-JS HMAC-SHA-256 (pseudonyms, also on plain-http pages where Web Crypto's subtle is missing; a lazy chunk).
const ALLOWED = new Set(['zod', 'zod/mini', 'zod/locales', '@noble/hashes/hmac.js', '@noble/hashes/sha2.js']);
// The one exception: the Parquet worker thread (Node only), started by export/parquetEncoder.ts, which is itself loaded
// only by a dynamic import when a Parquet export starts. It loads node:worker_threads by a non-literal specifier (a
// runtime without it encodes in its own thread) and, from TypeScript sources only, registers tsx in the worker.
const NODE_ONLY: Record<string, readonly string[]> = { 'export/parquetEncoder.ts': ['tsx/esm/api'] };
const root = new URL('.', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-fixtures' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('data-client entry boundary', () => {
  const files = sources(root);

  it('should import no React, DOM or Node-only module', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const statics = text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms);
      const dynamics = text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g);
      for (const match of [...statics, ...dynamics]) {
        const specifier = match[1]!;
        if (specifier.startsWith('.')) continue;
        if (NODE_ONLY[relative(root, file)]?.includes(specifier)) continue;
        if (!ALLOWED.has(specifier)) offenders.push(`${relative(root, file)} imports ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('should load the Parquet worker only lazily: nothing imports its files statically', () => {
    const lazy = ['parquetEncoder.js', 'parquetWorker.js', 'packedColumns.js'];
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^\s*(import|export)\b(?!\s+type\b)[^;]*?\bfrom\s*['"]([^'"]+)['"]/gms)) {
        const name = match[2]!.split('/').pop()!;
        const inside = ['export/parquetEncoder.ts', 'export/parquetWorker.ts', 'export/packedColumns.ts'].includes(relative(root, file));
        if (lazy.includes(name) && !inside) offenders.push(`${relative(root, file)} imports ${match[2]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('should not touch window, document or process at module level or anywhere', () => {
    const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offenders = files.filter((file) => /\b(window|document|process|localStorage|require)\s*[.(]/.test(code(file)));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it('should compile against the ECMAScript library alone (no DOM or Node types)', () => {
    const config = JSON.parse(readFileSync(join(root, '../tsconfig.build.json'), 'utf8'));
    expect(config.compilerOptions.types).toEqual([]);
    const base = JSON.parse(readFileSync(join(root, '../../../tsconfig.base.json'), 'utf8'));
    expect(base.compilerOptions.lib).toEqual(['ES2023']);
  });
});
