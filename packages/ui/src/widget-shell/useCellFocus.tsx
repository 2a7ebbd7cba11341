'use client';
import { useCallback, useId, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';

/** A cell's full text shown beside it while it has keyboard focus, because the cell shows it cut short. */
interface Reveal {
  /** The full text (the cell's hover title, else its text). */
  text: string;
  /** Where, inside the scrolling region's content box. */
  top: number;
  left: number;
  /** Open above the cell (the last rows), not below. */
  above: boolean;
}

/** What `useCellFocus` gives the scrolling region around a table. */
export interface CellFocus {
  /** Handlers for the region element. */
  regionProps: {
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onBlur: (event: FocusEvent<HTMLElement>) => void;
  };
  /** Whether a cell holds the region's one tab stop, so the region itself leaves the tab order. */
  cellHasTabStop: boolean;
  /** The tooltip to render inside the region (null when no cut cell has focus). */
  tip: ReactNode;
}

const CELLS = ':scope table:not(.ll-sr-only) > * > tr:not([aria-hidden=true])';
const CONTROL = 'button, a[href], input, select, textarea, [tabindex]:not(th):not(td)';
const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** The visible rows of the region's tables, each a list of its header and data cells. */
function gridOf(region: HTMLElement): HTMLElement[][] {
  return [...region.querySelectorAll<HTMLTableRowElement>(CELLS)]
    // Columns a narrow widget hides (data-priority) are skipped.
    .map((row) => [...row.cells].filter((cell) => getComputedStyle(cell).display !== 'none') as HTMLElement[])
    .filter((row) => row.length > 0);
}

function cellOf(target: EventTarget | null, region: HTMLElement): HTMLElement | null {
  if (!(target instanceof HTMLElement)) return null;
  const cell = target.closest<HTMLElement>('th, td');
  return cell && region.contains(cell) && cell.closest('table:not(.ll-sr-only)') ? cell : null;
}

/** Whether the cell, or something in it, shows its text cut short (an ellipsis or clipping). */
function isCut(cell: HTMLElement): boolean {
  return [cell, ...cell.querySelectorAll<HTMLElement>('*')].some((el) => el.scrollWidth > el.clientWidth + 1);
}

/** The words a cut cell stands for: the hover title (of the cell or its cut part), else its whole text. */
function fullTextOf(cell: HTMLElement): string {
  const titled = cell.title ? cell : cell.querySelector<HTMLElement>('[title]');
  return (titled?.title || cell.textContent || '').trim();
}

/**
 * Keyboard access to a table's cells inside its scrolling region, and their full text on focus. The region (or the
 * last cell visited) is the table's one tab stop; the arrow keys, Home and End move between cells (mirrored right
 * to left), Escape returns to the region. A cell whose text is cut short shows the whole text in a tooltip while it
 * has focus, as its `title` does on hover, and names it as the cell's description for screen readers.
 */
export function useCellFocus(dir: 'ltr' | 'rtl' = 'ltr'): CellFocus {
  const tipId = `ll-cell-tip-${useId().replace(/:/g, '')}`;
  const [reveal, setReveal] = useState<Reveal | null>(null);
  const [active, setActive] = useState<HTMLElement | null>(null);
  const regionRef = useRef<HTMLElement | null>(null);
  const tipRef = useRef<HTMLDivElement | null>(null);
  const described = useRef<HTMLElement | null>(null);

  const undescribe = () => {
    described.current?.removeAttribute('aria-describedby');
    described.current = null;
  };

  const focusCell = (cell: HTMLElement) => {
    const region = regionRef.current;
    if (region) for (const other of region.querySelectorAll<HTMLElement>('th[tabindex], td[tabindex]')) if (other !== cell) other.tabIndex = -1;
    const controls = cell.querySelectorAll<HTMLElement>(CONTROL);
    // A cell holding one control (a sort button, a link) hands focus to it, as a grid does; the control keeps its
    // own place in the tab order.
    if (controls.length === 1) {
      controls[0]!.focus();
      return;
    }
    cell.tabIndex = 0;
    cell.focus();
  };

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const region = event.currentTarget;
      regionRef.current = region;
      if (event.key === 'Escape' && event.target !== region) {
        setReveal(null);
        region.focus();
        return;
      }
      if (!NAV_KEYS.has(event.key)) return;
      const target = event.target as HTMLElement;
      // Keys that edit or choose inside a field stay the field's.
      if (target.closest('input, select, textarea')) return;
      const grid = gridOf(region);
      if (grid.length === 0) return;
      const current = cellOf(target, region);
      let rowIndex = current ? grid.findIndex((row) => row.includes(current)) : -1;
      let colIndex = current && rowIndex >= 0 ? grid[rowIndex]!.indexOf(current) : -1;
      if (rowIndex < 0) {
        // From the region itself: into the first data row (after the header), first column.
        rowIndex = grid.length > 1 ? 1 : 0;
        colIndex = 0;
      } else {
        const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
        const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
        if (event.key === forward) colIndex += 1;
        else if (event.key === back) colIndex -= 1;
        else if (event.key === 'ArrowDown') rowIndex += 1;
        else if (event.key === 'ArrowUp') rowIndex -= 1;
        else if (event.key === 'Home') {
          colIndex = 0;
          if (event.ctrlKey) rowIndex = 0;
        } else if (event.key === 'End') {
          colIndex = Number.MAX_SAFE_INTEGER;
          if (event.ctrlKey) rowIndex = grid.length - 1;
        }
      }
      rowIndex = Math.max(0, Math.min(grid.length - 1, rowIndex));
      const row = grid[rowIndex]!;
      const next = row[Math.max(0, Math.min(row.length - 1, colIndex))]!;
      event.preventDefault();
      if (next !== current) focusCell(next);
    },
    [dir],
  );

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const region = event.currentTarget;
    regionRef.current = region;
    const cell = cellOf(event.target, region);
    undescribe();
    // The tab stop is the focused cell, else (the region, a control in a cell) the region's own.
    const holder = cell !== null && event.target === cell ? cell : null;
    if (!holder) for (const other of region.querySelectorAll<HTMLElement>('th[tabindex], td[tabindex]')) other.tabIndex = -1;
    setActive(holder);
    if (!cell) {
      setReveal(null);
      return;
    }
    if (!isCut(cell)) {
      setReveal(null);
      return;
    }
    const text = fullTextOf(cell);
    const box = region.getBoundingClientRect();
    const rect = cell.getBoundingClientRect();
    const top = rect.top - box.top + region.scrollTop;
    const above = top + rect.height + 48 > region.scrollHeight && top > 48;
    setReveal({ text, top: above ? top : top + rect.height, left: rect.left - box.left + region.scrollLeft, above });
    const focused = event.target as HTMLElement;
    focused.setAttribute('aria-describedby', tipId);
    described.current = focused;
  }, [tipId]);

  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const region = event.currentTarget;
    if (event.relatedTarget instanceof Node && region.contains(event.relatedTarget)) return;
    undescribe();
    setReveal(null);
  }, []);

  // Keep the tip inside the region's visible width, whichever side the cell is on.
  useLayoutEffect(() => {
    const tip = tipRef.current;
    const region = regionRef.current;
    if (!tip || !region || !reveal) return;
    const min = region.scrollLeft + 4;
    const max = region.scrollLeft + region.clientWidth - tip.offsetWidth - 4;
    tip.style.left = `${Math.max(min, Math.min(max, reveal.left))}px`;
  }, [reveal]);

  // A re-render (a sort, a new page) can remove the cell that held the tab stop: the region takes it back.
  const cellHasTabStop = active !== null && active.isConnected && regionRef.current?.contains(active) === true;

  const tip = reveal ? (
    <div
      ref={tipRef}
      id={tipId}
      role="tooltip"
      className="ll-cell-tip"
      data-slot="cell-tip"
      data-placement={reveal.above ? 'top' : 'bottom'}
      style={{ top: reveal.top, left: reveal.left }}
    >
      {reveal.text}
    </div>
  ) : null;

  return { regionProps: { onKeyDown, onFocus, onBlur }, cellHasTabStop, tip };
}
