'use client';
import { HoistedStyle } from '../theme/HoistedStyle.js';

// Scoped like the shared widget sheet: every selector sits under [data-learnlens-widget], every class is `ll-`.
const S = '[data-learnlens-widget]';

/**
 * Styles of the tutoring widgets' small charts (colour legends, in-cell bars, sparklines, subtitles, row links): kept
 * apart from the chart sheet so the other widgets do not carry them.
 */
export const tutoringCss = `
${S} .ll-legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0 0 8px;padding:0;list-style:none;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-legend li{display:inline-flex;align-items:center;gap:6px}
${S} .ll-swatch{display:inline-block;width:12px;height:12px;border-radius:3px;border:1px solid var(--ll-border);flex:none}
${S} .ll-legend-detail{opacity:.8}
${S} .ll-minibar{display:inline-block;vertical-align:middle;width:56px;height:6px;margin-inline-start:8px;border-radius:3px;background:var(--ll-muted);overflow:hidden}
${S} .ll-minibar>span{display:block;height:100%;background:var(--ll-primary);border-radius:3px}
${S} .ll-spark{display:inline-block;vertical-align:middle;color:var(--ll-chart-1);overflow:visible}
${S} .ll-table td[data-align=end] .ll-spark{margin-inline-start:8px}
${S} .ll-subtle{display:block;font-size:12px;font-weight:400;color:var(--ll-muted-foreground)}
${S} .ll-link{all:unset;cursor:pointer;color:var(--ll-primary);text-decoration:underline;text-underline-offset:2px;max-width:100%;display:inline-block}
${S} .ll-link:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px;border-radius:2px}
${S} .ll-link[aria-pressed=true]{font-weight:600}
`;

/** The tutoring widgets' stylesheet; React hoists it once per document by `href`. */
export function TutoringStyles() {
  return (
    <HoistedStyle id="learnlens-ui-tutoring" css={tutoringCss} />
  );
}
