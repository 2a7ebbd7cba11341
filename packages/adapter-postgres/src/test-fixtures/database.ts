import pg from 'pg';
import { startPostgres, type PostgresServer } from '../../../../testing/postgres.js';

/** A throwaway server with one fresh database per name, for test files that need several schemas side by side. */
export interface TestDatabases {
  server: PostgresServer;
  /** A connection string to a new, empty database `name`. */
  create(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Starts a throwaway PostgreSQL on loopback (see testing/postgres.ts). */
export async function startDatabases(): Promise<TestDatabases> {
  const server = await startPostgres();
  return {
    server,
    async create(name) {
      const admin = new pg.Client({ connectionString: server.connectionString });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name.replace(/[^a-z0-9_]/g, '')}"`);
      } finally {
        await admin.end();
      }
      return server.connectionString.replace(/\/postgres$/, `/${name}`);
    },
    stop: () => server.stop(),
  };
}
