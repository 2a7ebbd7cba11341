import type { ReactNode } from 'react';

/** Props of ScrollRegion. */
export interface ScrollRegionProps {
  /** What the region holds, read out when it takes focus. */
  label: string;
  /** The wide content, usually a table. */
  children: ReactNode;
}

/**
 * A horizontally scrollable box for a table that may be wider than its widget. It takes keyboard focus
 * (axe: a scrollable region must be reachable), so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  return (
    <div className="ll-scroll" data-slot="scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
