// The demo's events-org pipeline (eventsOrgPipeline.ts) in a worker thread of the Vite server: generating the
// dataset and ingesting its events are CPU-bound JavaScript, which on the server's own thread would stall every other
// request (pages, modules) for seconds at the larger sizes. Plain JavaScript, since Node runs it as it is; the
// pipeline module itself is loaded from the workspace sources through Vite's module runner.
import { parentPort, workerData } from 'node:worker_threads';
import { runnerImport } from 'vite';

const { module } = await runnerImport(workerData.entry, { configFile: false, logLevel: 'warn', resolve: { alias: workerData.alias } });

// One dataset at a time, in the order asked: each holds a whole generated dataset in memory while it runs.
let queue = Promise.resolve();
parentPort.on('message', ({ id, options }) => {
  queue = queue.then(async () => {
    try {
      // The framed answer (bytes, or null when the dataset has no events org), moved to the server's thread, not copied.
      const body = await module.eventsOrgFromPipeline(options);
      parentPort.postMessage({ id, body }, body ? [body.buffer] : []);
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
