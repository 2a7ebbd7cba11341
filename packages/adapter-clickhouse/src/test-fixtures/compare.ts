// Sums that cancel to zero (an average mastery change of exactly 0) come out as ±1e-19 in another summation order.
const ABSOLUTE = 1e-12;

/**
 * Differences between two JSON-like values as "path: actual vs expected"; numbers are equal within `relative`
 * tolerance (or 1e-12 absolute), everything else must be deep-equal.
 */
export function differences(actual: unknown, expected: unknown, relative = 1e-9, path = '$'): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (actual === expected) return [];
    const delta = Math.abs(actual - expected);
    return delta <= relative * Math.max(Math.abs(actual), Math.abs(expected)) || delta <= ABSOLUTE
      ? []
      : [`${path}: ${actual} vs ${expected}`];
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const out: string[] = [];
    if (actual.length !== expected.length) out.push(`${path}.length: ${actual.length} vs ${expected.length}`);
    for (let i = 0; i < Math.min(actual.length, expected.length) && out.length <= 20; i++) {
      out.push(...differences(actual[i], expected[i], relative, `${path}[${i}]`));
    }
    return out;
  }
  if (actual !== null && expected !== null && typeof actual === 'object' && typeof expected === 'object') {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const out: string[] = [];
    for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
      if (!(key in a) || !(key in e)) out.push(`${path}.${key}: ${key in a ? 'extra' : 'missing'}`);
      else out.push(...differences(a[key], e[key], relative, `${path}.${key}`));
    }
    return out;
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`];
}
