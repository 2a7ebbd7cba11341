'use client';

/** Props of `MiniBar`. */
export interface MiniBarProps {
  /** The bar's length as a share of the track, 0–1 (clamped); null draws an empty track. */
  ratio: number | null;
  /** A CSS colour for the bar; default the primary token. */
  color?: string;
}

/**
 * A small horizontal bar inside a table cell, beside the number it draws. It is decoration (`aria-hidden`): the
 * cell's text says the value, so screen readers and copy-paste get the number, not the bar.
 */
export function MiniBar({ ratio, color }: MiniBarProps) {
  const share = ratio === null || !Number.isFinite(ratio) ? 0 : Math.min(1, Math.max(0, ratio));
  return (
    <span className="ll-minibar" data-slot="minibar" data-ratio={share.toFixed(3)} aria-hidden="true">
      <span style={{ width: `${(share * 100).toFixed(1)}%`, ...(color ? { background: color } : {}) }} />
    </span>
  );
}
