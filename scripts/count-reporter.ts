import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

// Writes the run's pass/fail counts for scripts/test.mjs, which prints the
// plain "N passed, N failed" line CI reads (Vitest's own summary is not read).
export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let failedHere = 0;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A file that failed to load, or whose beforeAll threw, fails without a
      // failed test in it: it must still count.
      if (failedHere === 0 && mod.state() === 'failed') failedHere = 1;
      failed += failedHere;
    }
    failed += unhandledErrors.length;
    const file = process.env.LEARNLENS_COUNTS_FILE;
    if (file) {
      mkdirSync(new URL('.', `file://${file}`).pathname, { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    }
  }
}
