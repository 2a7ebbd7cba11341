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
  /**
   * Environment variables (default `process.env`): LEARNLENS_DEBUG, LEARNLENS_DATABASE_URL, the serve defaults
   * LEARNLENS_JWT_SECRET and LEARNLENS_PSEUDONYM_SALT, and whatever --token-env, --ch-password-env,
   * --jwt-secret-env and --pseudonym-salt-env name.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** Stops `learnlens serve` when aborted (default: the process's SIGINT or SIGTERM). */
  signal?: AbortSignal;
}
