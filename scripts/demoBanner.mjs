// The lines `npm start` prints once the demo listens. The personas come from the demo's own list
// (examples/host-app/src/backend/protocol.ts, loaded through Vite), so the banner names what the Viewer menu offers.

/** The module that holds the demo's personas, as Vite resolves it from the app's root. */
export const personaModule = '/src/backend/protocol.ts';

/**
 * Reads the Viewer menu's entries, in menu order, through a Vite server on the demo app.
 * @param {{ ssrLoadModule(url: string): Promise<Record<string, unknown>> }} server
 * @returns {Promise<string[]>}
 */
export async function loadPersonaLabels(server) {
  const { personaIds, personaLabels } = await server.ssrLoadModule(personaModule);
  return personaIds.map((id) => personaLabels[id]);
}

/**
 * The banner's lines.
 * @param {string} url where the demo listens
 * @param {string[]} personas the Viewer menu's entries
 * @returns {string[]}
 */
export function demoBanner(url, personas) {
  return [
    '',
    `  Learnlens demo: ${url}`,
    `  The Viewer menu has ${personas.length} dashboards:`,
    ...personas.map((label) => `    · ${label}`),
    '  QA switches (faults, latency) are at the bottom of the page.',
    `  Deep links: ${url}?viewer=learner&theme=dark&locale=de · ${url}?size=1m · ${url}?page=embed`,
    '  Press Ctrl+C to stop.',
    '',
  ];
}
