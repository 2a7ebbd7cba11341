import { createMockDataset } from '../packages/mock/src/index.js';
import { benchViewers } from '../bench/scenarios.js';
const dataset = createMockDataset({ seed: 42, targetAttempts: 1_000_000 });
const { admin } = benchViewers(dataset);
const org = dataset.index.org.get(admin.orgId)!;
const { start, end } = dataset.ranges.attempts[org]!;
const a = dataset.attempts;
const N = dataset.activities.length;
const G = 201;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
function bench(name: string, f: () => number) {
  for (let i = 0; i < 5; i++) f();
  const ms: number[] = [];
  for (let i = 0; i < 41; i++) { const t = performance.now(); f(); ms.push(performance.now() - t); }
  console.log(name.padEnd(30), median(ms).toFixed(2), 'ms');
}
const cells = new Uint16Array(end - start); let n = 0;
for (let i = start; i < end; i++) { const s = a.score[i]!; if (s !== s) continue; cells[n++] = a.activity[i]! * G + s * 2; }
const mean = new Float64Array(N).fill(64.3);
const cellActivity = new Int32Array(N * G), cellSquare = new Float64Array(N * G);
for (let act = 0, c = 0; act < N; act++) for (let key = 0; key < G; key++, c++) { cellActivity[c] = act; const d = key / 2 - mean[act]!; cellSquare[c] = d * d; }
bench('write cells', () => { let m = 0; const score = a.score, activity = a.activity; for (let i = start; i < end; i++) { const s = score[i]!; if (s !== s) continue; const key = s * 2; if ((key | 0) === key && key >= 0 && key <= 200) cells[m++] = activity[i]! * G + key; } return m; });
bench('hist only', () => { const hist = new Int32Array(N * G); for (let m = 0; m < n; m++) hist[cells[m]!]!++; return hist[0]!; });
bench('squares only', () => { const sq = new Float64Array(N); for (let m = 0; m < n; m++) { const c = cells[m]!; sq[cellActivity[c]!]! += cellSquare[c]!; } return sq[0]!; });
bench('both', () => { const hist = new Int32Array(N * G); const sq = new Float64Array(N); for (let m = 0; m < n; m++) { const c = cells[m]!; hist[c]!++; sq[cellActivity[c]!]! += cellSquare[c]!; } return sq[0]!; });
const userMask: Uint8Array | null = null, activityMask: Uint8Array | null = null;
bench('pass1 current', () => {
  const count = new Int32Array(N), sum = new Float64Array(N), ds = new Float64Array(N), dc = new Int32Array(N), le = new Float64Array(N).fill(-Infinity);
  const score = a.score, activity = a.activity, duration = a.duration, endedAt = a.endedAt, user = a.user;
  let cl: Uint16Array | null = cells; let m = 0;
  for (let i = start; i < end; i++) {
    const s = score[i]!; if (s !== s) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    count[act]!++; sum[act]! += s;
    const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; }
    const e = endedAt[i]!; if (e > le[act]!) le[act] = e;
    if (cl !== null) { const key = s * 2; if ((key | 0) === key && key >= 0 && key <= 200 && (key !== 0 || 1 / s > 0)) cl[m++] = act * G + key; else cl = null; }
  }
  return m;
});
bench('pass1 no count/sum', () => {
  const ds = new Float64Array(N), dc = new Int32Array(N), le = new Float64Array(N).fill(-Infinity);
  const score = a.score, activity = a.activity, duration = a.duration, endedAt = a.endedAt, user = a.user;
  let cl: Uint16Array | null = cells; let m = 0;
  for (let i = start; i < end; i++) {
    const s = score[i]!; if (s !== s) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; }
    const e = endedAt[i]!; if (e > le[act]!) le[act] = e;
    if (cl !== null) { const key = s * 2; if ((key | 0) === key && key >= 0 && key <= 200 && (key !== 0 || 1 / s > 0)) cl[m++] = act * G + key; else cl = null; }
  }
  return m;
});
bench('pass1 no cells', () => {
  const count = new Int32Array(N), sum = new Float64Array(N), ds = new Float64Array(N), dc = new Int32Array(N), le = new Float64Array(N).fill(-Infinity);
  const score = a.score, activity = a.activity, duration = a.duration, endedAt = a.endedAt, user = a.user;
  for (let i = start; i < end; i++) {
    const s = score[i]!; if (s !== s) continue;
    if (userMask !== null && userMask[user[i]!] === 0) continue;
    const act = activity[i]!;
    if (activityMask !== null && activityMask[act] === 0) continue;
    count[act]!++; sum[act]! += s;
    const d = duration[i]!; if (d === d) { ds[act]! += d; dc[act]!++; }
    const e = endedAt[i]!; if (e > le[act]!) le[act] = e;
  }
  return count[0]!;
});
