import { choiceFlag, stringFlag, type FlagValues } from '../args.js';
import type { CommandContext } from '../commands/context.js';
import { UsageError } from '../usageError.js';
import { openedWith, type BackendPlan } from './backend.js';
import { checkUrl } from './checks.js';

/** The environment variable read when --db-url is not given. */
export const DATABASE_URL_ENV = 'LEARNLENS_DATABASE_URL';

const mappingNames = ['canonical', 'seed002', 'seed003', 'seed000'] as const;

/**
 * `--adapter postgres --db-url URL [--mapping NAME]`: PostgreSQL through one of the adapter's mapping presets. The URL
 * (or LEARNLENS_DATABASE_URL) is a secret: no message ever shows it.
 */
export function planPostgres(values: FlagValues, ctx: CommandContext): BackendPlan {
  const fromFlag = stringFlag(values, 'db-url');
  const url = fromFlag ?? ctx.env[DATABASE_URL_ENV];
  if (url === undefined || url === '') {
    throw new UsageError(`--adapter postgres needs --db-url URL or the environment variable ${DATABASE_URL_ENV}`);
  }
  ctx.secrets.add(url);
  checkUrl(ctx, url, fromFlag !== undefined ? '--db-url' : DATABASE_URL_ENV, ['postgres:', 'postgresql:']);
  const mappingName = choiceFlag(values, 'mapping', mappingNames) ?? 'canonical';
  return {
    name: 'postgres',
    async open() {
      const pg = await import('@learnlens/adapter-postgres');
      const mappings = {
        canonical: pg.canonicalMapping,
        seed002: pg.seed002Mapping,
        seed003: pg.seed003Mapping,
        seed000: pg.seed000Mapping,
      };
      const adapter = pg.createPostgresAdapter({ connectionString: url, mapping: mappings[mappingName] });
      return openedWith(adapter, () => adapter.close());
    },
  };
}
