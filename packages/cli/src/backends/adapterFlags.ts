import { choiceFlag, type FlagSpec, type FlagValues } from '../args.js';
import { generatorFlags } from '../source.js';
import { UsageError } from '../usageError.js';

/** The backends `--adapter` accepts. */
export const adapterNames = ['mock', 'duckdb', 'postgres', 'clickhouse', 'http'] as const;

/** A backend name. */
export type AdapterName = (typeof adapterNames)[number];

/** The backends `learnlens serve` can run: every one but http, which would put a server in front of a server. */
export const servedAdapterNames = ['mock', 'duckdb', 'postgres', 'clickhouse'] as const satisfies readonly AdapterName[];

/** A backend `learnlens serve` can run. */
export type ServedAdapterName = (typeof servedAdapterNames)[number];

// The adapters each data-source flag belongs to; a flag given with any other adapter is refused.
const flagOwners: Record<string, readonly AdapterName[]> = {
  ...Object.fromEntries(Object.keys(generatorFlags).map((name) => [name, ['mock'] as const])),
  data: ['mock', 'duckdb'],
  'data-format': ['duckdb'],
  'db-url': ['postgres'],
  mapping: ['postgres'],
  'ch-url': ['clickhouse'],
  'ch-user': ['clickhouse'],
  'ch-password-env': ['clickhouse'],
  'ch-database': ['clickhouse'],
  url: ['http'],
  'token-env': ['http'],
};

const valueFlag = { type: 'string' } as const;

/** The flags of the backends `serve` can run: --adapter plus each one's connection flags. */
export const servedBackendFlags: FlagSpec = Object.fromEntries(
  ['adapter', ...Object.keys(flagOwners).filter((name) => flagOwners[name]!.some((a) => a !== 'http'))].map((name) => [name, valueFlag]),
);

/** Every backend's flags, for `query` and `export`. */
export const backendFlags: FlagSpec = { ...servedBackendFlags, url: valueFlag, 'token-env': valueFlag };

/**
 * Reads --adapter (default mock) from the `accepted` names and refuses any data-source flag of another adapter, so
 * `--adapter postgres --seed 3` fails instead of quietly ignoring the seed.
 */
export function adapterFlag<const T extends AdapterName>(values: FlagValues, accepted: readonly T[]): T {
  const name = choiceFlag(values, 'adapter', accepted) ?? ('mock' as T);
  for (const [flag, owners] of Object.entries(flagOwners)) {
    if (values[flag] === undefined || owners.includes(name)) continue;
    const chosen = values.adapter === undefined ? `--adapter ${name} (the default)` : `--adapter ${name}`;
    throw new UsageError(`--${flag} is a flag of --adapter ${owners.join(' and ')}, not of ${chosen}`);
  }
  return name;
}
