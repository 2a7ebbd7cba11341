import { randomUUID } from 'node:crypto';
import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from './sqlText.js';

/** One run's entry in `etl_job_status` (seed 001): opened as `running`, closed as `completed` or `failed`. */
export interface JobRun {
  jobId: string;
  finish(result: { status: 'completed' | 'failed'; recordsProcessed: number; recordsFailed: number; bytesProcessed: number; error?: string }): Promise<void>;
}

/** Opens a job run row now. */
export async function startJob(db: DuckDBConnection, jobType: string, retryCount = 0): Promise<JobRun> {
  const jobId = randomUUID();
  await db.run(`INSERT INTO etl_job_status VALUES (${sqlString(jobId)}, ${sqlString(jobType)}, 'running',
    now()::TIMESTAMP, NULL, 0, 0, 0, NULL, ${retryCount}, now()::TIMESTAMP, now()::TIMESTAMP)`);
  return {
    jobId,
    async finish(result) {
      await db.run(`UPDATE etl_job_status SET status = ${sqlString(result.status)}, completed_at = now()::TIMESTAMP,
        records_processed = ${result.recordsProcessed}, records_failed = ${result.recordsFailed},
        bytes_processed = ${result.bytesProcessed}, error_message = ${result.error === undefined ? 'NULL' : sqlString(result.error)},
        updated_at = now()::TIMESTAMP WHERE job_id = ${sqlString(jobId)}`);
    },
  };
}
