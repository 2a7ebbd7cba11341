import type { MockDataset } from '../../dataset/dataset.types.js';
import { perOrgCache } from '../perOrgCache.js';

/**
 * One org's event rows grouped by event type, ascending within a type: `rows[offsets[t]] … rows[offsets[t + 1] - 1]`
 * are the org's events of type index t. A query about one type (eventFrequency) reads those rows instead of testing
 * the type of every event of the org: a seventh to a third of them in the realistic population. Built once per
 * dataset and org, in two passes over the org's type column (4 B per event).
 */
export interface EventTypeRows {
  offsets: Int32Array;
  rows: Int32Array;
}

/** The org's event rows by type, built on first use. */
export const eventRowsByType: (dataset: MockDataset, org: number) => EventTypeRows = perOrgCache((dataset, org) => {
  const { start, end } = dataset.ranges.events[org]!;
  const type = dataset.events.type;
  const types = dataset.eventTypes.length;
  const offsets = new Int32Array(types + 1);
  for (let i = start; i < end; i++) offsets[type[i]! + 1]!++;
  for (let t = 0; t < types; t++) offsets[t + 1]! += offsets[t]!;
  const next = offsets.slice(0, types);
  const rows = new Int32Array(end - start);
  for (let i = start; i < end; i++) rows[next[type[i]!]!++] = i;
  return { offsets, rows };
});
