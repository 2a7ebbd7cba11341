'use client';
import { useMemo } from 'react';
import { useBandProgress } from '../../hooks/useBandProgress.js';
import { bandProgressMessages } from '../../i18n/en/bandProgress.js';
import { useLearnlens } from '../../provider/index.js';
import { HoistedStyle } from '../../theme/HoistedStyle.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { CardsSkeleton } from '../../widget-shell/states.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { BandProgressProps, BandProgressRow, BandProgressSummary } from './bandProgress.types.js';
import { bandPosition, goalGap, isBandProgressEmpty } from './bandProgress.utils.js';
import { ChangeStyles, KpiStyles } from '../../widget-shell/partStyles.js';

const WIDGET = 'band-progress';
const S = `[data-learnlens-widget=${WIDGET}]`;

// The overall band as a bar on the 0–9 scale with the goal as a tick: how far each learner or team is from it.
const bandCss = `
${S} .ll-band-bar{position:relative;display:block;height:10px;min-width:90px;margin-block:3px;border-radius:999px;background:var(--ll-muted)}
${S} .ll-band-bar>[data-slot=fill]{position:absolute;inset-block:0;inset-inline-start:0;border-radius:999px;background:var(--ll-primary)}
${S} .ll-band-bar>[data-slot=goal]{position:absolute;top:-3px;width:3px;height:16px;margin-inline-start:-1.5px;border-radius:1px;background:var(--ll-foreground)}
${S} td[data-column=overall]{min-width:120px}
`;

/** A band to 2 decimals at most, at least one ("7.0", "6.38"). */
const bandText = (fmt: Formatters, v: number | null) => (v === null ? '—' : fmt.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 2 }));

function Kpi({ name, label, value, hint }: { name: string; label: string; value: string; hint?: string | undefined }) {
  return (
    <div className="ll-kpi" data-slot="kpi" data-kpi={name}>
      <dt>{label}</dt>
      <dd>
        <span data-slot="value">{value}</span>
        {hint ? <span className="ll-delta ll-same">{hint}</span> : null}
      </dd>
    </div>
  );
}

function Headline({ summary, self, fmt }: { summary: BandProgressSummary; self: boolean; fmt: Formatters }) {
  const gap = goalGap(summary.overallBand, summary.goalBand);
  const goalHint = !self || gap === null ? undefined : gap === 0 ? fmt.t('bands.goalReached') : fmt.t('bands.toGo', { gap: bandText(fmt, gap) });
  return (
    <dl className="ll-kpis" data-slot="band-kpis">
      <Kpi name="overallBand" label={fmt.t('bands.overall')} value={bandText(fmt, summary.overallBand)} hint={fmt.t('bands.attempts', { count: summary.attempts })} />
      <Kpi name="task1Band" label={fmt.t('bands.task1')} value={bandText(fmt, summary.task1Band)} hint={summary.task1Band === null ? fmt.t('bands.noTask') : undefined} />
      <Kpi name="task2Band" label={fmt.t('bands.task2')} value={bandText(fmt, summary.task2Band)} hint={summary.task2Band === null ? fmt.t('bands.noTask') : undefined} />
      <Kpi
        name="goalBand"
        label={fmt.t(self ? 'bands.goal' : 'bands.goalAverage')}
        value={summary.goalBand === null ? fmt.t('bands.noGoal') : bandText(fmt, summary.goalBand)}
        hint={goalHint}
      />
      {self ? null : (
        <Kpi
          name="atGoal"
          label={fmt.t('bands.atGoal')}
          value={summary.atGoalShare === null ? '—' : fmt.percent(summary.atGoalShare, 0)}
          hint={fmt.t('bands.atGoalOf', { atGoal: fmt.number(summary.learnersAtGoal), count: summary.learnersWithGoal })}
        />
      )}
    </dl>
  );
}

function BandTable({ rows, byTeam, fmt }: { rows: readonly BandProgressRow[]; byTeam: boolean; fmt: Formatters }) {
  const caption = fmt.t(byTeam ? 'bands.captionTeams' : 'bands.captionLearners');
  const atGoal = (r: BandProgressRow) =>
    byTeam
      ? r.atGoalShare === null ? '—' : fmt.percent(r.atGoalShare, 0)
      : r.learnersWithGoal === 0 ? '—' : fmt.t(r.learnersAtGoal === 1 ? 'bands.yes' : 'bands.no');
  return (
    <ScrollRegion label={caption}>
      <table className="ll-table" data-slot="bands">
        <caption className="ll-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{fmt.t(byTeam ? 'bands.col.team' : 'bands.col.learner')}</th>
            <th scope="col">{fmt.t('bands.col.overall')}</th>
            <th scope="col" data-align="end">{fmt.t('bands.col.task1')}</th>
            <th scope="col" data-align="end">{fmt.t('bands.col.task2')}</th>
            <th scope="col" data-align="end">{fmt.t('bands.col.goal')}</th>
            <th scope="col" data-align="end">{fmt.t('bands.col.atGoal')}</th>
            <th scope="col" data-align="end" data-priority="2">{fmt.t('bands.col.attempts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id ?? ''} data-slot="row" data-id={r.id ?? undefined} data-at-goal={r.learnersWithGoal > 0 ? String(r.learnersAtGoal === r.learnersWithGoal) : undefined}>
              <th scope="row" data-column="name" data-wrap="true">{r.id === null ? fmt.t('bands.noTeam') : r.name}</th>
              <td data-column="overall">
                <span className="ll-band-bar" aria-hidden="true" data-slot="bar">
                  <span data-slot="fill" style={{ width: `${bandPosition(r.overallBand)}%` }} />
                  {r.goalBand === null ? null : <span data-slot="goal" style={{ insetInlineStart: `${bandPosition(r.goalBand)}%` }} />}
                </span>
                <span className="ll-description">{bandText(fmt, r.overallBand)}</span>
              </td>
              <td data-column="task1" data-align="end">{bandText(fmt, r.task1Band)}</td>
              <td data-column="task2" data-align="end">{bandText(fmt, r.task2Band)}</td>
              <td data-column="goal" data-align="end">{bandText(fmt, r.goalBand)}</td>
              <td data-column="atGoal" data-align="end">{atGoal(r)}</td>
              <td data-column="attempts" data-align="end" data-priority="2">{fmt.number(r.attempts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function BandProgressView({ params = {}, groupBy, actions, title: titleProp, ...chrome }: BandProgressProps) {
  const fmt = useFormat(bandProgressMessages);
  const { viewer } = useLearnlens();
  const mode = groupBy ?? params.groupBy ?? 'learner';
  const queryParams = useMemo(() => ({ ...params, groupBy: mode }), [params, mode]);
  const query = useBandProgress(queryParams);
  // A learner sees only their own row: the headline says it all, as their own progress towards their goal.
  const self = viewer.role === 'learner' && mode === 'learner';
  const rows = query.data?.rows;
  const description =
    rows === undefined || rows.length === 0
      ? undefined
      : self
        ? fmt.t('bands.descriptionSelf')
        : fmt.t(mode === 'team' ? 'bands.descriptionTeams' : 'bands.descriptionLearners', { count: rows.length });
  return (
    <WidgetFrame
        {...chrome}
        widget={WIDGET}
        title={titleProp ?? fmt.t('bands.title')}
        actions={actions}
        description={description}
        query={query}
        skeleton={<CardsSkeleton />}
        subject={fmt.t('bands.subject')}
        isEmpty={isBandProgressEmpty}
        emptyTitle={fmt.t('bands.emptyTitle')}
        emptyReason={fmt.t('bands.emptyReason')}
      >
        {(data) => (
          <>
            <HoistedStyle id="learnlens-ui-band-progress" css={bandCss} />
            <KpiStyles />
            <ChangeStyles />
            <Headline summary={data.summary} self={self} fmt={fmt} />
            {self ? null : <BandTable rows={data.rows} byTeam={mode === 'team'} fmt={fmt} />}
          </>
        )}
      </WidgetFrame>
  );
}

/**
 * Band progress of an IELTS-style org (seed 000, bands 0–9): the overall, task 1 and task 2 bands, the goal band and
 * the share of learners at or above their goal, then each learner's (or team's) overall band as a bar with the goal
 * as a tick. A learner sees their own bands against their goal.
 */
export const BandProgress = withWidgetBoundary(BandProgressView, {
  widget: WIDGET,
  title: 'bands.title',
  subject: 'bands.subject',
  messages: bandProgressMessages,
});
