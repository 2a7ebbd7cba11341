'use client';
import { HoistedStyle } from '../theme/HoistedStyle.js';

// Scoped like the shared widget sheet (theme/styles.ts): every selector sits under [data-learnlens-widget], every
// class is `ll-`. Each sheet holds the rules of one part that only some widgets have, and the components with that
// part render it, so a widget without the part (a chart widget: no inputs, pager or KPI cards) does not carry it.
// No rule here ties in specificity with a rule of another sheet on the same property, so the order in which the
// sheets reach <head> (the first widget to render each) changes nothing.
const S = '[data-learnlens-widget]';

/** Inputs, labelled fields, filter toolbars and the pager. */
export const controlCss = `
${S} .ll-input:focus-visible{outline:2px solid var(--ll-ring);outline-offset:2px}
${S} .ll-input{font:inherit;font-size:13px;padding:5px 8px;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px);background:var(--ll-background);color:var(--ll-foreground)}
${S} .ll-field{display:inline-flex;flex-direction:column;gap:2px;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-toolbar{display:flex;flex-wrap:wrap;gap:12px;align-items:flex-end;margin:0 0 12px}
${S} .ll-pager{display:flex;gap:8px;align-items:center;justify-content:flex-end;margin:8px 0 0;font-size:13px;color:var(--ll-muted-foreground)}
${S} .ll-pager{flex-wrap:wrap}
${S} .ll-pages{display:inline-flex;gap:4px;align-items:center;flex-wrap:wrap}
${S} .ll-pages [aria-current=page]{background:var(--ll-primary);color:var(--ll-primary-foreground);border-color:var(--ll-primary)}
${S} .ll-field.ll-inline{flex-direction:row;align-items:center;gap:6px}
${S} .ll-narrow{width:5.5em}
${S} .ll-field{max-width:100%;min-width:0}
${S} select.ll-input{max-width:100%;text-overflow:ellipsis}
`;

/** KPI cards (`ll-kpis` of `ll-kpi`) and the change line under a value (`ll-delta`). */
export const kpiCss = `
${S} .ll-kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:0}
${S} .ll-kpi{padding:12px;border:1px solid var(--ll-border);border-radius:calc(var(--ll-radius) - 2px);background:var(--ll-card);color:var(--ll-card-foreground)}
${S} .ll-kpi dt{font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-kpi dd{margin:4px 0 0;font-size:22px;font-weight:600}
${S} .ll-kpi .ll-delta{display:block;font-size:12px;font-weight:500}
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
`;

/** The colours of a change: up, down, the same, new. */
export const changeCss = `
${S} .ll-up{color:var(--ll-success)}
${S} .ll-down{color:var(--ll-destructive)}
${S} .ll-same,${S} .ll-new{color:var(--ll-muted-foreground)}
`;

/** An alert line inside a widget (`ll-alert`, `data-tone=error` for errors). */
export const alertCss = `
${S} .ll-alert{margin:8px 0 0;padding:8px 12px;border-radius:calc(var(--ll-radius) - 2px);border:1px solid var(--ll-warning);font-size:13px}
${S} .ll-alert[data-tone=error]{border-color:var(--ll-destructive)}
`;

/** A progress bar (`ll-progress` holding a `span` as wide as the share). */
export const progressCss = `
${S} .ll-progress{height:8px;border-radius:999px;background:var(--ll-muted);overflow:hidden;min-width:80px}
${S} .ll-progress>span{display:block;height:100%;background:var(--ll-primary)}
`;

/**
 * Table text cut short (`ll-truncate`), whole while its cell has focus, and the viewer's own row (`data-self`): only
 * table widgets listing titles or people have them, the data table behind a chart neither.
 */
export const rowCss = `
${S} :is(th,td):focus .ll-truncate{max-width:none;white-space:normal}
${S} .ll-table tr[data-self=true] td{background:var(--ll-accent);color:var(--ll-accent-foreground);font-weight:600}
${S} .ll-truncate{display:inline-block;max-width:24ch;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
`;

/** A primary action button (`ll-button` with `data-variant=primary`): the export and the assignment's actions. */
export const actionCss = `
${S} .ll-button[data-variant=primary]{background:var(--ll-primary);color:var(--ll-primary-foreground);border-color:var(--ll-primary)}
`;

/** The sheet of inputs, fields, toolbars and the pager; React hoists it once per document by `href`. */
export function ControlStyles() {
  return <HoistedStyle id="learnlens-ui-controls" css={controlCss} />;
}

/** The sheet of KPI cards. */
export function KpiStyles() {
  return <HoistedStyle id="learnlens-ui-kpis" css={kpiCss} />;
}

/** The sheet of change colours. */
export function ChangeStyles() {
  return <HoistedStyle id="learnlens-ui-changes" css={changeCss} />;
}

/** The sheet of alert lines. */
export function AlertStyles() {
  return <HoistedStyle id="learnlens-ui-alerts" css={alertCss} />;
}

/** The sheet of progress bars. */
export function ProgressStyles() {
  return <HoistedStyle id="learnlens-ui-progress" css={progressCss} />;
}

/** The sheet of primary buttons. */
export function ActionStyles() {
  return <HoistedStyle id="learnlens-ui-actions" css={actionCss} />;
}

/** The sheet of truncated cells and the viewer's own row. */
export function RowStyles() {
  return <HoistedStyle id="learnlens-ui-rows" css={rowCss} />;
}
