import { compareText } from './compare.js';

/**
 * The `k` first rows of a stream under the order (key ascending, then id ascending), kept in a binary
 * max-heap whose root is the last row kept: most rows are rejected by one comparison with the root.
 */
export class TopK {
  private readonly rows: Int32Array;
  private readonly keys: Float64Array;
  private readonly ids: readonly string[];
  private readonly capacity: number;
  private size = 0;

  constructor(capacity: number, ids: readonly string[]) {
    this.capacity = capacity;
    this.rows = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.ids = ids;
  }

  // True when (keyA, rowA) comes after (keyB, rowB).
  private after(keyA: number, rowA: number, keyB: number, rowB: number): boolean {
    return keyA > keyB || (keyA === keyB && this.ids[rowA]! > this.ids[rowB]!);
  }

  /** Offers row `row` with sort key `key` (use +Infinity for rows that sort last). */
  offer(row: number, key: number): void {
    const rows = this.rows;
    const keys = this.keys;
    if (this.size < this.capacity) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.after(key, row, keys[parent]!, rows[parent]!)) break;
        rows[i] = rows[parent]!;
        keys[i] = keys[parent]!;
        i = parent;
      }
      rows[i] = row;
      keys[i] = key;
      return;
    }
    if (this.capacity === 0 || !this.after(keys[0]!, rows[0]!, key, row)) return;
    let i = 0;
    const n = this.size;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.after(keys[right]!, rows[right]!, keys[left]!, rows[left]!)) child = right;
      if (!this.after(keys[child]!, rows[child]!, key, row)) break;
      rows[i] = rows[child]!;
      keys[i] = keys[child]!;
      i = child;
    }
    rows[i] = row;
    keys[i] = key;
  }

  /** The rows kept, in order. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    const keys = this.keys;
    const rows = this.rows;
    order.sort((x, y) => keys[x]! - keys[y]! || compareText(this.ids[rows[x]!]!, this.ids[rows[y]!]!));
    return order.map((i) => rows[i]!);
  }
}
