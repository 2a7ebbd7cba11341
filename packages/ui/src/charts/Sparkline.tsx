'use client';
import { sparklinePaths } from './sparkline.utils.js';

/** Props of `Sparkline`. */
export interface SparklineProps {
  /** Values oldest first; null leaves a gap. */
  values: readonly (number | null)[];
  /** Fixed value range of the y axis (e.g. [0, 1] for an accuracy); by default the values' own range. */
  range?: readonly [number, number];
  /** Width in px; default 72. */
  width?: number;
  /** Height in px; default 20. */
  height?: number;
}

/**
 * A word-sized line chart for a table cell (Tufte's sparkline), drawn as plain SVG: a table of small charts needs
 * no echarts instance per row. Decoration only (`aria-hidden`); the row's cells carry the numbers.
 */
export function Sparkline({ values, range, width = 72, height = 20 }: SparklineProps) {
  const { segments, dots } = sparklinePaths(values, width, height, range);
  return (
    <svg
      className="ll-spark"
      data-slot="sparkline"
      data-points={values.filter((v) => v !== null).length}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {segments.map((points, i) => (
        <polyline key={i} points={points} fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      ))}
      {dots.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={1.5} fill="currentColor" />
      ))}
    </svg>
  );
}
