import type { DuckDBConnection } from '@duckdb/node-api';

/**
 * Decides which partitions (`partition_date`s) this run reprocesses, into the temporary table `changed`: those whose
 * events differ from what the last run saw (new, late or corrected events: a fingerprint over every event of the day),
 * plus the ones forced with `dates`. A partition absent from the input is left alone: its raw events may have been
 * removed by retention while its aggregates are kept.
 */
export async function findChangedPartitions(db: DuckDBConnection, forced: readonly string[]): Promise<string[]> {
  await db.run(`CREATE TABLE IF NOT EXISTS _partitions (partition_date DATE PRIMARY KEY, events BIGINT, fingerprint HUGEINT)`);
  await db.run(`CREATE OR REPLACE TEMP TABLE seen AS
    SELECT partition_date, count(*) AS events, sum(fingerprint)::HUGEINT AS fingerprint FROM ev GROUP BY partition_date`);
  const forcedList = forced.length > 0 ? forced.map((d) => `DATE '${d}'`).join(', ') : 'NULL';
  await db.run(`CREATE OR REPLACE TEMP TABLE changed AS
    SELECT s.partition_date FROM seen s LEFT JOIN _partitions p USING (partition_date)
    WHERE p.partition_date IS NULL OR p.events <> s.events OR p.fingerprint <> s.fingerprint
       OR s.partition_date IN (${forcedList})
    UNION SELECT d FROM (SELECT unnest([${forcedList}]::DATE[]) AS d) WHERE d IS NOT NULL`);
  const rows = (await db.runAndReadAll(`SELECT strftime(partition_date, '%Y-%m-%d') AS d FROM changed ORDER BY 1`)).getRowObjectsJS();
  return rows.map((r) => String(r.d));
}

/** Records the fingerprints of the partitions just processed, so the next run can tell what changed. */
export async function rememberPartitions(db: DuckDBConnection): Promise<void> {
  // A forced day with no events left is deleted here and not re-inserted, so it keeps no stale fingerprint.
  await db.run(`DELETE FROM _partitions WHERE partition_date IN (SELECT partition_date FROM changed)`);
  await db.run(`INSERT INTO _partitions SELECT s.* FROM seen s WHERE s.partition_date IN (SELECT partition_date FROM changed)`);
}

/** How much of the loaded events and of the kept tables this run reprocesses. */
export interface ReprocessScope {
  /** Every partition of the loaded events changed (a first run, or every day forced): every loaded event is reprocessed. */
  everyEvent: boolean;
  /** The minute, session and mastery tables hold no rows yet: there is nothing to replace or carry on from. */
  emptyTables: boolean;
}

/** The scope of this run, once `changed` is known: lets a first run skip the bookkeeping an incremental run needs. */
export async function reprocessScope(db: DuckDBConnection): Promise<ReprocessScope> {
  const row = (
    await db.runAndReadAll(`SELECT NOT EXISTS (SELECT 1 FROM seen s WHERE NOT EXISTS (SELECT 1 FROM changed c WHERE c.partition_date = s.partition_date)) AS every_event,
      NOT EXISTS (SELECT 1 FROM minute_metrics) AND NOT EXISTS (SELECT 1 FROM session_metrics) AND NOT EXISTS (SELECT 1 FROM mastery_deltas) AS empty_tables`)
  ).getRowObjectsJS()[0]!;
  return { everyEvent: row.every_event === true, emptyTables: row.empty_tables === true };
}
