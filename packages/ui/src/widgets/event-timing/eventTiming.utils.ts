import { EVENT_TIMING_PARTS } from '@learnlens/data-client';
import type { GridHeatmapInput } from '../../charts/heatmapOption.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { EventTimingRow } from './eventTiming.types.js';

import { eventTypeName } from '../../widget-shell/eventTypeName.js';

export { eventTypeName };

/** Days of history shown when the range is not given. */
export const EVENT_TIMING_DEFAULT_DAYS = 90;

/** The tenths of a call, 0 first. */
export const callParts: readonly number[] = Array.from({ length: EVENT_TIMING_PARTS }, (_, k) => k);

/** A tenth of the call in words, e.g. "20%–30% of the call". */
export function partLabel(k: number, format: Formatters): string {
  return format.t('eventTiming.part', { from: format.percent(k / EVENT_TIMING_PARTS, 0), to: format.percent((k + 1) / EVENT_TIMING_PARTS, 0) });
}

/** Width in px of the row labels: the longest type name at about 6.5 px a character, within 64–160 px. */
export function labelWidth(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return Math.max(64, Math.min(160, Math.round(longest * 6.5) + 12));
}

/**
 * The heatmap: one row per event type, one column per tenth of the call; a cell's colour is the type's share of its
 * events in that tenth, so rare and frequent types read on one scale.
 */
export function timingHeatmapInput(
  rows: readonly EventTimingRow[],
  format: Formatters,
  names?: Readonly<Record<string, string>>,
): GridHeatmapInput & { labelWidth: number } {
  const yLabels = rows.map((r) => eventTypeName(r.eventType, format, names));
  const maxShare = Math.max(0, ...rows.flatMap((r) => r.shares));
  return {
    xLabels: callParts.map((k) => format.percent((k + 1) / EVENT_TIMING_PARTS, 0)),
    yLabels,
    cells: rows.flatMap((r, y) =>
      callParts.map((k) => ({
        // In percent: the colour scale runs from 0 to the largest cell (and never below 1).
        value: r.shares[k]! * 100,
        title: `${yLabels[y]!} · ${partLabel(k, format)}`,
        detail: format.t('eventTiming.cellDetail', { share: format.percent(r.shares[k]!), count: r.counts[k]! }),
        selected: false,
      })),
    ),
    activeIndex: null,
    legend: { low: format.percent(0, 0), high: format.percent(maxShare, 0) },
    labelWidth: labelWidth(yLabels),
  };
}
