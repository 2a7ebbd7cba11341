// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, waitFor } from '@testing-library/react';
import { version } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from './App.js';

// Issue 10 §6: the getting-started guide must run as written and show data on the first run. This file is the
// guide's app, in a package whose react is 18.3 (run by vitest.react18.config.ts, with `npm test`).

describe(`the getting-started app on React ${version}`, () => {
  it('should be, word for word, the app the guide shows', () => {
    // Vitest runs from the repository root.
    const guide = readFileSync(resolve('docs/getting-started.md'), 'utf8');
    const app = readFileSync(resolve('examples/react18-host/src/App.tsx'), 'utf8');
    expect(guide).toContain(`\`\`\`tsx\n${app.trimEnd()}\n\`\`\``);
  });

  it('should show this month’s data with no dates given', async () => {
    render(<App />);
    await waitFor(
      () => {
        const cards = document.querySelector('[data-learnlens-widget="kpi-cards"]');
        expect(cards?.getAttribute('data-state')).toBe('ready');
      },
      { timeout: 30_000 },
    );
    const attempts = document.querySelector('[data-learnlens-widget="kpi-cards"] [data-kpi="totalAttempts"] [data-slot="value"]');
    expect(Number(attempts?.textContent?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(document.querySelectorAll('[data-learnlens-widget="activity-heatmap"]').length).toBeGreaterThan(0);
  }, 60_000);
});
