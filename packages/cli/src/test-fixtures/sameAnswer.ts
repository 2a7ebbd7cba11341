/**
 * Where `actual` differs from `expected`, as "path: actual vs expected" lines: numbers may differ by 1e-9 relative
 * (backends sum in their own order), everything else must be equal. Empty when they agree.
 */
export function differences(actual: unknown, expected: unknown, path = '$'): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    const scale = Math.max(1, Math.abs(expected));
    return Math.abs(actual - expected) <= 1e-9 * scale ? [] : [`${path}: ${actual} vs ${expected}`];
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return [`${path}: ${actual.length} items vs ${expected.length}`];
    return actual.flatMap((item, i) => differences(item, expected[i], `${path}[${i}]`));
  }
  if (isObject(actual) && isObject(expected)) {
    const keys = [...new Set([...Object.keys(actual), ...Object.keys(expected)])];
    return keys.flatMap((key) => differences(actual[key], expected[key], `${path}.${key}`));
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
