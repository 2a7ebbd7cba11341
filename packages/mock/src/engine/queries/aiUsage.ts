import { isoDateOf, type QueryParams, type QueryResult } from '@learnlens/data-client';
import { timeSlice, type EngineContext } from '../context.js';
import { DAY_MS, LocalTimeCursor } from '../localTime.js';

interface Group {
  day: number;
  key: string;
  calls: number;
  tokensInput: number;
  tokensOutput: number;
  cost: number;
  failed: number;
  durations: number[];
}

// percentile_cont(0.5): the middle value, or the mean of the two middle ones.
function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(mid)]!;
  return low + (sorted[Math.ceil(mid)]! - low) * 0.5;
}

/** Answers `aiUsage`: per local day and operation or model, calls, tokens, cost, failures and the median latency. */
export function aiUsage(ctx: EngineContext, params: QueryParams<'aiUsage'>): QueryResult<'aiUsage'> {
  const u = ctx.dataset.aiUsage;
  const { start, end } = timeSlice(u.createdAt, ctx.dataset.ranges.aiUsage[ctx.org]!, ctx.fromMs, ctx.toMs);
  const keys = params.groupBy === 'model' ? u.model : u.operation;
  const mask = ctx.userMask;
  const cursor = new LocalTimeCursor(ctx.clock);
  const groups = new Map<string, Group>();
  for (let i = start; i < end; i++) {
    const user = u.user[i]!;
    // A user filter keeps the calls its users made; background calls have no user.
    if (mask !== null && (user < 0 || mask[user] !== 1)) continue;
    const day = Math.floor(cursor.local(u.createdAt[i]!) / DAY_MS);
    const key = keys[i]!;
    const id = `${day}\u0000${key}`;
    let g = groups.get(id);
    if (g === undefined) {
      g = { day, key, calls: 0, tokensInput: 0, tokensOutput: 0, cost: 0, failed: 0, durations: [] };
      groups.set(id, g);
    }
    g.calls++;
    const tin = u.tokensInput[i]!;
    const tout = u.tokensOutput[i]!;
    const cost = u.costUsd[i]!;
    const ms = u.durationMs[i]!;
    if (tin === tin) g.tokensInput += tin;
    if (tout === tout) g.tokensOutput += tout;
    if (cost === cost) g.cost += cost;
    if (u.success[i] !== 1) g.failed++;
    if (ms === ms) g.durations.push(ms);
  }
  const codePoints = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    groupBy: params.groupBy,
    rows: [...groups.values()]
      .sort((a, b) => a.day - b.day || codePoints(a.key, b.key))
      .map((g) => ({
        day: isoDateOf(g.day),
        key: g.key,
        calls: g.calls,
        tokensInput: g.tokensInput,
        tokensOutput: g.tokensOutput,
        costUsd: g.cost,
        failedCalls: g.failed,
        failureRate: g.failed / g.calls,
        p50DurationMs: median(g.durations),
      })),
  };
}
