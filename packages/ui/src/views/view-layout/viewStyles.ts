// Every selector is under [data-learnlens-widget] and every class starts with `ll-`, like the widgets' sheet,
// so a view can neither restyle the host page nor be matched by it.
const S = '[data-learnlens-widget]';

/** The scoped stylesheet of views and the filter bar. */
export const viewCss = `
${S} .ll-view-grid,${S} .ll-view-cell{overflow-anchor:auto}
${S}.ll-view{display:grid;gap:16px;color:var(--ll-foreground)}
${S} .ll-view-title{margin:0;font-size:18px;font-weight:600;line-height:1.3}
${S} .ll-view-grid{display:grid;gap:var(--ll-view-gap,16px);grid-template-columns:repeat(var(--ll-view-columns,1),minmax(0,1fr));align-items:start}
${S} .ll-view-grid:not([data-columns]){grid-template-columns:repeat(auto-fit,minmax(min(100%,var(--ll-view-min-column,340px)),1fr))}
${S} .ll-view-cell{min-width:0}
${S} .ll-view-cell[data-span=full]{grid-column:1/-1}
${S}.ll-filter-bar{display:grid;gap:8px;padding:12px 16px;background:var(--ll-card);color:var(--ll-card-foreground);border:1px solid var(--ll-border);border-radius:var(--ll-radius)}
${S}.ll-filter-bar .ll-toolbar{margin:0}
${S}.ll-filter-bar .ll-field{flex:1 1 140px;max-width:240px}
${S}.ll-filter-bar .ll-input{width:100%}
${S} .ll-date{position:relative;display:flex;align-items:stretch;gap:4px}
${S} .ll-date .ll-input{flex:1 1 auto;min-width:0}
${S} .ll-date-pick{display:inline-grid;place-items:center;flex:none;width:30px;font:inherit;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px);background:var(--ll-background);color:var(--ll-muted-foreground);cursor:pointer}
${S} .ll-date-pick:hover{color:var(--ll-foreground)}
${S} .ll-date-pick:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px}
${S} .ll-date-native{position:absolute;inset-inline-end:0;bottom:0;width:1px;height:1px;padding:0;border:0;opacity:0;pointer-events:none}
${S} .ll-chips{display:flex;flex-wrap:wrap;gap:8px;align-items:center;min-height:0}
${S} .ll-chips:empty{display:none}
${S} .ll-chip{display:inline-flex;align-items:center;gap:6px;font:inherit;font-size:13px;padding:3px 6px 3px 10px;border-radius:999px;border:1px solid var(--ll-primary);background:var(--ll-accent);color:var(--ll-accent-foreground);cursor:pointer}
${S} .ll-chip:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px}
${S} .ll-chip-x{display:inline-grid;place-items:center;width:18px;height:18px;border-radius:999px;background:var(--ll-muted);color:var(--ll-muted-foreground);font-size:12px;line-height:1}
`;
