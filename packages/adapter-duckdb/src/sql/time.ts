/** Epoch milliseconds (DOUBLE) of a TIMESTAMPTZ expression, for turning into ISO strings in JS. */
export function epochMs(expr: string): string {
  return `CAST(epoch_ms(${expr}) AS DOUBLE)`;
}

/** ISO 8601 string of epoch milliseconds, or null. */
export function isoOf(ms: unknown): string | null {
  return ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString();
}
