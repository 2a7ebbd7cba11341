'use client';

/** One entry of a colour legend. */
export interface LegendItem {
  /** Stable key, written to `data-key`. */
  key: string;
  /** What the colour means, e.g. "Proficient". */
  label: string;
  /** A CSS colour (a `var(--ll-…)` expression keeps it themed). */
  color: string;
  /** Extra words after the label, e.g. the range it stands for ("70–99 %"). */
  detail?: string;
}

/** Props of `Legend`. */
export interface LegendProps {
  /** The entries, in reading order. */
  items: readonly LegendItem[];
  /** Accessible name of the list, e.g. "Mastery levels". */
  label: string;
}

/** A row of colour swatches with what each stands for; the swatches are decoration, the words carry the meaning. */
export function Legend({ items, label }: LegendProps) {
  return (
    <ul className="ll-legend" data-slot="legend" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} data-key={item.key}>
          <span className="ll-swatch" aria-hidden="true" style={{ background: item.color }} />
          <span>{item.label}</span>
          {item.detail ? <span className="ll-legend-detail">{item.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
