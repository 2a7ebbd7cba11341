'use client';
import { usePersonalStats } from '../../hooks/usePersonalStats.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { PersonalStatsProps } from './personalStats.types.js';
import { bucketLabel, bucketPattern } from './personalStats.utils.js';

function PersonalStatsView({ params = {}, showTrend = true, actions, title, ...chrome }: PersonalStatsProps) {
  const { viewer } = useLearnlens();
  const fmt = useFormat();
  const query = usePersonalStats(params);
  const own = (params.userId ?? viewer.userId) === viewer.userId;
  const name = query.data?.displayName;
  const heading = title ?? (own ? 'Your progress' : name ? `Progress of ${name}` : 'Progress');
  const score = (v: number | null) => (v === null ? '—' : fmt.number(v, { maximumFractionDigits: 1 }));
  const range =
    params.from && params.to
      ? ` between ${fmt.date(params.from)} and ${fmt.date(new Date(Date.parse(`${params.to}T00:00:00`) - 86_400_000))}`
      : '';
  return (
    <WidgetFrame
      {...chrome}
      widget="personal-stats"
      title={heading}
      actions={actions}
      query={query}
      skeleton="stats"
      subject="these stats"
      isEmpty={(d) => d.totalAttempts === 0 && d.attemptsThisWeek === 0}
      emptyTitle="No attempts yet"
      emptyReason={(d) => `${own ? 'You have' : `${d.displayName} has`} no attempts${range} yet; stats appear after the first one.`}
    >
      {(stats) => (
        <>
          <dl className="ll-kpis" data-slot="stats">
            <Stat id="attemptsThisWeek" label="Attempts this week" value={fmt.number(stats.attemptsThisWeek)} />
            <Stat id="avgScoreThisWeek" label="Average score this week" value={score(stats.avgScoreThisWeek)} />
            <Stat id="totalAttempts" label="Attempts" value={fmt.number(stats.totalAttempts)} />
            <Stat id="avgScore" label="Average score" value={score(stats.avgScore)} />
            <Stat
              id="currentStreakDays"
              label="Current streak"
              value={fmt.number(stats.currentStreakDays, { style: 'unit', unit: 'day', unitDisplay: 'long' })}
            />
            <Stat id="lastAttemptAt" label="Last attempt" value={stats.lastAttemptAt ? fmt.date(stats.lastAttemptAt) : '—'} />
          </dl>
          {showTrend && stats.trend.length > 0 ? (
            <ScrollRegion label="Score trend">
              <table className="ll-table" data-slot="trend" style={{ marginTop: 12 }}>
                <caption className="ll-description" style={{ captionSide: 'top', textAlign: 'left' }}>
                  Score trend
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{bucketLabel(stats.bucket)}</th>
                    <th scope="col" data-align="end">
                      Average score
                    </th>
                    <th scope="col" data-align="end">
                      Attempts
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

function Stat({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="ll-kpi" data-slot="stat" data-stat={id}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** A learner's own numbers: this week's attempts and average, totals, streak, last attempt and score trend. */
export const PersonalStats = withWidgetBoundary(PersonalStatsView, {
  widget: 'personal-stats',
  title: 'Your progress',
  subject: 'these stats',
});
