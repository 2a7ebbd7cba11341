// Public API of @learnlens/cli: the command as a function, for tests and scripts that run it in-process.
export { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli, type CliIo, type TextSink } from './main.js';
