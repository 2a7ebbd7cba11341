/**
 * Resolves with what stopped the server: `signal` aborting when given (tests, scripts running the CLI in-process),
 * otherwise the process receiving SIGINT or SIGTERM. The signal handlers are removed again, so a second Ctrl-C while
 * closing ends the process the usual way.
 */
export function untilStopped(signal?: AbortSignal): Promise<string> {
  if (signal) {
    if (signal.aborted) return Promise.resolve('abort');
    return new Promise((resolve) => signal.addEventListener('abort', () => resolve('abort'), { once: true }));
  }
  return new Promise((resolve) => {
    const stop = (name: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(name);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
