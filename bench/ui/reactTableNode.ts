import { createRequire } from 'node:module';
import type { ReactTable } from './measure.js';

/** Loads @tanstack/react-table the way @learnlens/ui resolves it (it is not a dependency of the workspace root). */
export async function loadReactTable(): Promise<ReactTable> {
  const uiRequire = createRequire(new URL('../../packages/ui/package.json', import.meta.url));
  return (await import(uiRequire.resolve('@tanstack/react-table'))) as ReactTable;
}
