'use client';
// The chart first: it imports echarts, which a host's bundle then places ahead of this package's code (charts/echarts.ts).
import { topicBarModules, topicBarOption } from './topicBarOption.js';
import { HoistedStyle } from '../../theme/HoistedStyle.js';
import { useMemo } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { DataTable, type DataColumn } from '../../charts/DataTable.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { Legend } from '../../charts/Legend.js';
import { NONE, isFiltered, periodText } from '../../charts/period.js';
import { ViewToggle, type ChartView } from '../../charts/ViewToggle.js';
import { useTopicMastery } from '../../hooks/useTopicMastery.js';
import { topicMasteryMessages } from '../../i18n/en/topicMastery.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import { useChartPalette } from '../../theme/useChartPalette.js';
import type { Formatters } from '../../widget-shell/format.js';
import { ChartImage } from '../../widget-shell/ChartImage.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { ChartSkeleton, TableSkeleton } from '../../widget-shell/states.js';
import type { MasteryCell, MasteryGrid, TopicMasteryProps, TopicMasteryResult } from './topicMastery.types.js';
import { cellDetail, cellOf, gridTopics, levelCounts, levelCss, levelGlyphs, levelKeys, masteryLevelOrder } from './topicMastery.utils.js';

const WIDGET = 'topic-mastery';
const S = '[data-learnlens-widget=topic-mastery]';

// Students down, topics across; square cells; topic names written upwards so a dozen topics fit without cutting.
const masteryCss = `
${S} .ll-mastery{border-collapse:separate;border-spacing:2px;font-size:12px}
${S} .ll-mastery th,${S} .ll-mastery td{padding:0;border:0;background:none}
${S} .ll-mastery thead th[data-topic]{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;vertical-align:bottom;padding:4px 0;font-weight:500;white-space:nowrap;min-width:28px}
${S} .ll-mastery tbody th,${S} .ll-mastery tfoot th{text-align:start;padding-inline-end:8px;font-weight:400;white-space:nowrap;max-width:22ch;overflow:hidden;text-overflow:ellipsis}
${S} .ll-mastery tbody th:focus{white-space:normal}
${S} .ll-mastery td[data-level]{width:28px;min-width:28px;height:24px;text-align:center;border-radius:4px;border:1px solid var(--ll-border);color:var(--ll-foreground)}
${S} .ll-mastery td[data-level=mastered]{color:var(--ll-primary-foreground)}
${S} .ll-mastery tfoot td{text-align:center;color:var(--ll-muted-foreground);font-variant-numeric:tabular-nums}
${S} .ll-mastery tfoot tr:first-child>*{padding-top:6px}
`;

function MasteryStyles() {
  return (
    <HoistedStyle id="learnlens-ui-topic-mastery" css={masteryCss} />
  );
}

function LevelLegend({ grid, format }: { grid: Pick<MasteryGrid, 'masteryThreshold' | 'recentAttempts'>; format: Formatters }) {
  const detail = (level: (typeof masteryLevelOrder)[number]) => {
    if (level === 'not_started') return undefined;
    if (level === 'proficient') {
      return format.t('topicMastery.levelDetail.proficient', { threshold: format.percent(grid.masteryThreshold, 0), recent: format.number(grid.recentAttempts) });
    }
    return format.t(`topicMastery.levelDetail.${level}`);
  };
  return (
    <Legend
      label={format.t('topicMastery.legend')}
      items={masteryLevelOrder.map((level) => {
        const text = detail(level);
        return { key: level, label: format.t(levelKeys[level]), color: levelCss(level), ...(text ? { detail: `(${text})` } : {}) };
      })}
    />
  );
}

function GridBody({ data, grid, format, period }: { data: TopicMasteryResult; grid: MasteryGrid; format: Formatters; period: string }) {
  const topics = useMemo(() => gridTopics(grid.rows, data.topics.map((t) => t.topic)), [grid.rows, data.topics]);
  const counts = useMemo(() => topics.map((topic) => levelCounts(grid.rows, topic)), [topics, grid.rows]);
  const summary = new Map(data.topics.map((t) => [t.topic, t]));
  return (
    <div data-slot="content" data-mode="grid" data-learners={grid.rows.length} data-topics={topics.length}>
      <LevelLegend grid={grid} format={format} />
      <ScrollRegion label={format.t('topicMastery.gridLabel')}>
        <table className="ll-mastery" data-slot="grid">
          <caption className="ll-sr-only">{format.t('topicMastery.gridCaption', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{format.t('tutoring.student')}</th>
              {topics.map((topic) => (
                <th key={topic} scope="col" data-topic={topic} title={topic}>
                  {topic}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.userId} data-user-id={row.userId}>
                <th scope="row" title={row.displayName}>
                  {row.displayName}
                </th>
                {topics.map((topic) => {
                  const cell = cellOf(row, topic);
                  const detail = cellDetail(cell, grid.recentAttempts, format);
                  return (
                    <td key={topic} data-level={cell.level} data-topic={topic} title={`${topic}: ${detail}`} style={{ background: levelCss(cell.level) }}>
                      <span aria-hidden="true">{levelGlyphs[cell.level]}</span>
                      <span className="ll-sr-only">{detail}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {[...masteryLevelOrder].reverse().map((level) => (
              <tr key={level} data-count-level={level}>
                <th scope="row" title={format.t(levelKeys[level])}>
                  <span className="ll-swatch" aria-hidden="true" style={{ background: levelCss(level), marginInlineEnd: 6 }} />
                  {format.t(levelKeys[level])}
                </th>
                {topics.map((topic, i) => (
                  <td key={topic} data-topic={topic}>
                    {format.number(counts[i]![level])}
                  </td>
                ))}
              </tr>
            ))}
            <tr data-slot="topic-accuracy">
              <th scope="row" title={format.t('topicMastery.topicAccuracy')}>
                {format.t('topicMastery.topicAccuracy')}
              </th>
              {topics.map((topic) => {
                const t = summary.get(topic);
                return (
                  <td key={topic} data-topic={topic} title={t ? format.t('tutoring.correctOf', { correct: format.number(t.correct), count: t.attempts }) : undefined}>
                    {t ? format.percent(t.accuracy, 0) : NONE}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {grid.total > grid.rows.length ? (
        <p className="ll-chart-note" data-slot="note">
          {format.t('topicMastery.showing', { shown: format.number(grid.rows.length), count: grid.total })}
        </p>
      ) : null}
    </div>
  );
}

function learnerColumns(recent: number, format: Formatters): DataColumn<MasteryCell>[] {
  return [
    { header: format.t('tutoring.topic'), cell: (c) => c.topic },
    { header: format.t('topicMastery.col.level'), cell: (c) => format.t(levelKeys[c.level]) },
    { header: format.t('tutoring.accuracy'), end: true, cell: (c) => (c.accuracy === null ? NONE : format.percent(c.accuracy, 1)) },
    { header: format.t('tutoring.answers'), end: true, cell: (c) => format.t('tutoring.correctOf', { correct: format.number(c.correct), count: c.attempts }) },
    {
      header: `${format.t('topicMastery.col.recent')} (${format.number(recent)})`,
      end: true,
      cell: (c) => (c.recentAccuracy === null ? NONE : format.percent(c.recentAccuracy, 0)),
    },
  ];
}

interface LearnerBodyProps {
  cells: readonly MasteryCell[];
  grid: MasteryGrid;
  caption: string;
  view: ChartView;
  renderer: 'svg' | 'canvas';
  animation: boolean;
  format: Formatters;
}

function LearnerBody({ cells, grid, caption, view, renderer, animation, format }: LearnerBodyProps) {
  const palette = useChartPalette();
  const option = useMemo(
    () =>
      topicBarOption(
        cells.map((c) => ({ topic: c.topic, accuracy: c.accuracy ?? 0, level: c.level, detail: cellDetail(c, grid.recentAttempts, format) })),
        palette,
        (v) => format.percent(v, 0),
      ),
    [cells, grid.recentAttempts, palette, format],
  );
  return (
    <div data-slot="content" data-mode="learner" data-view={view} data-topics={cells.length}>
      <LevelLegend grid={grid} format={format} />
      {view === 'chart' ? (
        <ChartImage modules={topicBarModules} option={option} renderer={renderer} animation={animation} height={40 + cells.length * 30} caption={caption} />
      ) : null}
      <DataTable
        columns={learnerColumns(grid.recentAttempts, format)}
        rows={cells}
        rowKey={(c) => c.topic}
        rowData={(c) => ({ 'data-topic': c.topic, 'data-level': c.level })}
        caption={caption}
        visible={view === 'table'}
      />
    </div>
  );
}

function TopicMasteryInner({
  params = {},
  userId: userIdProp,
  mode: modeProp,
  maxLearners = 200,
  view: viewProp,
  defaultView = 'chart',
  onViewChange,
  renderer = 'svg',
  animation = true,
  title,
  ...chrome
}: TopicMasteryProps) {
  const format = useFormat(topicMasteryMessages);
  const { viewer } = useLearnlens();
  const userId = userIdProp ?? (viewer.role === 'learner' ? viewer.userId : undefined);
  const mode = modeProp ?? (userId ? 'learner' : 'grid');
  const [view, setView] = useControllableState(viewProp, defaultView, onViewChange);
  const timezone = params.timezone ?? viewerTimeZone();
  const learnerMode = mode === 'learner' && userId !== undefined;
  const query = useTopicMastery({
    ...params,
    timezone,
    grid: true,
    ...(learnerMode ? { userIds: [userId], limit: 1 } : { limit: maxLearners }),
  });
  const period = periodText(params, format);
  const row = learnerMode ? query.data?.grid?.rows.find((r) => r.userId === userId) : undefined;
  const cells = useMemo(() => (row ? row.cells.filter((c) => c.attempts > 0) : []), [row]);
  const recent = query.data?.grid?.recentAttempts ?? params.recentAttempts;

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t(learnerMode ? 'topicMastery.titleLearner' : 'topicMastery.title')}
      description={format.t('topicMastery.description', { period, recent: recent ?? '' })}
      subject={format.t('topicMastery.subject')}
      skeleton={learnerMode ? <ChartSkeleton /> : <TableSkeleton />}
      query={query}
      isEmpty={(d) => !d.grid || d.grid.rows.length === 0 || (learnerMode && !d.grid.rows.some((r) => r.userId === userId && r.cells.some((c) => c.attempts > 0)))}
      emptyTitle={format.t('topicMastery.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'topicMastery.emptyReasonFiltered' : 'topicMastery.emptyReason', { period })}
      actions={learnerMode ? <ViewToggle value={view} onValueChange={setView} subject={format.t('topicMastery.subject')} /> : undefined}
      {...chrome}
    >
      {(data) => (
        <>
          <ChartStyles />
          <TutoringStyles />
          <MasteryStyles />
          {learnerMode ? (
            <LearnerBody
              cells={cells}
              grid={data.grid!}
              caption={
                userId === viewer.userId
                  ? format.t('topicMastery.chartCaptionSelf', { period })
                  : format.t('topicMastery.chartCaption', { learner: row?.displayName ?? '', period })
              }
              view={view}
              renderer={renderer}
              animation={animation}
              format={format}
            />
          ) : (
            <GridBody data={data} grid={data.grid!} format={format} period={period} />
          )}
        </>
      )}
    </WidgetFrame>
  );
}

/**
 * Topic mastery after Khan Academy's skills report. Grid mode: students down, topics across, each cell coloured (and
 * marked with a glyph) by the student's mastery level — not started, attempted, familiar, proficient, mastered — with a
 * legend, and under each column how many students are at each level and the topic's accuracy. Learner mode: one
 * learner's accuracy per topic as bars in their level's colour, with the table as the alternative.
 */
export const TopicMastery = withWidgetBoundary(TopicMasteryInner, {
  widget: WIDGET,
  title: 'topicMastery.title',
  subject: 'topicMastery.subject',
  messages: topicMasteryMessages,
});
