// Keyboard access to the cells of the tables in a scroll region. DOM only: one listener on the region element.
// A cell cut short shows its whole text while it has focus by CSS (partStyles.tsx `rowCss`: `:is(th,td):focus .ll-truncate`).

const STEPS: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Home: [0, -1e6], End: [0, 1e6] };

/**
 * From the region (the table's one tab stop) the arrow keys, Home and End move between the cells (mirrored right to
 * left); Escape returns to the region. A cell holding one control (a sort button, a link) hands focus to it.
 */
export function onCellKey(event: KeyboardEvent, region: HTMLElement): void {
  const target = event.target as HTMLElement;
  if (event.key === 'Escape' && target !== region) return region.focus();
  const step = STEPS[event.key];
  // Keys that edit or choose inside a field stay the field's.
  if (!step || target.closest('input,select,textarea')) return;
  // Right to left mirrors the arrows only: Home and End still mean the row's first and last cell.
  const mirror = event.key.startsWith('Arrow') && region.closest('[dir]')?.getAttribute('dir') === 'rtl';
  // Visible rows of the visible tables; columns a narrow widget hides (data-priority) are skipped.
  const grid = [...region.querySelectorAll<HTMLTableRowElement>('table:not(.ll-sr-only) tr:not([aria-hidden])')]
    .map((row) => [...row.cells].filter((cell) => getComputedStyle(cell).display !== 'none'))
    .filter((row) => row.length > 0);
  const cell = target.closest('th,td') as HTMLTableCellElement;
  let r = grid.findIndex((row) => row.includes(cell));
  let c = 0;
  if (r < 0) r = grid.length > 1 ? 1 : 0;
  else {
    c = grid[r]!.indexOf(cell) + (mirror ? -step[1] : step[1]);
    r = Math.max(0, Math.min(grid.length - 1, r + step[0]));
  }
  const row = grid[r];
  if (!row) return;
  const next = row[Math.max(0, Math.min(row.length - 1, c))]!;
  event.preventDefault();
  const controls = next.querySelectorAll<HTMLElement>('button,a[href],input,select');
  if (controls.length === 1) return controls[0]!.focus();
  next.tabIndex = -1;
  next.focus();
}
