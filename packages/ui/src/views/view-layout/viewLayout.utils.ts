/** Columns that fit `width` px with cells at least `minColumnWidth` wide and `gap` between them (1 to `maxColumns`). */
export function columnCount(width: number, minColumnWidth: number, maxColumns: number, gap: number): number {
  if (!(width > 0)) return 1;
  const fit = Math.floor((width + gap) / (Math.max(1, minColumnWidth) + gap));
  return Math.max(1, Math.min(Math.max(1, Math.floor(maxColumns)), fit));
}
