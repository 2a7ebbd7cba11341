// Every selector is under [data-learnlens-widget] and every class starts with
// `ll-`, so the sheet can neither restyle the host page nor be matched by it.
const S = '[data-learnlens-widget]';
// Scroll anchoring: a browser keeps the page still by following an anchor node when content above changes. Inside
// a widget that node may be a table row that moves as new data arrives (a heatmap click once scrolled the page
// ~200–560 px), so only widget scopes and view cells may be anchors (overflow-anchor below).

/** The scoped stylesheet shared by all widgets. */
export const widgetCss = `
${S}{font-family:var(--ll-font);font-size:14px;font-style:normal;font-weight:400;line-height:1.45;letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;text-shadow:none;color:var(--ll-foreground);box-sizing:border-box;text-align:start;min-width:0}
${S}.ll-frame{display:block;position:relative;background:var(--ll-background);border:1px solid var(--ll-border);border-radius:var(--ll-radius);padding:16px}
${S} *,${S} *::before,${S} *::after{box-sizing:border-box}
${S} .ll-header{display:flex;align-items:flex-start;justify-content:space-between;gap:12px;margin:0 0 12px}
${S} .ll-title{margin:0;font-size:15px;font-weight:600;line-height:1.3;color:var(--ll-foreground)}
${S} .ll-description{margin:2px 0 0;font-size:13px;color:var(--ll-muted-foreground)}
${S} .ll-actions{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
${S} .ll-button{font:inherit;font-size:13px;font-weight:500;border-radius:calc(var(--ll-radius) - 2px);padding:6px 12px;border:1px solid var(--ll-border);background:var(--ll-background);color:var(--ll-foreground);cursor:pointer}
${S} .ll-button[data-variant=primary]{background:var(--ll-primary);color:var(--ll-primary-foreground);border-color:var(--ll-primary)}
${S} .ll-button:disabled{opacity:.6;cursor:not-allowed}
${S} .ll-button:focus-visible,${S} .ll-sort:focus-visible,${S} .ll-input:focus-visible,${S} .ll-scroll:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px}
${S} .ll-input{font:inherit;font-size:13px;padding:5px 8px;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px);background:var(--ll-background);color:var(--ll-foreground)}
${S} .ll-field{display:inline-flex;flex-direction:column;gap:2px;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-toolbar{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin:0 0 12px}
${S} .ll-skeleton{display:grid;gap:8px}
${S} .ll-skeleton-line{height:14px;border-radius:4px;background:var(--ll-muted);animation:ll-pulse 1.4s ease-in-out infinite}
${S} .ll-skeleton-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
${S} .ll-skeleton-card{display:grid;gap:10px;padding:12px;height:88px;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px)}
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
${S} :is(th,td):focus .ll-truncate{max-width:none;white-space:normal}
${S} .ll-table tr[data-self=true] td{background:var(--ll-accent);color:var(--ll-accent-foreground);font-weight:600}
${S} .ll-sort{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer;display:inline-flex;gap:4px;align-items:center}
${S} .ll-scroll{overflow:auto;position:relative}
${S} .ll-up{color:var(--ll-success)}
${S} .ll-down{color:var(--ll-destructive)}
${S} .ll-same,${S} .ll-new{color:var(--ll-muted-foreground)}
${S} .ll-kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0}
${S} .ll-kpi{padding:12px;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px);background:var(--ll-card);color:var(--ll-card-foreground)}
${S} .ll-kpi dt{font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-kpi dd{margin:4px 0 0;font-size:22px;font-weight:600}
${S} .ll-kpi .ll-delta{display:block;font-size:12px;font-weight:500}
${S} .ll-progress{height:8px;border-radius:999px;background:var(--ll-muted);overflow:hidden;min-width:80px}
${S} .ll-progress>span{display:block;height:100%;background:var(--ll-primary)}
${S} .ll-badge{display:inline-block;font-size:11px;font-weight:600;padding:1px 6px;border-radius:999px;background:var(--ll-warning);color:var(--ll-warning-foreground)}
${S} .ll-alert{margin:8px 0 0;padding:8px 12px;border-radius:calc(var(--ll-radius) - 2px);border:1px solid var(--ll-warning);font-size:13px}
${S} .ll-alert[data-tone=error]{border-color:var(--ll-destructive)}
${S} .ll-pager{display:flex;gap:8px;align-items:center;justify-content:flex-end;margin:8px 0 0;font-size:13px;color:var(--ll-muted-foreground)}
${S}.ll-inline{display:inline-block;position:relative}
${S} .ll-popover{position:absolute;z-index:10;inset-inline-end:0;top:calc(100% + 4px);width:min(340px,90vw);padding:12px;border:1px solid var(--ll-border);border-radius:var(--ll-radius);background:var(--ll-background);box-shadow:0 8px 24px rgb(0 0 0 / .15)}
${S} .ll-stack{display:grid;gap:8px}
${S} .ll-stack p{margin:0}
${S} progress{width:100%}
${S} .ll-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
${S} *{overflow-anchor:none}
${S} .ll-view-grid,${S} .ll-view-cell,${S} [data-learnlens-widget]{overflow-anchor:auto}
${S} table.ll-sr-only{display:block;max-height:1px}
${S} .ll-kpis{grid-auto-rows:1fr}
${S} .ll-kpi{display:flex;flex-direction:column;justify-content:space-between;min-width:0}
${S} .ll-kpi dt{display:flex;flex-direction:column;gap:1px}
${S} .ll-kpi .ll-kpi-hint{font-size:11px;font-weight:400;color:var(--ll-muted-foreground);opacity:.85;overflow:hidden;text-overflow:ellipsis}
${S} .ll-kpi [data-slot=value]{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
${S} .ll-kpis{display:flex;flex-wrap:wrap;align-items:stretch}
${S} .ll-kpis>.ll-kpi{flex:1 1 150px}
${S} .ll-kpi-main{display:flex;flex-wrap:wrap;align-items:flex-end;justify-content:space-between;gap:2px 8px;min-width:0}
${S} .ll-kpi-main>[data-slot=value]{flex:0 1 auto;min-width:0}
${S} .ll-kpi-trend{display:inline-flex;flex:none;margin-inline-start:auto;padding-bottom:4px;color:var(--ll-primary);line-height:0}
${S}[dir=rtl] .ll-kpi-trend svg{transform:scaleX(-1)}
${S} .ll-error-details{margin:8px 0 0;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-error-details summary{cursor:pointer}
${S} .ll-error-details .ll-error-detail{margin:4px 0 0}
${S} .ll-pager{flex-wrap:wrap}
${S} .ll-pages{display:inline-flex;gap:4px;align-items:center;flex-wrap:wrap}
${S} .ll-pages [aria-current=page]{background:var(--ll-primary);color:var(--ll-primary-foreground);border-color:var(--ll-primary)}
${S} .ll-field.ll-inline{flex-direction:row;align-items:center;gap:6px}
${S} .ll-narrow{width:5.5em}
${S} .ll-truncate{display:inline-block;max-width:24ch;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
${S} .ll-scroll{container-type:inline-size}
${S} .ll-field{max-width:100%;min-width:0}
${S} select.ll-input{max-width:100%;text-overflow:ellipsis}
${S} .ll-table thead th{white-space:normal;vertical-align:bottom}
${S} .ll-table [data-wrap=true]{white-space:normal;overflow-wrap:break-word;min-width:9em}
@container (max-width:560px){${S} .ll-table [data-priority="3"]{display:none}${S} .ll-table th,${S} .ll-table td{padding:6px 5px}}
@container (max-width:400px){${S} .ll-table [data-priority="2"]{display:none}}
`;
