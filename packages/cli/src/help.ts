import { queryNames } from '@learnlens/data-client';

/** The commands `learnlens` knows. */
export const commandNames = ['dataset', 'query', 'export', 'serve', 'help'] as const;

/** A command name. */
export type CommandName = (typeof commandNames)[number];

const mockHelp = `  --adapter mock (default): the in-memory engine
  --seed N               generate the mock dataset from seed N (default: seed 1, default sizes)
  --orgs N, --learners N, --days N, --target-attempts N
                         generator sizes, as for "learnlens dataset"
  --data DIR             instead: read the CSV tables "learnlens dataset --format csv" wrote to DIR`;

const duckdbHelp = `  --adapter duckdb: DuckDB in memory over the files "learnlens dataset" wrote
  --data DIR             the dataset directory (required)
  --data-format F        parquet or csv (default: parquet if DIR/attempts.parquet exists, else csv)`;

const postgresHelp = `  --adapter postgres: PostgreSQL (or Supabase)
  --db-url URL           postgres://user:password@host:port/db (default: $LEARNLENS_DATABASE_URL, which keeps
                         the password out of the process list); never printed
  --mapping NAME         canonical (default: the tables of "learnlens dataset"), seed002, seed003 or seed000`;

const clickhouseHelp = `  --adapter clickhouse: ClickHouse over its HTTP interface
  --ch-url URL           e.g. http://127.0.0.1:8123 (required)
  --ch-user U            user name (default: the server's default user)
  --ch-password-env NAME the environment variable holding the password (default: no password)
  --ch-database D        database of the tables (default: default)`;

const httpHelp = `  --adapter http: a running "learnlens serve" or @learnlens/server
  --url BASE_URL         the server's routes, e.g. http://127.0.0.1:8787/learnlens (required)
  --token-env NAME       the environment variable holding the session token (required); the server takes
                         the viewer from the token, and --viewer must be that viewer`;

const sourceHelp = `Backends (--adapter mock|duckdb|postgres|clickhouse|http; a flag of another backend is refused):
${mockHelp}
${duckdbHelp}
${postgresHelp}
${clickhouseHelp}
${httpHelp}`;

/** `learnlens --help`. */
export const mainHelp = `learnlens — Learnlens learning analytics from a terminal

Usage:
  learnlens dataset --seed N --out DIR [--format csv|parquet|json] [--orgs N] [--learners N] [--days N]
  learnlens query NAME --viewer JSON [--params JSON] [--adapter mock|duckdb|postgres|clickhouse|http ...]
  learnlens export --format csv|parquet --out FILE --viewer JSON [--params JSON] [--adapter ...]
  learnlens serve --audience AUD [--port 8787] [--host 127.0.0.1] [--adapter mock|duckdb|postgres|clickhouse ...]
  learnlens help [COMMAND]

Commands:
  dataset   write the seeded mock dataset, one file per table
  query     run one catalog query and print its validated result as JSON
  export    run the BI export (audit entry first) and print the audit entry as JSON
  serve     run the Learnlens HTTP server over a backend until SIGINT or SIGTERM

Options:
  -h, --help      show help (also: learnlens COMMAND --help)
  -V, --version   show the version

Exit codes: 0 success, 2 bad input (one line on stderr), 1 unexpected failure or unreachable backend.
Set LEARNLENS_DEBUG=1 to see stack traces of unexpected failures.
`;

/** `learnlens COMMAND --help`, per command. */
export const commandHelp: Record<CommandName, string> = {
  dataset: `Usage: learnlens dataset --seed N --out DIR [options]

Writes every table of the seeded mock dataset to DIR/<table>.<format>. The same options always give
identical files. Prints a JSON summary (file and row count per table) on stdout.

Options:
  --seed N               seed of the generator (required)
  --out DIR              directory to write to, created if missing (required)
  --format FORMAT        csv (default, RFC 4180 with CRLF), parquet, or json (an array of row objects)
  --orgs N               number of organizations (default 3)
  --learners N           learners per organization (default 60)
  --days N               days of history (default 120)
  --target-attempts N    scale attempts to about N in all (e.g. 1000000 for benchmarks)
  -h, --help             show this help
`,
  query: `Usage: learnlens query NAME --viewer JSON [--params JSON] [backend options]

Runs catalog query NAME for a viewer and prints the validated result as pretty JSON on stdout.

Options:
  --viewer JSON          who asks: {"userId": "...", "role": "admin|manager|learner", "orgId": "..."} (required)
  --params JSON          the query's parameters, e.g. {"from": "2026-08-01", "now": "2026-11-01T00:00:00Z"}
                         (default {})
  -h, --help             show this help

${sourceHelp}

Queries: ${queryNames.join(', ')}
`,
  export: `Usage: learnlens export --format csv|parquet --out FILE --viewer JSON [--params JSON] [backend options]

Runs the BI export (seed 000's columns, one row per attempt) with the exportRows filters. The audit entry is
written first (with --adapter http, by the server); a CSV export is refused above 10,000 rows (use parquet).
Writes the file to FILE and prints the audit entry as JSON on stdout.

Options:
  --format FORMAT        csv or parquet (required)
  --out FILE             file to write (required); its directory is created if missing
  --viewer JSON          who exports: {"userId": "...", "role": "...", "orgId": "..."} (required)
  --params JSON          exportRows filters: from, to, timezone, now, teamId, userIds, activityIds (default {})
  -h, --help             show this help

${sourceHelp}
`,
  serve: `Usage: learnlens serve --audience AUD [options] [backend options]

Runs @learnlens/server over a backend: POST <base-path>/query, <base-path>/export, GET <base-path>/catalog,
the viewer taken only from a signed bearer token. Prints {"url": "...", "adapter": "..."} as one JSON line on
stdout once it listens, then serves until SIGINT or SIGTERM, closes cleanly and exits 0.

Options:
  --audience AUD         the "aud" the tokens must carry (required)
  --issuer ISS           the "iss" the tokens must carry (default: not checked)
  --jwt-secret-env NAME  the environment variable holding the HS256 secret, at least 32 bytes
                         (default: LEARNLENS_JWT_SECRET)
  --public-key FILE      instead: verify RS256 (or ES256, EdDSA...) tokens with this PEM public key
  --algorithms A[,B]     accepted "alg" values (default HS256 with a secret, RS256 with a public key)
  --pseudonym-salt-env NAME
                         the environment variable holding the secret salt of peers' pseudonyms, at least 16
                         characters (default: LEARNLENS_PSEUDONYM_SALT)
  --show-peer-names      instead: show learners their peers' real names
  --port N               TCP port (default 8787; 0 picks a free one)
  --host HOST            interface to bind (default 127.0.0.1; put a TLS proxy in front for anything else)
  --base-path PATH       path prefix of the routes (default /learnlens)
  --allowed-origin URL   an origin browsers may call from (CORS); repeat for several (default: none)
  --max-request-bytes N  largest request body (default 65536)
  --max-response-bytes N largest response body, exports included (default 8388608)
  -h, --help             show this help

Backends (--adapter mock|duckdb|postgres|clickhouse, flags as for "learnlens query"; default mock):
${mockHelp}
${duckdbHelp}
${postgresHelp}
${clickhouseHelp}
`,
  help: `Usage: learnlens help [COMMAND]

Shows the overview, or the help of COMMAND (${commandNames.filter((c) => c !== 'help').join(', ')}).
`,
};
