// Every selector is under [data-learnlens-widget] and every class starts with
// `ll-`, so the sheet can neither restyle the host page nor be matched by it.
const S = '[data-learnlens-widget]';
// Scroll anchoring: a browser keeps the page still by following an anchor node when content above changes. Inside
// a widget that node may be a table row that moves as new data arrives (a heatmap click once scrolled the page
// ~200–560 px), so only widget scopes may be anchors (overflow-anchor below), and view cells: the views' sheet lets its
// grid and cells be anchors again (views/view-layout/viewStyles.ts).

/**
 * The scoped stylesheet shared by all widgets: scope, frame, header, buttons, states, tables. Parts only some widgets
 * have (inputs and pagers, KPI cards, change colours, alerts, progress bars, cells cut short and the viewer's own
 * row, primary buttons, the export popover, the cards' loading placeholder) are in sheets of
 * their own (widget-shell/partStyles.tsx, export-button/exportStyles.tsx), rendered by the components using them, so
 * a host bundling chart widgets does not carry them.
 */
export const widgetCss = `
${S}{font-family:var(--ll-font);font-size:14px;font-style:normal;font-weight:400;line-height:1.45;letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;text-shadow:none;color:var(--ll-foreground);box-sizing:border-box;text-align:start;min-width:0}
${S}.ll-frame{display:block;position:relative;background:var(--ll-background);border:1px solid var(--ll-border);border-radius:var(--ll-radius);padding:16px}
${S} *,${S} *::before,${S} *::after{box-sizing:border-box}
${S} .ll-header{display:flex;align-items:flex-start;justify-content:space-between;gap:12px;margin:0 0 12px}
${S} .ll-title{margin:0;font-size:15px;font-weight:600;line-height:1.3;color:var(--ll-foreground)}
${S} .ll-description{margin:2px 0 0;font-size:13px;color:var(--ll-muted-foreground)}
${S} .ll-actions{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
${S} .ll-button{font:inherit;font-size:13px;font-weight:500;border-radius:calc(var(--ll-radius) - 2px);padding:6px 12px;border:1px solid var(--ll-border);background:var(--ll-background);color:var(--ll-foreground);cursor:pointer}
${S} .ll-button:disabled{opacity:.6;cursor:not-allowed}
${S} .ll-button:focus-visible,${S} .ll-sort:focus-visible,${S} .ll-scroll:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px}
${S} .ll-skeleton{display:grid;gap:8px}
${S} .ll-skeleton-line{height:14px;border-radius:4px;background:var(--ll-muted);animation:ll-pulse 1.4s ease-in-out infinite}
${S} .ll-skeleton-chart{display:flex;align-items:flex-end;gap:6px;height:200px;padding:8px 0 0 32px;border-bottom:1px solid var(--ll-border)}
${S} .ll-skeleton-chart .ll-skeleton-line{flex:1;border-radius:3px 3px 0 0}
${S} .ll-skeleton-table{display:grid;gap:0}
${S} .ll-skeleton-row{display:flex;gap:16px;justify-content:space-between;padding:10px 8px;border-bottom:1px solid var(--ll-border)}
${S} .ll-skeleton-row[data-header=true] .ll-skeleton-line{height:10px;opacity:.7}
@keyframes ll-pulse{50%{opacity:.5}}
@media (prefers-reduced-motion:reduce){${S} .ll-skeleton-line{animation:none}}
${S} .ll-empty{padding:24px 8px;text-align:center;color:var(--ll-muted-foreground)}
${S} .ll-empty-title{margin:0 0 4px;font-weight:600;color:var(--ll-foreground)}
${S} .ll-error{padding:16px;border-radius:calc(var(--ll-radius) - 2px);border:1px solid var(--ll-destructive);color:var(--ll-foreground)}
${S} .ll-error-title{margin:0 0 4px;font-weight:600;color:var(--ll-destructive)}
${S} .ll-error-detail{margin:0 0 12px;font-size:13px;color:var(--ll-muted-foreground);overflow-wrap:anywhere}
${S} .ll-table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
${S} .ll-table th,${S} .ll-table td{padding:6px 8px;border-bottom:1px solid var(--ll-border);text-align:start;white-space:nowrap}
${S} .ll-table th{font-size:12px;font-weight:600;color:var(--ll-muted-foreground);background:var(--ll-card)}
${S} .ll-table [data-align=end]{text-align:end}
${S} .ll-table th:focus-visible,${S} .ll-table td:focus-visible{outline:2px solid var(--ll-ring);outline-offset:-2px}
${S} .ll-sort{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;display:inline-flex;gap:4px;align-items:center}
${S} .ll-scroll{overflow:auto;position:relative}
${S} .ll-badge{display:inline-block;font-size:11px;font-weight:600;padding:1px 6px;border-radius:999px;background:var(--ll-warning);color:var(--ll-warning-foreground)}
${S} .ll-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
${S} *{overflow-anchor:none}
${S} [data-learnlens-widget]{overflow-anchor:auto}
${S} table.ll-sr-only{display:block;max-height:1px}
${S} .ll-error-details{margin:8px 0 0;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-error-details summary{cursor:pointer}
${S} .ll-error-details .ll-error-detail{margin:4px 0 0}
${S} .ll-scroll{container-type:inline-size}
${S} .ll-table thead th{white-space:normal;vertical-align:bottom}
${S} .ll-table [data-wrap=true]{white-space:normal;overflow-wrap:break-word;min-width:9em}
@container (max-width:560px){${S} .ll-table [data-priority="3"]{display:none}${S} .ll-table th,${S} .ll-table td{padding:6px 5px}}
@container (max-width:400px){${S} .ll-table [data-priority="2"]{display:none}}
`;
