import type { KeyboardEvent, ReactNode } from 'react';
import { onCellKey } from './cellFocus.js';

/** Props of ScrollRegion. */
export interface ScrollRegionProps {
  /** What the region holds, read out when it takes focus. */
  label: string;
  /** The wide content, usually a table. */
  children: ReactNode;
}

/** Region props that give its table's cells to the keyboard (`cellFocus.ts`). */
export const cellKeyProps = {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => onCellKey(event.nativeEvent, event.currentTarget),
};

/**
 * A horizontally scrollable box for a table that may be wider than its widget. It takes keyboard focus
 * (axe: a scrollable region must be reachable), so keyboard users can scroll it too, and move from it into the
 * table's cells with the arrow keys; a cell cut short shows its whole text while focused.
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  return (
    <div className="ll-scroll" data-slot="scroll" tabIndex={0} role="region" aria-label={label} {...cellKeyProps}>
      {children}
    </div>
  );
}
