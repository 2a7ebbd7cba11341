import type { Formatters } from '../../widget-shell/format.js';
import type { EventCohortBand } from './eventCohorts.types.js';

/** A band's range of events per call in words: "Fewer than 3 per call", "3 to under 8 per call", "8 or more per call". */
export function bandLabel(band: EventCohortBand, format: Formatters): string {
  const n = (x: number) => format.number(x, { maximumFractionDigits: 2 });
  if (band.to === null) return format.t('eventCohorts.atLeast', { from: n(band.from) });
  if (band.band === 0) return format.t('eventCohorts.below', { to: n(band.to) });
  return format.t('eventCohorts.between', { from: n(band.from), to: n(band.to) });
}

/** Each band's learners as a share of all learners grouped (0 when there are none), for the bars. */
export function learnerShares(bands: readonly EventCohortBand[]): number[] {
  const total = bands.reduce((sum, b) => sum + b.learners, 0);
  return bands.map((b) => (total > 0 ? b.learners / total : 0));
}
