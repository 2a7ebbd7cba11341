/** A round axis top at or above `max` (1, 2 or 5 times a power of ten), so tick labels are whole counts. */
export function countAxisMax(max: number): number {
  if (max <= 5) return 5;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((m) => m * power >= max)!;
  return step * power;
}
