import type { AuditEntry } from '@learnlens/data-client';
import type { DatasetInfo } from '../backend/protocol.js';
import type { DemoSettings } from '../settings.js';
import type { HistoryMode } from '../useSettings.js';

const rates = [0, 0.1, 0.3, 0.5, 1];
const latencies = [0, 300, 1000, 3000];

/** Props of `QaPanel`. */
export interface QaPanelProps {
  /** Current settings. */
  settings: DemoSettings;
  /** Changes settings (and the URL). */
  onChange: (patch: Partial<DemoSettings>, mode?: HistoryMode) => void;
  /** The generated dataset, when ready. */
  info: DatasetInfo | null;
  /** Exports made on this page. */
  auditLog: readonly AuditEntry[];
}

/** The mock backend's fault switches and the export audit log, for QA. */
export function QaPanel({ settings, onChange, info, auditLog }: QaPanelProps) {
  const percent = (r: number) => `${Math.round(r * 100)} %`;
  return (
    <section className="host-qa" aria-labelledby="qa-title">
      <h2 id="qa-title">Mock backend (QA)</h2>
      {info ? (
        <p className="host-muted" data-testid="dataset-info">
          {`${info.attempts.toLocaleString('en-US')} attempts, ${info.users.toLocaleString('en-US')} users, generated in a Web Worker; "now" is ${info.now}. `}
          {/* The one thing on the page that differs from run to run: the visual baselines leave it out. */}
          <span data-testid="generated-in">{`Generating took ${info.generatedInMs.toLocaleString('en-US')} ms.`}</span>
        </p>
      ) : null}
      <form className="host-switches" aria-label="Fault switches" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>Failure rate</span>
          <select
            name="failureRate"
            value={String(settings.failureRate)}
            onChange={(e) => onChange({ failureRate: Number(e.target.value) }, 'replace')}
          >
            {(rates.includes(settings.failureRate) ? rates : [...rates, settings.failureRate].sort()).map((r) => (
              <option key={r} value={String(r)}>
                {percent(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Malformed answers</span>
          <select
            name="malformedRate"
            value={String(settings.malformedRate)}
            onChange={(e) => onChange({ malformedRate: Number(e.target.value) }, 'replace')}
          >
            {(rates.includes(settings.malformedRate) ? rates : [...rates, settings.malformedRate].sort()).map((r) => (
              <option key={r} value={String(r)}>
                {percent(r)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Latency</span>
          <select
            name="latencyMs"
            value={String(settings.latencyMs)}
            onChange={(e) => onChange({ latencyMs: Number(e.target.value) }, 'replace')}
          >
            {(latencies.includes(settings.latencyMs) ? latencies : [...latencies, settings.latencyMs].sort((a, b) => a - b)).map((ms) => (
              <option key={ms} value={String(ms)}>
                {`${ms.toLocaleString('en-US')} ms`}
              </option>
            ))}
          </select>
        </label>
        <label className="host-check">
          <input type="checkbox" name="retry" checked={settings.retry} onChange={(e) => onChange({ retry: e.target.checked }, 'replace')} />
          <span>Retry transient errors</span>
        </label>
      </form>
      <h3>Export audit log</h3>
      {auditLog.length === 0 ? (
        <p className="host-muted">No export yet.</p>
      ) : (
        <ol className="host-audit" data-testid="audit-log">
          {auditLog.map((entry) => (
            <li key={entry.audit_id} data-format={entry.format} data-rows={entry.row_count}>
              {`${entry.at} · ${entry.user_id} (${entry.role}) exported ${entry.row_count.toLocaleString('en-US')} rows of ${entry.org_id} as ${entry.format.toUpperCase()}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
