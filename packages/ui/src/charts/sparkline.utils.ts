/** What a sparkline draws: polyline point lists for each unbroken run, and dots for values standing alone. */
export interface SparklineShape {
  /** `points` attributes of the polylines, one per run of two or more values. */
  segments: string[];
  /** [x, y] of values with a gap on both sides, which a line could not show. */
  dots: [number, number][];
}

const PAD = 2;

/**
 * Lays values out across `width` × `height` (with a 2 px margin so strokes are not cut): x by index, y by value in
 * `range` (default the values' own min–max; a flat series sits in the middle). Nulls break the line.
 */
export function sparklinePaths(values: readonly (number | null)[], width: number, height: number, range?: readonly [number, number]): SparklineShape {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length === 0) return { segments: [], dots: [] };
  const lo = range ? range[0] : Math.min(...present);
  const hi = range ? range[1] : Math.max(...present);
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  const y = (v: number) => {
    if (hi === lo) return height / 2;
    const share = Math.min(1, Math.max(0, (v - lo) / (hi - lo)));
    return height - PAD - share * (height - 2 * PAD);
  };
  const round = (n: number) => Math.round(n * 10) / 10;
  const segments: string[] = [];
  const dots: [number, number][] = [];
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length > 1) segments.push(run.map(([px, py]) => `${px},${py}`).join(' '));
    else if (run.length === 1) dots.push(run[0]!);
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) flush();
    else run.push([round(values.length > 1 ? PAD + i * step : width / 2), round(y(v))]);
  });
  flush();
  return { segments, dots };
}
