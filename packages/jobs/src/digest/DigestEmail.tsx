import type { CSSProperties, ReactNode } from 'react';
import type { DigestData, DigestPerformer } from './computeDigest.js';
import type { DigestFormat } from './digestFormat.js';

/** Props of `DigestEmail`. */
export interface DigestEmailProps {
  /** The manager's name, for the greeting. */
  managerName: string;
  digest: DigestData;
  format: DigestFormat;
}

// Light colours inline (what every client shows), dark ones in a prefers-color-scheme block keyed by class names;
// clients that ignore both and invert colours on their own still get contrast, as nothing is near-grey on grey.
const colors = { text: '#111827', muted: '#4b5563', surface: '#ffffff', page: '#f3f4f6', border: '#d1d5db', accent: '#1d4ed8', warn: '#b45309' };

/** The dark-mode rules: the only CSS not inline, since media queries cannot be. */
export const darkModeCss = `
@media (prefers-color-scheme: dark) {
  .ll-page { background: #0b0f19 !important; }
  .ll-card { background: #111827 !important; border-color: #374151 !important; }
  .ll-text { color: #f3f4f6 !important; }
  .ll-muted { color: #cbd5e1 !important; }
  .ll-accent { color: #93c5fd !important; }
  .ll-warn { color: #fcd34d !important; }
  .ll-cell { border-color: #374151 !important; }
}`;

const cell: CSSProperties = { padding: '6px 8px', borderBottom: `1px solid ${colors.border}`, fontSize: 14, color: colors.text };

function Card({ children }: { children: ReactNode }) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} className="ll-card" style={{ background: colors.surface, border: `1px solid ${colors.border}`, borderRadius: 8, marginBottom: 16 }}>
      <tbody>
        <tr>
          <td style={{ padding: 16 }}>{children}</td>
        </tr>
      </tbody>
    </table>
  );
}

function Stat({ label, value, detail, slot }: { label: string; value: string; detail?: string; slot: string }) {
  return (
    <td data-slot={slot} style={{ padding: '0 8px 8px 0', verticalAlign: 'top', width: '50%' }}>
      <div className="ll-muted" style={{ fontSize: 12, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.4 }}>
        {label}
      </div>
      <div className="ll-accent" style={{ fontSize: 24, fontWeight: 700, color: colors.accent }}>
        {value}
      </div>
      {detail ? (
        <div className="ll-muted" style={{ fontSize: 12, color: colors.muted }}>
          {detail}
        </div>
      ) : null}
    </td>
  );
}

function PerformerTable({ title, rows, format, slot, tone }: { title: string; rows: DigestPerformer[]; format: DigestFormat; slot: string; tone: 'accent' | 'warn' }) {
  if (rows.length === 0) return null;
  return (
    <Card>
      <h2 className={tone === 'warn' ? 'll-warn' : 'll-accent'} style={{ margin: '0 0 8px', fontSize: 16, color: tone === 'warn' ? colors.warn : colors.accent }}>
        {title}
      </h2>
      <table data-slot={slot} role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
        <tbody>
          {rows.map((r) => (
            <tr key={r.userId} data-user-id={r.userId}>
              <td className="ll-text ll-cell" style={{ ...cell, width: 32 }}>
                {`${r.rank}.`}
              </td>
              <td className="ll-text ll-cell" style={cell}>
                {r.displayName}
              </td>
              <td className="ll-text ll-cell" style={{ ...cell, textAlign: 'right', fontWeight: 600 }} data-value={r.avgScore}>
                {format.score(r.avgScore)}
              </td>
              <td className="ll-muted ll-cell" style={{ ...cell, textAlign: 'right', color: colors.muted }}>
                {format.attempts(r.attempts)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** A manager's weekly digest as an HTML email: inline styles, a table layout mail clients render, dark-mode rules. */
export function DigestEmail({ managerName, digest, format }: DigestEmailProps) {
  const m = format.messages;
  const week = format.weekRange(digest.week);
  const a = digest.assignments;
  return (
    <html lang={format.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <title>{m.subject(week)}</title>
        <style>{darkModeCss}</style>
      </head>
      <body className="ll-page" style={{ margin: 0, padding: 0, background: colors.page }}>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} className="ll-page" style={{ background: colors.page }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: '24px 12px' }}>
                <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} style={{ maxWidth: 600, fontFamily: 'Arial, Helvetica, sans-serif' }}>
                  <tbody>
                    <tr>
                      <td>
                        <h1 className="ll-text" style={{ fontSize: 22, margin: '0 0 4px', color: colors.text }}>
                          {m.heading}
                        </h1>
                        <p className="ll-text" style={{ margin: '0 0 4px', fontSize: 14, color: colors.text }}>
                          {m.greeting(managerName)}
                        </p>
                        <p className="ll-muted" data-slot="week" style={{ margin: '0 0 16px', fontSize: 14, color: colors.muted }}>
                          {m.weekOf(week)}
                        </p>
                        <Card>
                          <table role="presentation" width="100%" cellPadding={0} cellSpacing={0}>
                            <tbody>
                              <tr>
                                <Stat slot="team-average" label={m.teamAverage} value={digest.teamAverage === null ? '–' : format.score(digest.teamAverage)} detail={digest.teamAverage === null ? m.noScore : undefined} />
                                <Stat
                                  slot="completion-rate"
                                  label={m.completionRate}
                                  value={a.completionRate === null ? '–' : format.percent(a.completionRate)}
                                  detail={a.completionRate === null ? m.noAssignments : m.completionDetail(format.count(a.completed), format.count(a.assigned), format.count(a.count))}
                                />
                              </tr>
                              <tr>
                                <Stat slot="active-learners" label={m.activeLearners} value={format.count(digest.activeLearners)} />
                                <Stat slot="scored-attempts" label={m.scoredAttempts} value={format.count(digest.scoredAttempts)} />
                              </tr>
                            </tbody>
                          </table>
                        </Card>
                        {digest.noActivity ? (
                          <Card>
                            <p className="ll-text" data-slot="no-activity" style={{ margin: 0, fontSize: 14, color: colors.text }}>
                              {m.noActivity}
                            </p>
                          </Card>
                        ) : null}
                        <PerformerTable title={m.top} rows={digest.top} format={format} slot="top" tone="accent" />
                        <PerformerTable title={m.bottom} rows={digest.bottom} format={format} slot="bottom" tone="warn" />
                        <p className="ll-muted" style={{ fontSize: 12, color: colors.muted, margin: '8px 0 0' }}>
                          {m.footer(format.instant(digest.week.endsAt))}
                        </p>
                      </td>
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}
