// Terminal rendering helpers for the console dashboard.

const SHADES = [' ', '░', '▒', '▓', '█'];
const SPARK = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** A number with at most `digits` decimals, or "—" for null. */
export function num(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Pads or cuts `text` to `width` columns. */
export function cell(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = text.length > width ? `${text.slice(0, width - 1)}…` : text;
  return align === 'left' ? cut.padEnd(width) : cut.padStart(width);
}

/** A sparkline of the values, nulls as gaps. */
export function sparkline(values: (number | null)[]): string {
  const real = values.filter((v): v is number => v !== null);
  if (real.length === 0) return '';
  const min = Math.min(...real);
  const max = Math.max(...real);
  return values
    .map((v) => (v === null ? ' ' : SPARK[max === min ? 3 : Math.round(((v - min) / (max - min)) * (SPARK.length - 1))]))
    .join('');
}

/** One shade character for `value` on a 0..max scale. */
export function shade(value: number, max: number): string {
  if (value <= 0 || max <= 0) return SHADES[0]!;
  return SHADES[Math.min(SHADES.length - 1, 1 + Math.floor((value / max) * (SHADES.length - 1)))]!;
}

/** A section title. */
export function title(text: string): string {
  return `\n\x1b[1m${text}\x1b[0m\n${'─'.repeat(Math.min(72, text.length + 4))}`;
}
