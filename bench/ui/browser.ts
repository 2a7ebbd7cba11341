// The bench page's entry: runs the measurements in a real browser, called by run.ts through playwright-core.
// A dependency of @learnlens/ui, not of the workspace root: import that same copy.
import * as reactTable from '../../packages/ui/node_modules/@tanstack/react-table/dist/index.js';
import { runMeasurements, type Section } from './measure.js';

declare global {
  interface Window {
    /** Runs the suite; resolves with every scenario's rows. */
    runLearnlensBench: (runs: number) => Promise<Section[]>;
  }
}

window.runLearnlensBench = (runs) =>
  runMeasurements({
    runs,
    reactTable,
    // Reading a layout property makes the browser compute style and layout now, so timings include them
    // without being rounded up to the next animation frame (paint, on the compositor, is not included).
    settle: async () => {
      void document.body.getBoundingClientRect().height;
    },
    log: (line) => console.info(line),
  });
