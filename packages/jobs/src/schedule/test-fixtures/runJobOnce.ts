// A scheduler in its own process, for the cross-process lock test: runs job "export" once now over the file run log
// `argv[2]`, writing its pid to `argv[3]` (so the test knows it holds the lock), then holding it until the file
// `argv[3].go` appears or `argv[4]` ms pass, with locks going stale after `argv[5]` ms; prints "ran" or "skipped".
import { existsSync, writeFileSync } from 'node:fs';
import { fileJobStatus } from '../jobStatus.js';
import { createScheduler } from '../scheduler.js';

const [log, marker, holdMs, staleMs] = process.argv.slice(2) as [string, string, string, string];
const scheduler = createScheduler({
  status: fileJobStatus(log, { lockStaleMs: Number(staleMs) }),
  jobs: [
    {
      name: 'export',
      cron: '0 2 * * *',
      run: async () => {
        writeFileSync(marker, String(process.pid));
        const until = Date.now() + Number(holdMs);
        while (Date.now() < until && !existsSync(`${marker}.go`)) await new Promise((resolve) => setTimeout(resolve, 50));
        return { recordsProcessed: 1, recordsFailed: 0, bytesProcessed: 0 };
      },
    },
  ],
});
const row = await scheduler.runNow('export');
process.stdout.write(row === null ? 'skipped\n' : 'ran\n');
