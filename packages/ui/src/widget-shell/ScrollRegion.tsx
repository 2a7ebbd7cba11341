import type { ReactNode } from 'react';
import { useCellFocus } from './useCellFocus.js';
import { useFormat } from './useFormat.js';

/** Props of ScrollRegion. */
export interface ScrollRegionProps {
  /** What the region holds, read out when it takes focus. */
  label: string;
  /** The wide content, usually a table. */
  children: ReactNode;
}

/**
 * A horizontally scrollable box for a table that may be wider than its widget. It takes keyboard focus
 * (axe: a scrollable region must be reachable), so keyboard users can scroll it too; from there the arrow keys
 * move between the table's cells, and a cell cut short shows its full text while focused (`useCellFocus`).
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  const { dir } = useFormat();
  const cells = useCellFocus(dir);
  return (
    <div className="ll-scroll" data-slot="scroll" tabIndex={cells.cellHasTabStop ? -1 : 0} role="region" aria-label={label} {...cells.regionProps}>
      {children}
      {cells.tip}
    </div>
  );
}
