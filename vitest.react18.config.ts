import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config.js';

// The widget tests again on React 18 (`@learnlens/ui` supports ^18.3 || ^19): react and react-dom resolve to
// examples/react18-host's copies (18.3.1), and the React libraries in between are inlined so they get the same copy.
const react18 = fileURLToPath(new URL('./examples/react18-host/node_modules/react', import.meta.url));
const reactDom18 = fileURLToPath(new URL('./examples/react18-host/node_modules/react-dom', import.meta.url));
// TanStack's stores reach React through this CommonJS package: take the fixture's copy, which requires React 18.
const syncStore = fileURLToPath(new URL('./examples/react18-host/node_modules/use-sync-external-store', import.meta.url));
// Testing Library's CommonJS main would require react-dom itself (Node's resolution, no aliases): take its ES build.
const testingLibrary = fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url));

const config = mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        { find: /^react$/, replacement: react18 },
        { find: /^react\/(.*)$/, replacement: `${react18}/$1` },
        { find: /^react-dom$/, replacement: reactDom18 },
        { find: /^react-dom\/(.*)$/, replacement: `${reactDom18}/$1` },
        { find: /^@testing-library\/react$/, replacement: testingLibrary },
        { find: /^use-sync-external-store\/(.*)$/, replacement: `${syncStore}/$1` },
      ],
    },
    test: { server: { deps: { inline: [/@testing-library\/react/, /@tanstack\/react-/] } } },
  }),
);
// Set, not merged (mergeConfig would add these to the base's list of every test).
config.test!.include = [
  'packages/ui/src/{widgets,theme,widget-shell,views,charts,hooks,provider}/**/*.test.tsx',
  'packages/ui/src/react18.test.tsx',
  'examples/react18-host/src/**/*.test.tsx',
];
// The whole-view language sweep and the Storybook stories run once, on React 19 (Storybook's composed stories bring
// their own React 19 elements, which React 18 refuses to render).
config.test!.exclude = [
  'packages/ui/src/views/localeViews.test.tsx',
  'packages/ui/src/views/stories.test.tsx',
  // Composes the band-org view stories (its other cases are plain views, run once on React 19 with them).
  'packages/ui/src/views/bandViews.test.tsx',
  '**/*.stories.test.tsx',
  '**/node_modules/**',
];

export default config;
