// The columnar tables store missing numbers and timestamps as NaN; results use null.
import { isoString } from '@learnlens/data-client';

/** A column value as a result value: NaN becomes null. */
export function nullable(v: number): number | null {
  return v === v ? v : null;
}

/** An epoch-ms column value as an ISO timestamp; NaN becomes null. */
export function isoOrNull(t: number): string | null {
  return t === t ? isoString(t) : null;
}
