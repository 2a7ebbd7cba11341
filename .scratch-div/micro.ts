import { createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from '../bench/scenarios.js';
const dataset = createMockDataset({ seed: 42, targetAttempts: 1_000_000 });
const { admin } = benchViewers(dataset);
const org = dataset.index.org.get(admin.orgId)!;
const { start, end } = dataset.ranges.attempts[org]!;
const a = dataset.attempts;
const N = dataset.activities.length;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
function bench(name: string, f: () => number) {
  for (let i = 0; i < 5; i++) f();
  const ms: number[] = [];
  let chk = 0;
  for (let i = 0; i < 31; i++) { const t = performance.now(); chk += f(); ms.push(performance.now() - t); }
  console.log(name.padEnd(30), median(ms).toFixed(2), 'ms');
}
const userMask: Uint8Array | null = null, activityMask: Uint8Array | null = null;
bench('count only', () => {
  const count = new Int32Array(N); const score = a.score, activity = a.activity;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; count[activity[i]!]!++; }
  return count[0]!;
});
bench('count+sum', () => {
  const count = new Int32Array(N); const sum = new Float64Array(N); const score = a.score, activity = a.activity;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; count[act]!++; sum[act]! += s; }
  return count[0]!;
});
bench('count+sum+dur', () => {
  const count = new Int32Array(N); const sum = new Float64Array(N); const ds = new Float64Array(N); const dc = new Int32Array(N); const score = a.score, activity = a.activity, duration = a.duration;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; count[act]!++; sum[act]! += s; const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; } }
  return count[0]!;
});
bench('count+sum+dur+ended', () => {
  const count = new Int32Array(N); const sum = new Float64Array(N); const ds = new Float64Array(N); const dc = new Int32Array(N); const le = new Float64Array(N).fill(-Infinity); const score = a.score, activity = a.activity, duration = a.duration, endedAt = a.endedAt;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; count[act]!++; sum[act]! += s; const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; } const e = endedAt[i]!; if (e > le[act]!) le[act] = e; }
  return count[0]!;
});
bench('hist only', () => {
  const hist = new Int32Array(N * 201); const score = a.score, activity = a.activity;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const key = s * 2; const k = key | 0; if (k === key && (k >>> 0) <= 200) hist[activity[i]! * 201 + k]!++; }
  return hist[0]!;
});
bench('ended branchless', () => {
  const count = new Int32Array(N); const sum = new Float64Array(N); const ds = new Float64Array(N); const dc = new Int32Array(N); const le = new Float64Array(N).fill(-Infinity); const score = a.score, activity = a.activity, duration = a.duration, endedAt = a.endedAt;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; count[act]!++; sum[act]! += s; const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; } const e = endedAt[i]!; const c = le[act]!; le[act] = e > c ? e : c; }
  return count[0]!;
});
bench('ended only', () => {
  const le = new Float64Array(N).fill(-Infinity); const score = a.score, activity = a.activity, endedAt = a.endedAt;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; const e = endedAt[i]!; if (e > le[act]!) le[act] = e; }
  return le[0]!;
});
bench('dur only', () => {
  const ds = new Float64Array(N); const dc = new Int32Array(N); const score = a.score, activity = a.activity, duration = a.duration;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; } }
  return ds[0]!;
});
bench('dur, ended separate loops', () => {
  let r = 0;
  { const ds = new Float64Array(N); const dc = new Int32Array(N); const score = a.score, activity = a.activity, duration = a.duration;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; } } r += ds[0]!; }
  { const le = new Float64Array(N).fill(-Infinity); const score = a.score, activity = a.activity, endedAt = a.endedAt;
  for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const act = activity[i]!; const e = endedAt[i]!; if (e > le[act]!) le[act] = e; } r += le[0]!; }
  return r;
});
{
  let nanEnded = 0, nanDur = 0, scored = 0;
  for (let i = start; i < end; i++) { if (a.score[i] === a.score[i]) { scored++; if (a.endedAt[i] !== a.endedAt[i]) nanEnded++; if (a.duration[i] !== a.duration[i]) nanDur++; } }
  console.log({ rows: end - start, scored, nanEnded, nanDur });
}
