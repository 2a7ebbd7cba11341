import type { AiUsageColumns, CardColumns, FlagColumns, TutoringSessionColumns } from './dataset.types.js';

// Empty columns of seed 003's tutoring tables. They stay small (a fraction of a
// tutoring org's attempts), so rows are collected in plain arrays and turned
// into typed columns once an org is done.

/** Empty question-flag columns. */
export function emptyFlags(): FlagColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    activity: new Int32Array(0),
    user: new Int32Array(0),
    reason: [],
    status: [],
    createdAt: new Float64Array(0),
  };
}

/** Empty tutoring-session columns. */
export function emptyTutoringSessions(): TutoringSessionColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    tutor: new Int32Array(0),
    student: new Int32Array(0),
    scheduledStart: new Float64Array(0),
    scheduledEnd: new Float64Array(0),
    actualStart: new Float64Array(0),
    actualEnd: new Float64Array(0),
    topics: [],
  };
}

/** Empty AI-usage columns. */
export function emptyAiUsage(): AiUsageColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    user: new Int32Array(0),
    operation: [],
    model: [],
    tokensInput: new Float64Array(0),
    tokensOutput: new Float64Array(0),
    costUsd: new Float64Array(0),
    durationMs: new Float64Array(0),
    success: new Uint8Array(0),
    createdAt: new Float64Array(0),
  };
}

/** Empty spaced-repetition columns. */
export function emptyCards(): CardColumns {
  return {
    length: 0,
    id: [],
    org: new Uint16Array(0),
    user: new Int32Array(0),
    activity: new Int32Array(0),
    ease: new Float64Array(0),
    interval: new Int32Array(0),
    repetitions: new Int32Array(0),
    nextReviewAt: new Float64Array(0),
    lastReviewedAt: new Float64Array(0),
  };
}

type Columns = { length: number; id: string[]; org: Uint16Array };
type Typed = Float64Array | Int32Array | Uint16Array | Uint8Array;

/**
 * Collects rows of one table as plain arrays (one per column, the table's keys), then builds the typed columns:
 * rows sorted by `timeKey` within each org (ties in insertion order), ids a dataset-wide sequence.
 */
export class ColumnCollector<T extends Columns> {
  private readonly cols: Record<string, unknown[]> = {};
  private readonly orgRows: number[] = [];
  private orgStart = 0;
  private readonly order: number[] = [];
  private readonly ids: string[] = [];
  /** Each org's final [start, end). */
  readonly ranges: { start: number; end: number }[] = [];

  constructor(
    private readonly empty: T,
    private readonly timeKey: keyof T & string,
    private readonly prefix: string,
    private readonly width: number,
  ) {
    for (const key of Object.keys(empty)) if (key !== 'length' && key !== 'id') this.cols[key] = [];
  }

  /** Appends a row (every column but org; an id only when the rows keep their own, else they are numbered). */
  push(row: Partial<Record<keyof T, unknown>>): void {
    const id = (row as { id?: string }).id;
    if (id !== undefined) this.ids.push(id);
    for (const key of Object.keys(this.cols)) if (key !== 'org') this.cols[key]!.push((row as Record<string, unknown>)[key]);
  }

  /** Ends org `org`'s rows (orgs in index order): they are sorted by time now. */
  endOrg(org: number): void {
    const times = this.cols[this.timeKey]! as number[];
    const start = this.orgStart;
    const end = times.length;
    const local = Array.from({ length: end - start }, (_, k) => start + k);
    local.sort((a, b) => times[a]! - times[b]! || a - b);
    for (const i of local) this.order.push(i);
    for (let i = start; i < end; i++) this.orgRows.push(org);
    while (this.ranges.length < org) this.ranges.push({ start, end: start });
    this.ranges.push({ start, end });
    this.orgStart = end;
  }

  /** The typed table, with one range per org of `orgCount`. */
  build(orgCount: number): T {
    const n = this.order.length;
    while (this.ranges.length < orgCount) this.ranges.push({ start: n, end: n });
    const table = { ...this.empty, length: n } as Record<string, unknown>;
    for (const [key, values] of Object.entries(this.cols)) {
      const template = (this.empty as Record<string, unknown>)[key];
      const source = key === 'org' ? this.orgRows : values;
      if (ArrayBuffer.isView(template)) {
        const out = new ((template as Typed).constructor as new (length: number) => Typed)(n);
        // Org rows are in order already; the other columns follow the sort.
        for (let i = 0; i < n; i++) out[i] = (key === 'org' ? source[i] : source[this.order[i]!]) as number;
        table[key] = out;
      } else {
        table[key] = Array.from({ length: n }, (_, i) => values[this.order[i]!]);
      }
    }
    table.id =
      this.ids.length === n && n > 0
        ? Array.from({ length: n }, (_, i) => this.ids[this.order[i]!]!)
        : Array.from({ length: n }, (_, i) => this.prefix + String(i + 1).padStart(this.width, '0'));
    return table as T;
  }
}
