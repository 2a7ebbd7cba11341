'use client';
import { useMemo } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { MiniBar } from '../../charts/MiniBar.js';
import { NONE, isFiltered, periodText } from '../../charts/period.js';
import { SortableTable, type SortableColumn } from '../../charts/SortableTable.js';
import { useCohortComparison } from '../../hooks/useCohortComparison.js';
import { cohortComparisonMessages } from '../../i18n/en/cohortComparison.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import type { CohortComparisonProps, CohortRow } from './cohortComparison.types.js';

const WIDGET = 'cohort-comparison';

function rowKey(r: CohortRow): string {
  return `${r.cohortId ?? ''}|${r.academicYear ?? ''}`;
}

function columnsOf(rows: readonly CohortRow[], format: Formatters, names: Readonly<Record<string, string>>): SortableColumn<CohortRow>[] {
  // Bars are relative to the largest row, so the cohorts compare at a glance; accuracy is on its own 0–100 % scale.
  const maxPer = Math.max(0, ...rows.map((r) => r.attemptsPerLearner));
  const maxMastered = Math.max(0, ...rows.map((r) => r.topicsMasteredPerLearner));
  const cohortName = (r: CohortRow) => (r.cohortId === null ? format.t('cohortComparison.noCohort') : (names[r.cohortId] ?? r.cohortId));
  return [
    { id: 'cohort', header: format.t('cohortComparison.col.cohort'), cell: cohortName, sortValue: cohortName },
    {
      id: 'year',
      header: format.t('cohortComparison.col.year'),
      cell: (r) => (r.academicYear === null ? NONE : String(r.academicYear)),
      sortValue: (r) => r.academicYear,
    },
    {
      id: 'learners',
      header: format.t('cohortComparison.col.active'),
      end: true,
      cell: (r) => format.t('cohortComparison.activeOf', { active: format.number(r.activeLearners), count: r.learners }),
      sortValue: (r) => r.learners,
    },
    {
      id: 'accuracy',
      header: format.t('tutoring.accuracy'),
      hint: format.t('tutoring.accuracyHint'),
      end: true,
      cell: (r) => (
        <>
          {r.accuracy === null ? NONE : format.percent(r.accuracy / 100, 1)}
          <MiniBar ratio={r.accuracy === null ? null : r.accuracy / 100} />
        </>
      ),
      sortValue: (r) => r.accuracy,
    },
    {
      id: 'perLearner',
      header: format.t('cohortComparison.col.perLearner'),
      hint: format.t('cohortComparison.hint.perLearner'),
      end: true,
      cell: (r) => (
        <>
          {format.number(r.attemptsPerLearner, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}
          <MiniBar ratio={maxPer > 0 ? r.attemptsPerLearner / maxPer : 0} color="var(--ll-chart-2)" />
        </>
      ),
      sortValue: (r) => r.attemptsPerLearner,
    },
    {
      id: 'mastered',
      header: format.t('cohortComparison.col.mastered'),
      hint: format.t('cohortComparison.hint.mastered'),
      end: true,
      cell: (r) => (
        <>
          {format.number(r.topicsMasteredPerLearner, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}
          <MiniBar ratio={maxMastered > 0 ? r.topicsMasteredPerLearner / maxMastered : 0} color="var(--ll-chart-4)" />
        </>
      ),
      sortValue: (r) => r.topicsMasteredPerLearner,
    },
  ];
}

const noNames: Readonly<Record<string, string>> = {};

function CohortComparisonInner({ params = {}, cohortNames = noNames, title, ...chrome }: CohortComparisonProps) {
  const format = useFormat(cohortComparisonMessages);
  const query = useCohortComparison({ ...params, timezone: params.timezone ?? viewerTimeZone() });
  const period = periodText(params, format);
  const rows = query.data?.rows;
  const columns = useMemo(() => columnsOf(rows ?? [], format, cohortNames), [rows, format, cohortNames]);
  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('cohortComparison.title')}
      description={format.t('cohortComparison.description', { period })}
      subject={format.t('cohortComparison.subject')}
      query={query}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={format.t('cohortComparison.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'cohortComparison.emptyReasonFiltered' : 'cohortComparison.emptyReason', { period })}
      {...chrome}
    >
      {(data) => (
        <div data-slot="content">
          <ChartStyles />
          <TutoringStyles />
          <SortableTable
            columns={columns}
            rows={data.rows}
            rowKey={rowKey}
            rowData={(r) => ({ 'data-cohort-id': r.cohortId ?? '', 'data-academic-year': r.academicYear ?? '' })}
            caption={format.t('cohortComparison.caption', { period })}
            label={format.t('cohortComparison.tableLabel')}
          />
        </div>
      )}
    </WidgetFrame>
  );
}

/**
 * Cohorts side by side (seed 003 cohort analytics): per cohort and academic year, active of all students, accuracy
 * (ungraded answers count as not correct), answers and topics mastered per student — a sortable table whose bars
 * compare the cohorts at a glance.
 */
export const CohortComparison = withWidgetBoundary(CohortComparisonInner, {
  widget: WIDGET,
  title: 'cohortComparison.title',
  subject: 'cohortComparison.subject',
  messages: cohortComparisonMessages,
});
