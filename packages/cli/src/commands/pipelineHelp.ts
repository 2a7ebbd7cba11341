/** Help of the seed-001 pipeline commands: ingest, transform, validate, retention. */
export const pipelineHelp = {
  ingest: `Usage: learnlens ingest --format raw|xapi IN... --out DIR [options]

Reads learning events from files or folders (folders recursively, date-partitioned trees included; .jsonl,
.ndjson, .json, .csv, .parquet) and writes every valid one to DIR/raw_events.csv in seed 001's raw_events
columns, and every refused one to DIR/rejects.jsonl with its index, file, position, field and reason. Nothing
is dropped silently. Prints a JSON summary on stdout and the first refused records on stderr.

Options:
  --format raw|xapi      raw: rows with seed 001's raw_events columns; xapi: xAPI 1.0.3 / 2.0 statements (a
                         JSON array, JSON Lines, or LRS StatementResult pages) (required)
  --out DIR              folder to write to, created if missing (required)
  --verbs FILE           xapi: a JSON object of verb IRI or short name -> event type, over the default table
  --learner-key-env NAME xapi: the environment variable holding a secret; learner ids become lrn_<HMAC> of the
                         actor's account name or e-mail address (default: not hashed)
  --processed-at ISO     processed_at for events without one (default: now)
  --strict               exit 1 when any record was refused
  -h, --help             show this help
`,
  transform: `Usage: learnlens transform --events DIR --out DIR [options]

Turns raw events into seed 001's minute_metrics, session_metrics and mastery_deltas, incrementally by
partition_date: only days whose events changed since the last run (new, late or corrected events) are
reprocessed and their rows replaced, so a rerun changes nothing. Writes DIR/<table>.<format> for those three
tables and etl_job_status, keeps its state in DIR/.learnlens/, runs the validation queries after each run and
exits 1 with a report when they find a mismatch. Prints a JSON summary on stdout.

Options:
  --events PATH          raw events: a folder holding raw_events*.csv|parquet or a date-partitioned tree of
                         CSV/Parquet files, or a file (repeatable; required)
  --out DIR              output folder (required)
  --format FORMAT        csv (default), parquet or json
  --date YYYY-MM-DD      reprocess this day even if its events did not change (repeatable)
  --adapter postgres     also copy every table into PostgreSQL (--db-url URL or $LEARNLENS_DATABASE_URL)
  --adapter clickhouse   also copy every table into ClickHouse (--ch-url URL [--ch-user U]
                         [--ch-password-env NAME] [--ch-database D])
  --pipeline-schema NAME the PostgreSQL schema (ClickHouse database) for seed 001's tables (default: the
                         connection's); required with --canonical-org and an adapter
  --canonical-org ORG    also write the canonical events, sessions and mastery_deltas tables of org ORG to
                         DIR/canonical/ (the shapes "learnlens dataset" writes, for the catalog's adapters);
                         with --adapter, that org's rows in the backend's canonical tables are replaced too
  --no-validate          skip the validation queries
  --memory-limit SIZE    DuckDB's memory limit, e.g. 2GB (default 1GB; it spills to DIR/.learnlens/tmp)
  -h, --help             show this help
`,
  validate: `Usage: learnlens validate (--events DIR --out DIR | --adapter postgres|clickhouse ...) [options]

Runs seed 001's two validation queries: raw event counts per day against minute_metrics, and every session's
stored duration within the tolerance of its raw first-to-last event span. Records the result in
etl_job_status. Exits 0 when everything matches, 1 with a report of every mismatch otherwise. Days and
sessions before the cutoffs "retention --apply" recorded are not compared (their rows were deleted on
purpose); the report says what it skipped and from which cutoff.

Options:
  --events PATH          raw events, as for transform (files mode)
  --out DIR              the folder transform wrote (files mode)
  --adapter postgres     instead: the raw_events, minute_metrics and session_metrics tables of PostgreSQL
  --db-url URL           postgres://... (default: $LEARNLENS_DATABASE_URL)
  --adapter clickhouse   instead: those tables in ClickHouse (--ch-url URL [--ch-user U] [--ch-password-env NAME]
                         [--ch-database D]); raw_events is the host's, the others "transform --adapter clickhouse"'s
  --pipeline-schema DB   ClickHouse database holding them (default: the connection's)
  --tolerance SECONDS    allowed session duration difference (default 60, as the seed)
  --json                 print the report as JSON
  -h, --help             show this help
`,
  retention: `Usage: learnlens retention (--events DIR | --out DIR | --adapter postgres|clickhouse ...) [--apply] [options]

Enforces seed 001's retention windows: raw events 18 months, aggregates (session_metrics, mastery_deltas,
etl_job_status) 7 years, real-time data (minute_metrics) 90 days. A dry run by default: lists what it would
delete per table and partition; --apply deletes it (whole partition files of date-partitioned raw events,
rows elsewhere).

Options:
  --events PATH          raw event files, as for transform
  --out DIR              the folder transform wrote
  --adapter postgres     instead: the seed-shaped tables of PostgreSQL (--db-url URL or $LEARNLENS_DATABASE_URL)
  --adapter clickhouse   instead: those tables in ClickHouse (--ch-url URL [--ch-user U] [--ch-password-env NAME]
                         [--ch-database D]); months wholly expired are dropped as partitions, the rest deleted
  --pipeline-schema DB   ClickHouse database holding them (default: the connection's)
  --window TABLE=SPAN    override one table's window, e.g. raw_events=24m, minute_metrics=180d, mastery_deltas=10y
  --now ISO              count the windows back from this instant (default: now)
  --apply                delete; without it nothing changes
  --json                 print the listing as JSON
  -h, --help             show this help
`,
} as const;
