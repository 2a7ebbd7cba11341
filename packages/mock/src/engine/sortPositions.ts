// One sort of row positions by (key, tie), shared by the top-N selection (topK.ts) and the bucket order
// (bucketOrder.ts): typed arrays with the comparison inline, several times faster than Array#sort with a comparator.

// (key, tie) of position x before that of y; keys hold no NaN.
function precedes(keys: Float64Array, ties: Int32Array, x: number, y: number): boolean {
  const kx = keys[x]!;
  const ky = keys[y]!;
  return kx < ky || (kx === ky && ties[x]! < ties[y]!);
}

/**
 * Sorts order[lo..hi] (inclusive) by (keys, ties) ascending: a quicksort over typed arrays with the comparison inline,
 * several times faster than Array#sort with a comparator. Ties are unique, so the order is total and stability moot.
 */
export function sortPositions(order: Int32Array, keys: Float64Array, ties: Int32Array, lo: number, hi: number): void {
  while (hi - lo > 16) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot.
    let a = order[lo]!;
    let b = order[mid]!;
    let c = order[hi]!;
    if (precedes(keys, ties, b, a)) [a, b] = [b, a];
    if (precedes(keys, ties, c, b)) [b, c] = [c, b];
    if (precedes(keys, ties, b, a)) [a, b] = [b, a];
    const pivot = b;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (precedes(keys, ties, order[i]!, pivot)) i++;
      while (precedes(keys, ties, pivot, order[j]!)) j--;
      if (i <= j) {
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
        i++;
        j--;
      }
    }
    // Recurse into the smaller side, loop on the larger: the stack stays logarithmic.
    if (j - lo < hi - i) {
      sortPositions(order, keys, ties, lo, j);
      lo = i;
    } else {
      sortPositions(order, keys, ties, i, hi);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = order[i]!;
    let j = i - 1;
    while (j >= lo && precedes(keys, ties, v, order[j]!)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = v;
  }
}
