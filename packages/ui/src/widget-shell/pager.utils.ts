/** One slot of a page list: a page index (0-based) or a gap ("…"). */
export type PageSlot = number | 'gap';

/**
 * The page buttons to show: the first and last page, and the pages around the current one, with gaps
 * between them, e.g. 1 … 4 5 6 … 1,872 (as 0-based indexes). At most `siblings` pages on each side.
 */
export function pageSlots(page: number, pageCount: number, siblings = 1): PageSlot[] {
  if (pageCount <= 0) return [];
  const wanted = new Set<number>([0, pageCount - 1]);
  for (let p = page - siblings; p <= page + siblings; p++) if (p >= 0 && p < pageCount) wanted.add(p);
  const sorted = [...wanted].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && p - previous === 2) slots.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) slots.push('gap');
    slots.push(p);
  });
  return slots;
}

/** The page a typed page number leads to (1-based input), clamped to the pages there are; null for no number. */
export function pageOfInput(input: string, pageCount: number): number | null {
  const n = Number.parseInt(input, 10);
  if (!Number.isFinite(n)) return null;
  return Math.min(Math.max(1, n), Math.max(1, pageCount)) - 1;
}
