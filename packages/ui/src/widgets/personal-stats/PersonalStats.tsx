'use client';
import { usePersonalStats } from '../../hooks/usePersonalStats.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { statsMessages } from '../../i18n/en/personalStats.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { CardsSkeleton } from '../../widget-shell/states.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { PersonalStatsProps } from './personalStats.types.js';
import { bucketLabel, bucketPattern } from './personalStats.utils.js';
import { KpiStyles } from '../../widget-shell/partStyles.js';

function PersonalStatsView({ params = {}, showTrend = true, actions, title, ...chrome }: PersonalStatsProps) {
  const { viewer } = useLearnlens();
  const fmt = useFormat(statsMessages);
  const query = usePersonalStats(params);
  const own = (params.userId ?? viewer.userId) === viewer.userId;
  const name = query.data?.displayName;
  const heading = title ?? (own ? fmt.t('stats.titleOwn') : name ? fmt.t('stats.titleOf', { name }) : fmt.t('stats.title'));
  const score = (v: number | null) => (v === null ? '—' : fmt.number(v, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const range =
    params.from && params.to
      ? { from: fmt.date(params.from), to: fmt.date(new Date(Date.parse(`${params.to}T00:00:00`) - 86_400_000)) }
      : null;
  return (
    <WidgetFrame
      {...chrome}
      widget="personal-stats"
      title={heading}
      actions={actions}
      query={query}
      skeleton={<CardsSkeleton kind="stats" />}
      subject={fmt.t('stats.subject')}
      isEmpty={(d) => d.totalAttempts === 0 && d.attemptsThisWeek === 0}
      emptyTitle={fmt.t('stats.emptyTitle')}
      emptyReason={(d) =>
        range
          ? fmt.t(own ? 'stats.emptyOwnRange' : 'stats.emptyOfRange', { name: d.displayName, ...range })
          : fmt.t(own ? 'stats.emptyOwn' : 'stats.emptyOf', { name: d.displayName })
      }
    >
      {(stats) => (
        <>
          <KpiStyles />
          <dl className="ll-kpis" data-slot="stats">
            <Stat id="attemptsThisWeek" label={fmt.t('stats.attemptsThisWeek')} hint={fmt.t('stats.hint.thisWeek')} value={fmt.number(stats.attemptsThisWeek)} />
            <Stat id="avgScoreThisWeek" label={fmt.t('stats.avgScoreThisWeek')} hint={fmt.t('stats.hint.scoredThisWeek')} value={score(stats.avgScoreThisWeek)} />
            <Stat id="totalAttempts" label={fmt.t('stats.totalAttempts')} hint={range ? fmt.t('stats.hint.startedRange', range) : fmt.t('stats.hint.startedAll')} value={fmt.number(stats.totalAttempts)} />
            <Stat id="avgScore" label={fmt.t('stats.avgScore')} hint={fmt.t('stats.hint.scored')} value={score(stats.avgScore)} />
            <Stat
              id="currentStreakDays"
              label={fmt.t('stats.streak')}
              hint={fmt.t('stats.hint.streak')}
              value={fmt.number(stats.currentStreakDays, { style: 'unit', unit: 'day', unitDisplay: 'long' })}
            />
            <Stat
              id="lastAttemptAt"
              label={fmt.t('stats.lastAttempt')}
              hint={fmt.t('stats.hint.lastStarted')}
              value={stats.lastAttemptAt ? fmt.date(stats.lastAttemptAt, 'PP') : '—'}
              {...(stats.lastAttemptAt ? { fullValue: fmt.dateTime(stats.lastAttemptAt) } : {})}
            />
          </dl>
          {showTrend && stats.trend.length > 0 ? (
            <ScrollRegion label={fmt.t('stats.trend')}>
              <table className="ll-table" data-slot="trend" style={{ marginTop: 12 }}>
                <caption className="ll-description" style={{ captionSide: 'top', textAlign: 'start' }}>
                  {fmt.t('stats.trend')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{fmt.t(bucketLabel(stats.bucket))}</th>
                    <th scope="col" data-align="end">
                      {fmt.t('stats.avgScore')}
                    </th>
                    <th scope="col" data-align="end">
                      {fmt.t('stats.col.attempts')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.trend.map((point) => (
                    <tr key={point.bucketStart}>
                      <td>{fmt.date(point.bucketStart, bucketPattern(stats.bucket))}</td>
                      <td data-align="end">{score(point.avgScore)}</td>
                      <td data-align="end">{fmt.number(point.attempts)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          ) : null}
        </>
      )}
    </WidgetFrame>
  );
}

function Stat({ id, label, hint, value, fullValue }: { id: string; label: string; hint: string; value: string; fullValue?: string }) {
  return (
    <div className="ll-kpi" data-slot="stat" data-stat={id}>
      <dt>
        <span data-slot="label">{label}</span>
        <span className="ll-kpi-hint" data-slot="hint">
          {hint}
        </span>
      </dt>
      <dd>
        <span data-slot="value" title={fullValue}>
          {value}
        </span>
      </dd>
    </div>
  );
}

/** A learner's own numbers: this week's attempts and average, totals, streak, last attempt and score trend. */
export const PersonalStats = withWidgetBoundary(PersonalStatsView, {
  widget: 'personal-stats',
  title: 'stats.titleOwn',
  subject: 'stats.subject',
  messages: statsMessages,
});
