import { queryNames } from '@learnlens/data-client';

/** The commands `learnlens` knows. */
export const commandNames = ['dataset', 'query', 'export', 'help'] as const;

/** A command name. */
export type CommandName = (typeof commandNames)[number];

const sourceHelp = `Data source (default: --seed 1 with the generator's default sizes):
  --seed N               generate the mock dataset from seed N
  --orgs N, --learners N, --days N, --target-attempts N
                         generator sizes, as for "learnlens dataset"
  --data DIR             read the CSV tables "learnlens dataset --format csv" wrote to DIR
  --adapter NAME         the backend; accepted: mock (default)`;

/** `learnlens --help`. */
export const mainHelp = `learnlens — Learnlens learning analytics from a terminal

Usage:
  learnlens dataset --seed N --out DIR [--format csv|parquet|json] [--orgs N] [--learners N] [--days N]
  learnlens query NAME --viewer JSON [--params JSON] [--seed N | --data DIR] [--adapter mock]
  learnlens export --format csv|parquet --out FILE --viewer JSON [--params JSON] [--seed N | --data DIR]
  learnlens help [COMMAND]

Commands:
  dataset   write the seeded mock dataset, one file per table
  query     run one catalog query and print its validated result as JSON
  export    run the BI export (audit entry first) and print the audit entry as JSON

Options:
  -h, --help      show help (also: learnlens COMMAND --help)
  -V, --version   show the version

Exit codes: 0 success, 2 bad input (one line on stderr), 1 unexpected failure.
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
  query: `Usage: learnlens query NAME --viewer JSON [--params JSON] [source options]

Runs catalog query NAME for a viewer and prints the validated result as pretty JSON on stdout.

Options:
  --viewer JSON          who asks: {"userId": "...", "role": "admin|manager|learner", "orgId": "..."} (required)
  --params JSON          the query's parameters, e.g. {"from": "2026-08-01", "now": "2026-11-01T00:00:00Z"}
                         (default {})
  -h, --help             show this help

${sourceHelp}

Queries: ${queryNames.join(', ')}
`,
  export: `Usage: learnlens export --format csv|parquet --out FILE --viewer JSON [--params JSON] [source options]

Runs the BI export (seed 000's columns, one row per attempt) with the exportRows filters. The audit entry is
written first; a CSV export is refused above 10,000 rows (use parquet). Writes the file to FILE and prints the
audit entry as JSON on stdout.

Options:
  --format FORMAT        csv or parquet (required)
  --out FILE             file to write (required); its directory is created if missing
  --viewer JSON          who exports: {"userId": "...", "role": "...", "orgId": "..."} (required)
  --params JSON          exportRows filters: from, to, timezone, now, teamId, userIds, activityIds (default {})
  -h, --help             show this help

${sourceHelp}
`,
  help: `Usage: learnlens help [COMMAND]

Shows the overview, or the help of COMMAND (${commandNames.filter((c) => c !== 'help').join(', ')}).
`,
};
