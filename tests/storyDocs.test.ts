import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withCustomConfig } from 'react-docgen-typescript';
import { describe, expect, it } from 'vitest';

// Storybook's docs pages (autodocs) take their props tables from react-docgen-typescript (.storybook/main.ts).
// This reads the components the same way and requires every prop of every widget and view to be found and
// described, so no docs page shows an empty table or a prop without a word on what it does (issue 10 §7).

const root = fileURLToPath(new URL('..', import.meta.url));
// Every component file (capitalised .tsx, not a test) of every widget and view folder.
const files = ['packages/ui/src/widgets', 'packages/ui/src/views'].flatMap((dir) =>
  readdirSync(`${root}${dir}`, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(`${root}${dir}/${d.name}`)
        .filter((f) => /^[A-Z]\w*\.tsx$/.test(f) && !f.endsWith('.test.tsx'))
        .map((f) => `${root}${dir}/${d.name}/${f}`),
    ),
);

describe('storybook docs', () => {
  it('should describe every prop of every exported widget and view component', () => {
    const parser = withCustomConfig(`${root}tsconfig.json`, {
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    });
    const docs = parser.parse(files);
    const names = docs.map((d) => d.displayName);
    for (const expected of ['Leaderboard', 'KpiCards', 'ActivityHeatmap', 'TeamCompletion', 'AdminView', 'ManagerView', 'LearnerView']) {
      expect(names).toContain(expected);
    }
    const bare: string[] = [];
    for (const doc of docs) {
      // Only components a host imports: named like a component and with props of their own.
      if (!/^[A-Z]/.test(doc.displayName)) continue;
      if (!doc.description.trim()) bare.push(`${doc.displayName}: no description`);
      for (const prop of Object.values(doc.props)) {
        if (!prop.description.trim()) bare.push(`${doc.displayName}.${prop.name} (${prop.parent?.name ?? '?'})`);
      }
    }
    const withProps = docs.filter((d) => Object.keys(d.props).length > 0).map((d) => d.displayName);
    expect(withProps).toEqual(expect.arrayContaining(['Leaderboard', 'TeamCompletion', 'AdminView']));
    expect(bare).toEqual([]);
  }, 120_000);
});
