import { NONE } from '../../charts/period.js';
import type { MessageKey } from '../../i18n/messages.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { QuestionQualityField, QuestionQualityRow } from './questionQuality.types.js';

/** The table's sortable columns in display order, with their header words and whether they hold numbers. */
export const questionQualityColumns: readonly { field: QuestionQualityField; label: MessageKey; end: boolean; hint?: MessageKey }[] = [
  { field: 'learners', label: 'questionQuality.col.learners', end: true },
  { field: 'flags', label: 'questionQuality.col.flags', end: true },
  { field: 'flagRate', label: 'questionQuality.col.flagRate', end: true, hint: 'questionQuality.flagRateHint' },
  { field: 'accuracy', label: 'tutoring.accuracy', end: true, hint: 'tutoring.accuracyHint' },
  { field: 'avgTimeSeconds', label: 'tutoring.avgTime', end: true },
];

const reasonKeys: Record<string, MessageKey> = {
  incorrect_answer: 'questionQuality.reason.incorrect_answer',
  unclear_wording: 'questionQuality.reason.unclear_wording',
  typo: 'questionQuality.reason.typo',
  too_difficult: 'questionQuality.reason.too_difficult',
  other: 'questionQuality.reason.other',
};

/** A flag reason in words; a reason the catalog does not know (a host's own) is shown as it is stored. */
export function reasonLabel(reason: string, format: Formatters): string {
  const key = reasonKeys[reason];
  return key ? format.t(key) : reason;
}

/** The row's main reasons with their counts, e.g. "Typo (3), Unclear wording (1)"; "—" without flags. */
export function reasonsText(row: Pick<QuestionQualityRow, 'topReasons'>, format: Formatters): string {
  if (row.topReasons.length === 0) return NONE;
  return row.topReasons.map((r) => format.t('questionQuality.reasonCount', { reason: reasonLabel(r.reason, format), count: r.flags })).join(', ');
}

/** A 0–1 share as a percentage with one decimal, "—" for null. */
export function percentOrDash(value: number | null, format: Formatters): string {
  return value === null ? NONE : format.percent(value, 1);
}
