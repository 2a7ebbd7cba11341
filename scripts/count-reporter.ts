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
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load has no tests but must still count as a failure.
      if (tests === 0 && mod.state() === 'failed') failed++;
    }
    failed += unhandledErrors.length;
    const file = process.env.LEARNLENS_COUNTS_FILE;
    if (file) {
      mkdirSync(new URL('.', `file://${file}`).pathname, { recursive: true });
      writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    }
  }
}
