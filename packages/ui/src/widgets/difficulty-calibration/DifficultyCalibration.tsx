'use client';
import { HoistedStyle } from '../../theme/HoistedStyle.js';
import { useId, useMemo, useState } from 'react';
import { ChartStyles } from '../../charts/chartStyles.js';
import { TutoringStyles } from '../../charts/tutoringStyles.js';
import { viewerTimeZone } from '../../charts/dateRange.js';
import { isFiltered, periodText } from '../../charts/period.js';
import { useDifficultyCalibration } from '../../hooks/useDifficultyCalibration.js';
import { difficultyCalibrationMessages } from '../../i18n/en/difficultyCalibration.js';
import type { Formatters } from '../../widget-shell/format.js';
import { Pager } from '../../widget-shell/Pager.js';
import { ScrollRegion } from '../../widget-shell/ScrollRegion.js';
import { useControllableState } from '../../widget-shell/useControllableState.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { BandTrack } from './BandTrack.js';
import type { CalibrationLevel, CalibrationQuestion, DifficultyCalibrationProps } from './difficultyCalibration.types.js';
import { calibrationOrder, difficultyKeys, expectedText, verdictKeys, verdictOf } from './difficultyCalibration.utils.js';
import { ControlStyles, RowStyles } from '../../widget-shell/partStyles.js';

const WIDGET = 'difficulty-calibration';
const S = '[data-learnlens-widget=difficulty-calibration]';

const calibrationCss = `
${S} .ll-band-track{position:relative;display:inline-block;vertical-align:middle;width:120px;height:12px;border-radius:6px;background:var(--ll-muted)}
${S} .ll-band{position:absolute;top:0;bottom:0;border-radius:6px;background:color-mix(in srgb, var(--ll-chart-2) 40%, transparent)}
${S} .ll-band-mark{position:absolute;top:-3px;width:4px;height:18px;margin-inline-start:-2px;border-radius:2px;background:var(--ll-foreground)}
${S} .ll-band-track[data-off=true] .ll-band-mark{background:var(--ll-warning)}
${S} .ll-verdict[data-verdict=tooEasy],${S} .ll-verdict[data-verdict=tooHard]{color:var(--ll-warning);font-weight:600}
${S} .ll-verdict[data-verdict=few]{color:var(--ll-muted-foreground)}
${S} .ll-band-legend{display:flex;flex-wrap:wrap;gap:4px 14px;margin:0 0 8px;padding:0;list-style:none;font-size:12px;color:var(--ll-muted-foreground)}
${S} .ll-band-legend li{display:inline-flex;align-items:center;gap:6px}
${S} .ll-band-legend .ll-band-track{width:28px}
`;

function CalibrationStyles() {
  return (
    <HoistedStyle id="learnlens-ui-difficulty-calibration" css={calibrationCss} />
  );
}

function LevelsTable({ levels, caption, format }: { levels: readonly CalibrationLevel[]; caption: string; format: Formatters }) {
  return (
    <ScrollRegion label={format.t('difficultyCalibration.levelsLabel')}>
      <table className="ll-table" data-slot="levels">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{format.t('difficultyCalibration.col.declared')}</th>
            <th scope="col" data-align="end">
              {format.t('difficultyCalibration.col.questions')}
            </th>
            <th scope="col" data-align="end">
              {format.t('tutoring.answers')}
            </th>
            <th scope="col" data-align="end">
              {format.t('difficultyCalibration.col.expected')}
            </th>
            <th scope="col" data-align="end" title={format.t('tutoring.accuracyHint')}>
              {format.t('difficultyCalibration.col.observed')}
            </th>
            <th scope="col">{format.t('difficultyCalibration.col.band')}</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l) => {
            const off = l.accuracy < l.expectedMin || l.accuracy > l.expectedMax;
            return (
              <tr
                key={`${l.difficultyLevel}/${l.difficulty}`}
                data-difficulty={l.difficulty}
                data-level={l.difficultyLevel ?? undefined}
                data-flagged={off ? 'true' : undefined}
              >
                <th scope="row">
                  {l.difficultyLevel === null
                    ? format.t(difficultyKeys[l.difficulty])
                    : format.t('difficultyCalibration.levelNumber', { level: format.number(l.difficultyLevel), band: format.t(difficultyKeys[l.difficulty]) })}
                </th>
                <td data-align="end">{format.number(l.questions)}</td>
                <td data-align="end">{format.number(l.attempts)}</td>
                <td data-align="end">{expectedText(l.expectedMin, l.expectedMax, format)}</td>
                <td data-align="end">{format.percent(l.accuracy, 1)}</td>
                <td>
                  <BandTrack min={l.expectedMin} max={l.expectedMax} value={l.accuracy} off={off} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

interface QuestionsProps {
  questions: readonly CalibrationQuestion[];
  minAttempts: number;
  caption: string;
  format: Formatters;
  onSelect: ((q: CalibrationQuestion) => void) | undefined;
}

function QuestionsTable({ questions, minAttempts, caption, format, onSelect }: QuestionsProps) {
  return (
    <ScrollRegion label={format.t('difficultyCalibration.questionsLabel')}>
      <table className="ll-table" data-slot="questions">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{format.t('tutoring.question')}</th>
            <th scope="col">{format.t('difficultyCalibration.col.declared')}</th>
            <th scope="col" data-align="end">
              {format.t('tutoring.answers')}
            </th>
            <th scope="col" data-align="end" title={format.t('tutoring.accuracyHint')}>
              {format.t('difficultyCalibration.col.observed')}
            </th>
            <th scope="col">{format.t('difficultyCalibration.col.band')}</th>
            <th scope="col">{format.t('difficultyCalibration.col.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((q) => {
            const verdict = verdictOf(q, minAttempts);
            return (
              <tr key={q.activityId} data-activity-id={q.activityId} data-verdict={verdict} data-flagged={q.miscalibrated ? 'true' : undefined}>
                <th scope="row" title={`${q.title} · ${q.topic}`}>
                  {onSelect ? (
                    <button type="button" className="ll-link" data-slot="select" onClick={() => onSelect(q)}>
                      <span className="ll-truncate">{q.title}</span>
                    </button>
                  ) : (
                    <span className="ll-truncate">{q.title}</span>
                  )}
                  <span className="ll-subtle">{q.topic}</span>
                </th>
                <td>
                  {format.t(difficultyKeys[q.difficulty])}
                  <span className="ll-subtle">{expectedText(q.expectedMin, q.expectedMax, format)}</span>
                </td>
                <td data-align="end">{format.number(q.attempts)}</td>
                <td data-align="end">{format.percent(q.accuracy, 1)}</td>
                <td>
                  <BandTrack min={q.expectedMin} max={q.expectedMax} value={q.accuracy} off={q.miscalibrated} />
                </td>
                <td>
                  <span className="ll-verdict" data-slot="verdict" data-verdict={verdict}>
                    {format.t(verdictKeys[verdict])}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function DifficultyCalibrationInner({
  params = {},
  onlyMiscalibrated: onlyProp,
  defaultOnlyMiscalibrated = false,
  onOnlyMiscalibratedChange,
  pageSize = 10,
  onSelect,
  title,
  ...chrome
}: DifficultyCalibrationProps) {
  const format = useFormat(difficultyCalibrationMessages);
  const id = useId();
  const [only, setOnly] = useControllableState(onlyProp, defaultOnlyMiscalibrated, onOnlyMiscalibratedChange);
  const [page, setPage] = useState(0);
  const query = useDifficultyCalibration({ ...params, timezone: params.timezone ?? viewerTimeZone() });
  const period = periodText(params, format);
  const ordered = useMemo(() => (query.data ? calibrationOrder(query.data.questions) : []), [query.data]);
  const shown = only ? ordered.filter((q) => q.miscalibrated) : ordered;
  const pageCount = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pageCount - 1);

  return (
    <WidgetFrame
      widget={WIDGET}
      title={title ?? format.t('difficultyCalibration.title')}
      description={format.t('difficultyCalibration.description', { period })}
      subject={format.t('difficultyCalibration.subject')}
      query={query}
      isEmpty={(d) => d.levels.length === 0}
      emptyTitle={format.t('difficultyCalibration.emptyTitle')}
      emptyReason={format.t(isFiltered(params) ? 'difficultyCalibration.emptyReasonFiltered' : 'difficultyCalibration.emptyReason', { period })}
      {...chrome}
    >
      {(data) => {
        const miscalibrated = data.questions.filter((q) => q.miscalibrated).length;
        return (
          <div data-slot="content" data-miscalibrated={miscalibrated}>
            <ChartStyles />
            <TutoringStyles />
            <CalibrationStyles />
            <ControlStyles />
            <RowStyles />
            <ul className="ll-band-legend" aria-label={format.t('difficultyCalibration.legend')}>
              <li>
                <span className="ll-band-track" aria-hidden="true">
                  <span className="ll-band" style={{ insetInlineStart: 0, width: '100%' }} />
                </span>
                {format.t('difficultyCalibration.legendBand')}
              </li>
              <li>
                <span className="ll-band-mark" aria-hidden="true" style={{ position: 'static', display: 'inline-block', height: 12, margin: 0 }} />
                {format.t('difficultyCalibration.legendMark')}
              </li>
              <li>
                <span className="ll-band-mark" aria-hidden="true" style={{ position: 'static', display: 'inline-block', height: 12, margin: 0, background: 'var(--ll-warning)' }} />
                {format.t('difficultyCalibration.legendOff')}
              </li>
            </ul>
            <LevelsTable levels={data.levels} caption={format.t('difficultyCalibration.levelsCaption', { period })} format={format} />
            <p className="ll-chart-note" data-slot="note">
              {format.t('difficultyCalibration.summary', { count: miscalibrated, min: format.number(data.minAttempts) })}
            </p>
            <label className="ll-field ll-inline" htmlFor={`${id}-only`}>
              <input
                id={`${id}-only`}
                type="checkbox"
                checked={only}
                onChange={(e) => {
                  setOnly(e.target.checked);
                  setPage(0);
                }}
              />
              {format.t('difficultyCalibration.onlyMiscalibrated')}
            </label>
            <QuestionsTable
              questions={shown.slice(current * pageSize, (current + 1) * pageSize)}
              minAttempts={data.minAttempts}
              caption={format.t('difficultyCalibration.questionsCaption', { period })}
              format={format}
              onSelect={onSelect}
            />
            {shown.length > pageSize ? (
              <Pager page={current} pageSize={pageSize} total={shown.length} shown={Math.min(pageSize, shown.length - current * pageSize)} onPageChange={setPage} />
            ) : null}
          </div>
        );
      }}
    </WidgetFrame>
  );
}

/**
 * Declared difficulty against observed accuracy (seed 003 "question difficulty calibration"): per declared band, the
 * questions, answers, expected and observed accuracy; per question the same beside its band, drawn as a track with
 * the band shaded and the observed accuracy marked. Questions whose accuracy falls outside their band after
 * `minAttempts` answers are miscalibrated: listed first, marked "easier/harder than declared", and filterable.
 */
export const DifficultyCalibration = withWidgetBoundary(DifficultyCalibrationInner, {
  widget: WIDGET,
  title: 'difficultyCalibration.title',
  subject: 'difficultyCalibration.subject',
  messages: difficultyCalibrationMessages,
});
