import { sortPositions } from './sortPositions.js';

/**
 * The `k` first rows of a stream under the order (key ascending, then tie ascending), kept in a binary max-heap whose
 * root is the last row kept: most rows are rejected by one comparison with the root. `ties` holds, per row, a unique
 * integer (an id's place in code-point order, see idOrder.ts), so equal keys cost an integer comparison, not a string
 * one.
 */
export class TopK {
  private readonly rows: Int32Array;
  private readonly keys: Float64Array;
  private readonly ties: Int32Array;
  private readonly capacity: number;
  private size = 0;

  constructor(capacity: number, ties: Int32Array) {
    this.capacity = capacity;
    this.rows = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.ties = ties;
  }

  // True when (keyA, rowA) comes after (keyB, rowB).
  private after(keyA: number, rowA: number, keyB: number, rowB: number): boolean {
    return keyA > keyB || (keyA === keyB && this.ties[rowA]! > this.ties[rowB]!);
  }

  /** Offers row `row` with sort key `key` (use +Infinity for rows that sort last; never NaN). */
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

  /** The key of the last row kept once the heap is full (a row whose key is above it cannot enter), else +Infinity. */
  get bound(): number {
    return this.size === this.capacity && this.capacity > 0 ? this.keys[0]! : Infinity;
  }

  /** The rows kept, in order. */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    const keys = this.keys;
    const rows = this.rows;
    const ties = this.ties;
    order.sort((x, y) => keys[x]! - keys[y]! || ties[rows[x]!]! - ties[rows[y]!]!);
    return order.map((i) => rows[i]!);
  }
}

/**
 * The positions [0, count) in order of (keys ascending, ties ascending), the first `wanted` only: `ties` are unique
 * integers (a user's id place, say), so no string is compared. A small page keeps a top-K heap; a large one sorts.
 * NaN keys sort last, like +Infinity.
 */
export function orderByKey(keys: Float64Array, ties: Int32Array, count: number, wanted: number): Int32Array {
  const k = Math.min(wanted, count);
  if (k <= 0) return new Int32Array(0);
  const key = (i: number): number => {
    const v = keys[i]!;
    return v !== v ? Infinity : v;
  };
  const before = (x: number, y: number): number => key(x) - key(y) || ties[x]! - ties[y]!;
  if (k * 8 >= count) {
    const order = new Int32Array(count);
    const clean = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      order[i] = i;
      clean[i] = key(i);
    }
    sortPositions(order, clean, ties, 0, count - 1);
    return k < count ? order.slice(0, k) : order;
  }
  // Max-heap of the k first seen so far, its root the last of them.
  const heap = new Int32Array(k);
  let size = 0;
  const after = (x: number, y: number): boolean => {
    const kx = key(x);
    const ky = key(y);
    return kx > ky || (kx === ky && ties[x]! > ties[y]!);
  };
  for (let i = 0; i < count; i++) {
    if (size < k) {
      let p = size++;
      while (p > 0) {
        const parent = (p - 1) >> 1;
        if (!after(i, heap[parent]!)) break;
        heap[p] = heap[parent]!;
        p = parent;
      }
      heap[p] = i;
      continue;
    }
    if (!after(heap[0]!, i)) continue;
    let p = 0;
    for (;;) {
      const left = 2 * p + 1;
      if (left >= k) break;
      const right = left + 1;
      const child = right < k && after(heap[right]!, heap[left]!) ? right : left;
      if (!after(heap[child]!, i)) break;
      heap[p] = heap[child]!;
      p = child;
    }
    heap[p] = i;
  }
  const order = Array.from(heap.subarray(0, size));
  order.sort(before);
  return Int32Array.from(order);
}


