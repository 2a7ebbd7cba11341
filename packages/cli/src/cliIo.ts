/** Somewhere text can be written: `process.stdout`, or a collector in tests. */
export interface TextSink {
  write(chunk: string): unknown;
}

/** What `runCli` talks to instead of the process, so tests can run it in-process. */
export interface CliIo {
  stdout: TextSink;
  stderr: TextSink;
  /** Directory relative paths are resolved against (default `process.cwd()`). */
  cwd?: string;
  /** Environment variables (default `process.env`); only LEARNLENS_DEBUG is read. */
  env?: Readonly<Record<string, string | undefined>>;
}
