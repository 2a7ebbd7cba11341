import type { Bucket, QueryResult } from '@learnlens/data-client';
import type { LineChartInput } from '../../charts/lineOption.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { MasteryPoint, MasterySeries } from './masteryTrend.types.js';

/**
 * Groups the query's rows into one series per content item, ranked by evidence (mastery changes recorded,
 * most first; ties by id), named from `names` or else by id and kind.
 */
export function masterySeries(result: QueryResult<'masteryTrend'>, names: Readonly<Record<string, string>> = {}): MasterySeries[] {
  const byContent = new Map<string, MasterySeries>();
  for (const row of result.rows) {
    let series = byContent.get(row.contentId);
    if (!series) {
      series = {
        contentId: row.contentId,
        contentType: row.contentType,
        name: names[row.contentId] ?? `${row.contentId} (${row.contentType})`,
        points: [],
        evidence: 0,
      };
      byContent.set(row.contentId, series);
    }
    const point: MasteryPoint = {
      bucketStart: row.bucketStart,
      avgCurrentMastery: row.avgCurrentMastery,
      avgMasteryChange: row.avgMasteryChange,
      bandLow: row.bandLow,
      bandHigh: row.bandHigh,
      learnersAffected: row.learnersAffected,
      avgConfidence: row.avgConfidence,
      deltaCount: row.deltaCount,
    };
    series.points.push(point);
    series.evidence += row.deltaCount;
  }
  const all = [...byContent.values()];
  for (const s of all) s.points.sort((a, b) => (a.bucketStart < b.bucketStart ? -1 : a.bucketStart > b.bucketStart ? 1 : 0));
  return all.sort((a, b) => b.evidence - a.evidence || (a.contentId < b.contentId ? -1 : a.contentId > b.contentId ? 1 : 0));
}

/** Every bucket any of `series` has, oldest first: the chart's x axis. */
export function bucketStarts(series: readonly MasterySeries[]): string[] {
  const starts = new Set<string>();
  for (const s of series) for (const p of s.points) starts.add(p.bucketStart);
  return [...starts].sort();
}

/** The line chart's input: a line of average mastery per content item (0–1 axis) with its confidence band. */
export function masteryTrendInput(
  series: readonly MasterySeries[],
  bucket: Bucket,
  format: Formatters,
  showBand: boolean,
): LineChartInput {
  const starts = bucketStarts(series);
  return {
    xLabels: starts.map((d) => format.date(d, bucket === 'month' ? 'LLL yyyy' : 'MMM d')),
    yRange: [0, 1],
    formatY: (value) => format.percent(value, 0),
    legend: series.length > 1,
    series: series.map((s) => {
      const at = new Map(s.points.map((p) => [p.bucketStart, p]));
      const points = starts.map((d) => at.get(d) ?? null);
      return {
        name: s.name,
        values: points.map((p) => (p ? p.avgCurrentMastery : null)),
        label: (i: number) => {
          const p = points[i];
          return p
            ? `${format.percent(p.avgCurrentMastery, 0)} (95% ${format.percent(p.bandLow, 0)}–${format.percent(p.bandHigh, 0)}) · ${format.t('common.learners', { count: p.learnersAffected })}`
            : null;
        },
        ...(showBand ? { band: points.map((p) => (p ? { low: p.bandLow, high: p.bandHigh } : null)) } : {}),
      };
    }),
  };
}

/** A signed change in percentage points, e.g. "+3.5 pts". */
export function formatChange(change: number, format: Formatters): string {
  const points = change * 100;
  const text = format.number(Math.abs(points), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return format.t('mastery.points', { value: `${points > 0 ? '+' : points < 0 ? '−' : '±'}${text}` });
}
