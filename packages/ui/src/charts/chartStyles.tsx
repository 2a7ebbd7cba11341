'use client';
import { HoistedStyle } from '../theme/HoistedStyle.js';

// Scoped like the shared widget sheet: every selector sits under [data-learnlens-widget], every class is `ll-`.
const S = '[data-learnlens-widget]';

/**
 * Styles of the chart widgets only (focusable chart areas, view toggles, variance flags). echarts places SVG text
 * by its start; in a right-to-left widget the start of a text is its right end, so every label would sit a
 * label's width off (over the cells): the drawing keeps left-to-right anchoring, the option does the mirroring.
 */
export const chartCss = `
${S} .ll-chart-area{position:relative;border-radius:calc(var(--ll-radius) - 2px)}
${S} [data-ll-chart] svg{direction:ltr}
${S} .ll-chart-area:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px}
${S} .ll-button[aria-pressed=true]{background:var(--ll-accent);color:var(--ll-accent-foreground);border-color:var(--ll-ring)}
${S} .ll-link{font:inherit;color:inherit;background:none;border:0;padding:0;text-align:start;cursor:pointer;text-decoration:underline;text-decoration-color:var(--ll-muted-foreground);text-underline-offset:2px}
${S} .ll-link:hover{text-decoration-color:currentColor}
${S} .ll-link:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px;border-radius:2px}
${S} .ll-chart-note{margin:8px 0 0;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-table tr[data-selected=true] td{background:var(--ll-accent);color:var(--ll-accent-foreground)}
${S} .ll-table tr[data-flagged=true] td:first-child{box-shadow:inset 3px 0 0 var(--ll-warning)}
${S} .ll-table caption{text-align:start;font-size:12px;color:var(--ll-muted-foreground);padding:0 0 6px}
`;

/** The chart widgets' stylesheet; React hoists it once per document by `href`. */
export function ChartStyles() {
  return (
    <HoistedStyle id="learnlens-ui-charts" css={chartCss} />
  );
}
