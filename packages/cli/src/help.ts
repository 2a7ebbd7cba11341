import { queryNames } from '@learnlens/data-client';
import { jobBackendHelp } from './commands/jobBackend.js';
import { pipelineHelp } from './commands/pipelineHelp.js';

/** The commands `learnlens` knows. */
export const commandNames = ['dataset', 'query', 'export', 'serve', 'bi-export', 'digest', 'schedule', 'ingest', 'transform', 'validate', 'retention', 'help'] as const;

/** A command name. */
export type CommandName = (typeof commandNames)[number];

const mockHelp = `  --adapter mock (default): the in-memory engine
  --seed N               generate the mock dataset from seed N (default: seed 1, default sizes)
  --orgs N, --learners N, --days N, --target-attempts N, --end-date YYYY-MM-DD
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
  learnlens bi-export [--date YYYY-MM-DD] [--org ID ...] [--csv] [--endpoint URL] [--path-style] [--adapter mock|postgres ...]
  learnlens digest [--week YYYY-MM-DD] (--smtp URL --from ADDR | --out DIR) [--org ID ...] [--adapter mock|postgres ...]
  learnlens schedule --config FILE [--run JOB]
  learnlens ingest --format raw|xapi IN... --out DIR
  learnlens transform --events DIR --out DIR [--format csv|parquet|json] [--adapter postgres]
  learnlens validate (--events DIR --out DIR | --adapter postgres)
  learnlens retention (--events DIR | --out DIR | --adapter postgres) [--apply]
  learnlens help [COMMAND]

Commands:
  dataset   write the seeded mock dataset, one file per table
  query     run one catalog query and print its validated result as JSON
  export    run the BI export (audit entry first) and print the audit entry as JSON
  serve     run the Learnlens HTTP server over a backend until SIGINT or SIGTERM
  bi-export upload each org's day of the BI export (seed 000) as Parquet to S3-compatible storage
  digest    email each manager their team's week (seed 002): top and bottom 5, team average, completion
  schedule  run bi-export, digest and refresh-views on cron expressions, logging each run (etl_job_status)
  ingest    raw events or xAPI statements in, seed 001 raw_events out, refused records with reasons
  transform raw events to minute, session and mastery metrics (seed 001), incremental by day
  validate  seed 001's validation queries over files or PostgreSQL; exit 1 on any mismatch
  retention seed 001's retention windows (raw 18 months, aggregates 7 years, real-time 90 days)

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
  --end-date YYYY-MM-DD  the day after the history's last day (default 2026-11-01, so runs repeat)
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
  --jwks-url URL         instead: verify tokens with the keys an identity provider publishes (Supabase, Auth0,
                         Clerk...), picked by "kid" and refetched when they rotate; https (http on loopback only)
  --algorithms A[,B]     accepted "alg" values (default HS256 with a secret, RS256 with a public key,
                         RS256,ES256,EdDSA with --jwks-url)
  --claim-user PATH, --claim-role PATH, --claim-org PATH
                         where the viewer lives in the token (default sub, role, org_id; Supabase e.g.
                         --claim-role app_metadata.role); a JSON array for claim names holding dots
  --max-token-age S      oldest token accepted, from its "iat", in seconds (default 86400)
  --pseudonym-salt-env NAME
                         the environment variable holding the secret salt of peers' pseudonyms, at least 16
                         characters (default: LEARNLENS_PSEUDONYM_SALT)
  --pseudonym-key-id ID  the version of the salt (default 1): rotate the salt with a new id and every pseudonym
                         changes, unlinkable to the old ones
  --show-peer-names      instead: show learners their peers' real names
  --small-group-threshold K
                         a learner sees no aggregate about peers (board, peer average, team figure) over fewer
                         than K learners (default 5; 1 turns suppression off)
  --port N               TCP port (default 8787; 0 picks a free one)
  --host HOST            interface to bind (default 127.0.0.1; put a TLS proxy in front for anything else)
  --base-path PATH       path prefix of the routes (default /learnlens)
  --allowed-origin URL   an origin browsers may call from (CORS); repeat for several (default: none)
  --max-request-bytes N  largest request body (default 65536)
  --max-response-bytes N largest query response (default 8388608); exports stream and are not capped
  --deadline-ms N        a request still running after N ms is cancelled with 504 (default 5000)
  --export-deadline-ms N the same for exports (default 120000)
  --rate-limit N/S       requests per viewer per S seconds, then 429 with Retry-After (default 300/60; off)
  --workers N            worker threads running the mock engine off the request thread (default: the
                         machine's cores; 0: on the request thread)
  -h, --help             show this help

Backends (--adapter mock|duckdb|postgres|clickhouse, flags as for "learnlens query"; default mock):
${mockHelp}
${duckdbHelp}
${postgresHelp}
${clickhouseHelp}
`,
  'bi-export': `Usage: learnlens bi-export [--date YYYY-MM-DD] [--org ID ...] [options] [backend options]

The nightly BI export (seed 000): for each org, the attempts started on the UTC day --date, in seed 000's BI
columns (attempt_id, user_id, org_ids, plan, submitted_at, goal_band, average_band, task1_band, task2_band), as
Parquet uploaded to
  s3://$BI_EXPORT_BUCKET/$BI_EXPORT_PREFIX/schema=v1/org_id=ORG/date=DAY/attempts.parquet
The key depends only on org, day and schema version: a rerun builds the same bytes, finds them in the bucket and
uploads nothing. Each upload's audit entry (format, org, row count, the object) is written before the upload.
With --adapter http the server builds each file on its audited, admin-only analytics route (the token must be the
org admin's) and writes the audit entry there before sending a byte; the bytes are those of every other backend.
Files over 8 MiB go up in parts and appear only once complete, so a failed run leaves no partial object; it
reports the org on stderr, still delivers the other orgs and exits 1; rerun it to finish.

Prints {"date", "bucket", "objects": [{"orgId", "format", "key", "rows", "bytes", "sha256", "status"}],
"failures": [...]} as JSON on stdout; progress goes to stderr.

Environment (required unless noted):
  BI_EXPORT_BUCKET       the bucket
  BI_EXPORT_PREFIX       key prefix, the "folder" (optional; default: the bucket root)
  AWS_REGION             e.g. eu-central-1 (S3-compatible stores: any region they accept, often us-east-1)
  AWS_ACCESS_KEY_ID      access key
  AWS_SECRET_ACCESS_KEY  secret key; never printed
  AWS_SESSION_TOKEN      temporary credentials (optional)
  AWS_ENDPOINT_URL       an S3-compatible endpoint (optional; --endpoint wins)

Options:
  --date YYYY-MM-DD      the UTC day to export (default: yesterday, UTC)
  --org ID               only this org; repeat for several (default: every org)
  --csv                  also upload attempts.csv beside the Parquet file; refused for an org above 10,000 rows
  --endpoint URL         S3-compatible endpoint, e.g. http://127.0.0.1:9000 (default: $AWS_ENDPOINT_URL, else AWS)
  --path-style           path-style addressing (endpoint/bucket/key), which most S3-compatible stores need
  -q, --quiet            no progress on stderr
  -h, --help             show this help

${jobBackendHelp}
`,
  digest: `Usage: learnlens digest [--week YYYY-MM-DD] (--smtp URL --from ADDRESS | --out DIR) [options] [backend options]

The weekly manager digest (seed 002). For each manager of each org, for the week (Monday to Sunday in the org's
time zone) holding --week: the top 5 and bottom 5 learners of their team, the team average score and the
completion rate of the team's assignments due that week or earlier: the numbers the leaderboard and
assignmentProgress queries give the manager for that week. One email per manager, HTML (readable in dark mode)
with a plain-text part, in the manager's locale. A manager whose team had no scored attempt gets a short
"no activity" digest (with the completion rate).

Each digest is sent once per manager and week: deliveries are appended to a delivery log, and a rerun skips
every manager already in it. A message the server refuses for now is retried (--attempts, with backoff); one
refused for good (5xx) is reported. Failures are listed on stderr and in the JSON; the other managers still get
theirs, and the exit code is 1 (rerun to retry only the failed ones).

Prints {"week", "deliveryLog", "sent": [...], "skipped": [...], "failed": [...]} as JSON on stdout.

Options:
  --week YYYY-MM-DD      any day of the week to report (default: the day a week ago, i.e. last week)
  --smtp URL             smtp://user:password@host:587 (STARTTLS when offered) or smtps://...:465
                         (default: $LEARNLENS_SMTP_URL, which keeps the password out of the process list); never printed
  --from ADDRESS         the sender, e.g. "Learnlens <digest@example.com>" (required with --smtp)
  --out DIR              instead of sending: write DIR/<week Monday>/<org>--<manager>.eml
  --org ID               only this org; repeat for several (default: every org)
  --locale LOCALE        locale of managers whose record has none (default en-US; en, de, fr, es are translated,
                         other locales get English words with their own number and date formats)
  --delivery-log FILE    the delivery log (default: DIR/deliveries.jsonl with --out, else
                         ./learnlens-digest-deliveries.jsonl)
  --attempts N           tries per message, 1 to 10 (default 3)
  -q, --quiet            no progress on stderr
  -h, --help             show this help

${jobBackendHelp}
`,
  ...pipelineHelp,
  schedule: `Usage: learnlens schedule --config FILE [--run JOB]

Runs the jobs on cron expressions (croner; 5 fields, or 6 with seconds first) until SIGINT or SIGTERM, and
records every run in a log shaped like seed 001's etl_job_status (job_id, job_type, status running → completed
or failed, started_at, completed_at, records_processed, records_failed, bytes_processed, error_message,
retry_count). A job never runs twice at once, across processes too: a tick that finds it still running is
skipped (a PostgreSQL advisory lock with the PostgreSQL log, a <log>.<job>.lock beside the JSON-lines log). Prints the next run of each job as JSON on stdout;
events go to stderr. With --run JOB, runs that job once now, prints its log row and exits (0 completed, 1 failed):
the form for crontab, a Kubernetes CronJob or a hosted cron.

Jobs: bi-export (learnlens bi-export), digest (learnlens digest), refresh-views (seed 002's
select refresh_reporting_views(), for --adapter postgres --mapping seed002).

The config file (JSON):
  {
    "timezone": "UTC",                                  cron expressions are read in this zone
    "backend": ["--adapter", "postgres", "--mapping", "seed002"],
                                                        backend flags for every job (default: mock)
    "statusLog": "postgres",                            the etl_job_status table (created if missing), or a
                                                        JSON-lines file relative to the config (default
                                                        learnlens-job-status.jsonl)
    "retryDelaySeconds": 60,                            wait before a retry
    "jobs": {
      "refresh-views": { "cron": "0 2 * * *" },
      "bi-export": { "cron": "0 3 * * *", "args": ["--path-style"], "retries": 2 },
      "digest": { "cron": "0 7 * * 1", "args": ["--from", "Learnlens <digest@example.com>"] }
    }
  }
Secrets stay in the environment (AWS_SECRET_ACCESS_KEY, LEARNLENS_SMTP_URL, LEARNLENS_DATABASE_URL).

Options:
  --config FILE          the config file (required)
  --run JOB              run JOB once now and exit
  -h, --help             show this help
`,
  help: `Usage: learnlens help [COMMAND]

Shows the overview, or the help of COMMAND (${commandNames.filter((c) => c !== 'help').join(', ')}).
`,
};
