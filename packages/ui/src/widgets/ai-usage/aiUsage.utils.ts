import type { AiUsageDay, AiUsageTotal } from './aiUsage.types.js';

/** Sums each key's days (calls, tokens, cost, failures); rows by cost, highest first. */
export function aiUsageTotals(rows: readonly AiUsageDay[]): AiUsageTotal[] {
  const byKey = new Map<string, AiUsageTotal>();
  for (const r of rows) {
    let t = byKey.get(r.key);
    if (!t) {
      t = { key: r.key, calls: 0, tokensInput: 0, tokensOutput: 0, costUsd: 0, failedCalls: 0, days: [] };
      byKey.set(r.key, t);
    }
    t.calls += r.calls;
    t.tokensInput += r.tokensInput;
    t.tokensOutput += r.tokensOutput;
    t.costUsd += r.costUsd;
    t.failedCalls += r.failedCalls;
    t.days.push(r);
  }
  for (const t of byKey.values()) t.days.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return [...byKey.values()].sort((a, b) => b.costUsd - a.costUsd || (a.key < b.key ? -1 : 1));
}
