import { createMockDataset } from './packages/mock/src/index.ts';
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
for (const [label, o] of [['small', { seed: 42, targetAttempts: 1_000_000 }], ['realistic', { seed: 42, orgs: 5, learnersPerOrg: 10_000, targetAttempts: 1_000_000 }]] as const) {
  const c0 = cpu(); const t0 = performance.now();
  const d = createMockDataset(o);
  const ms = cpu() - c0;
  console.log(label, d.users.length, 'users', d.attempts.length, 'attempts', ms.toFixed(0), 'ms cpu', (performance.now() - t0).toFixed(0), 'ms wall', (ms * 1000 / d.attempts.length).toFixed(2), 'µs/attempt');
}
