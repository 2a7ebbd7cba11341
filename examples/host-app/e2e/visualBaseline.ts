// Compares a screenshot with its committed baseline using pixelmatch, writing the difference picture next to the
// screenshots when they differ. `LEARNLENS_UPDATE_BASELINES=1` (pnpm run test:baselines) rewrites the baselines.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { repoRoot } from './support.js';

/** Where the committed baselines are. */
export const baselineDir = resolve(dirname(fileURLToPath(import.meta.url)), 'baselines');

/** Where a failing comparison writes the new picture and the difference. */
export const visualArtifactDir = resolve(repoRoot, 'test-artifacts/visual');

/** True when the run should write new baselines instead of comparing. */
export const updatingBaselines = process.env.LEARNLENS_UPDATE_BASELINES === '1';

/**
 * Per-pixel colour distance pixelmatch ignores (0–1), and the share of pixels allowed to differ beyond it:
 * enough for anti-aliasing noise, far too little for a moved column, a new colour or a cut label.
 */
export const tolerance = { pixelThreshold: 0.1, maxDifferentShare: 0.002 };

/** What a comparison found. */
export interface BaselineResult {
  /** "match", "updated", "missing" (no baseline yet), "size" (different dimensions) or "differs". */
  status: 'match' | 'updated' | 'missing' | 'size' | 'differs';
  /** Pixels that differ. */
  differentPixels: number;
  /** A sentence for the failure message. */
  message: string;
}

/** Compares `png` (a screenshot) with the baseline `name`.png, or writes it when updating. */
export function compareWithBaseline(name: string, png: Buffer): BaselineResult {
  const path = resolve(baselineDir, `${name}.png`);
  const how = 'run `pnpm run test:baselines` to accept the new look after checking it';
  if (updatingBaselines) {
    mkdirSync(baselineDir, { recursive: true });
    writeFileSync(path, png);
    return { status: 'updated', differentPixels: 0, message: `wrote ${path}` };
  }
  const keep = () => {
    mkdirSync(visualArtifactDir, { recursive: true });
    writeFileSync(resolve(visualArtifactDir, `${name}.actual.png`), png);
  };
  if (!existsSync(path)) {
    keep();
    return { status: 'missing', differentPixels: 0, message: `no baseline ${path}: ${how}` };
  }
  const expected = PNG.sync.read(readFileSync(path));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    keep();
    return {
      status: 'size',
      differentPixels: 0,
      message: `${name}: ${actual.width}×${actual.height} px against the baseline's ${expected.width}×${expected.height} (see test-artifacts/visual/); ${how}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differentPixels = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: tolerance.pixelThreshold,
  });
  const allowed = Math.floor(actual.width * actual.height * tolerance.maxDifferentShare);
  if (differentPixels > allowed) {
    keep();
    writeFileSync(resolve(visualArtifactDir, `${name}.diff.png`), PNG.sync.write(diff));
    return {
      status: 'differs',
      differentPixels,
      message: `${name}: ${differentPixels} pixels differ (at most ${allowed} allowed); see test-artifacts/visual/${name}.diff.png; ${how}`,
    };
  }
  return { status: 'match', differentPixels, message: '' };
}
