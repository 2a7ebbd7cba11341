import { renderToStaticMarkup } from 'react-dom/server';
import type { DigestData, DigestPerformer } from './computeDigest.js';
import { DigestEmail } from './DigestEmail.js';
import type { DigestFormat } from './digestFormat.js';

/** A rendered digest: subject, HTML and plain-text parts. */
export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
}

function textList(rows: DigestPerformer[], format: DigestFormat): string[] {
  return rows.map((r) => `  ${r.rank}. ${r.displayName}: ${format.score(r.avgScore)} (${format.attempts(r.attempts)})`);
}

/** Renders a digest: the React email to static HTML, and the same content as plain text. */
export function renderDigest(managerName: string, digest: DigestData, format: DigestFormat): RenderedDigest {
  const m = format.messages;
  const week = format.weekRange(digest.week);
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<DigestEmail managerName={managerName} digest={digest} format={format} />)}`;
  const a = digest.assignments;
  const lines = [
    m.heading,
    '',
    m.greeting(managerName),
    m.weekOf(week),
    '',
    `${m.teamAverage}: ${digest.teamAverage === null ? `– (${m.noScore})` : format.score(digest.teamAverage)}`,
    `${m.completionRate}: ${a.completionRate === null ? `– (${m.noAssignments})` : `${format.percent(a.completionRate)} (${m.completionDetail(format.count(a.completed), format.count(a.assigned), format.count(a.count))})`}`,
    `${m.activeLearners}: ${format.count(digest.activeLearners)}`,
    `${m.scoredAttempts}: ${format.count(digest.scoredAttempts)}`,
  ];
  if (digest.noActivity) lines.push('', m.noActivity);
  if (digest.top.length > 0) lines.push('', `${m.top}:`, ...textList(digest.top, format));
  if (digest.bottom.length > 0) lines.push('', `${m.bottom}:`, ...textList(digest.bottom, format));
  lines.push('', m.footer(format.instant(digest.week.endsAt)));
  return { subject: m.subject(week), html, text: `${lines.join('\n')}\n` };
}
