'use client';
import { HoistedStyle } from '../../theme/HoistedStyle.js';

// Scoped like the shared widget sheet (theme/styles.ts). Only the export button has a popover.
const S = '[data-learnlens-widget]';

/** The export button's own sheet: an inline scope element, the popover panel and its stacked content. */
export const exportCss = `
${S}.ll-inline{display:inline-block;position:relative}
${S} .ll-popover{position:absolute;z-index:10;inset-inline-end:0;top:calc(100% + 4px);width:min(340px,90vw);padding:12px;border:1px solid var(--ll-border);border-radius:var(--ll-radius);background:var(--ll-background);box-shadow:0 8px 24px rgb(0 0 0 / .15)}
${S} .ll-stack{display:grid;gap:8px}
${S} .ll-stack p{margin:0}
${S} progress{width:100%}
`;

/** The export button's sheet; React hoists it once per document by `href`. */
export function ExportStyles() {
  return <HoistedStyle id="learnlens-ui-export" css={exportCss} />;
}
