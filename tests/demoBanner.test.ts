// @vitest-environment jsdom
import { resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { personaIds, personaLabels } from '../examples/host-app/src/backend/protocol.js';
// @ts-expect-error: a plain ESM script without type declarations
import { demoBanner, loadPersonaLabels } from '../scripts/demoBanner.mjs';

// Issue 10: the `npm start` banner named 4 personas while the Viewer menu offered 9.
describe('npm start banner', () => {
  it('should name every entry of the Viewer menu, loaded the way scripts/demo.mjs loads it', async () => {
    const appRoot = resolve('examples/host-app');
    const server = await createServer({
      configFile: resolve(appRoot, 'vite.config.ts'),
      root: appRoot,
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false, ws: false },
      optimizeDeps: { noDiscovery: true, include: [] },
    });
    let labels: string[];
    let menu: string;
    try {
      labels = await loadPersonaLabels(server);
      // The header through the demo's own Vite config, whose aliases resolve the UI's locale entries.
      const { HostHeader } = await server.ssrLoadModule('/src/components/HostHeader.tsx');
      const { parseSettings } = await server.ssrLoadModule('/src/settings.ts');
      menu = renderToStaticMarkup(createElement(HostHeader, { settings: parseSettings(''), onChange: () => {}, info: null }));
    } finally {
      await server.close();
    }
    expect(labels).toHaveLength(personaIds.length);
    expect(labels.length).toBeGreaterThanOrEqual(9);

    const banner = (demoBanner('http://127.0.0.1:5173/', labels) as string[]).join('\n');
    const page = new DOMParser().parseFromString(menu, 'text/html');
    const options = [...page.querySelectorAll('select[name=viewer] option')].map((o) => o.textContent);
    expect(options).toEqual(labels);
    for (const id of personaIds) expect(banner).toContain(`· ${personaLabels[id]}\n`);
    expect(banner).toContain(`The Viewer menu has ${options.length} dashboards`);
  }, 60_000);
});
