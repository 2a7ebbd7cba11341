import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const packages = readdirSync(join(root, 'packages')).filter((d) => existsSync(join(root, 'packages', d, 'package.json')));

// publint reads the built files the exports map points at.
beforeAll(() => {
  if (packages.some((p) => !existsSync(join(root, 'packages', p, 'dist')))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
}, 300_000);

describe.each(packages)('package %s', (dir) => {
  const pkgDir = join(root, 'packages', dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));

  it('should be an ESM package named @learnlens/* without side effects', () => {
    expect(pkg.name).toMatch(/^@learnlens\//);
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
  });

  it('should list types first in its exports map', () => {
    expect(Object.keys(pkg.exports['.'])[0]).toBe('types');
  });

  it('should be publint clean', async () => {
    const { messages } = await publint({ pkgDir, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type} ${m.code} ${JSON.stringify(m.args)}`)).toEqual([]);
  });
});
