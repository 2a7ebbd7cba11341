import type { LineChartInput } from '../../charts/lineOption.js';
import type { Formatters } from '../../widget-shell/format.js';
import type { VelocityDay } from './learningVelocity.types.js';

/** Averages per active day: different questions, answers, and seconds per answer weighted by answers with a time. */
export function velocitySummary(days: readonly VelocityDay[]): { questions: number; answers: number; seconds: number | null } {
  if (days.length === 0) return { questions: 0, answers: 0, seconds: null };
  let questions = 0;
  let answers = 0;
  let timed = 0;
  let seconds = 0;
  for (const d of days) {
    questions += d.questionsAttempted;
    answers += d.attempts;
    if (d.avgTimeSeconds !== null) {
      timed += d.attempts;
      seconds += d.avgTimeSeconds * d.attempts;
    }
  }
  return { questions: questions / days.length, answers: answers / days.length, seconds: timed > 0 ? seconds / timed : null };
}

/** The line chart's input: different questions and answers per day. */
export function velocityInput(days: readonly VelocityDay[], format: Formatters): LineChartInput {
  const time = (d: VelocityDay | undefined) => (d && d.avgTimeSeconds !== null ? ` · ${format.duration(d.avgTimeSeconds)}` : '');
  return {
    legend: true,
    xLabels: days.map((d) => format.date(d.day, 'MMM d')),
    series: [
      {
        name: format.t('learningVelocity.questions'),
        values: days.map((d) => d.questionsAttempted),
        label: (i) => (days[i] ? format.number(days[i]!.questionsAttempted) : null),
      },
      {
        name: format.t('learningVelocity.answers'),
        values: days.map((d) => d.attempts),
        label: (i) => (days[i] ? `${format.number(days[i]!.attempts)}${time(days[i])}` : null),
      },
    ],
    formatY: (value) => format.number(value, { maximumFractionDigits: 0 }),
  };
}
