import type { PersonaId } from '../backend/protocol.js';
import { personaIds, personaLabels, type DatasetInfo } from '../backend/protocol.js';
import { localeNames } from '../locales.js';
import { datasetSizes, localeIds, sizeLabels, type DemoSettings } from '../settings.js';
import type { HistoryMode } from '../useSettings.js';

/** Props of `HostHeader`. */
export interface HostHeaderProps {
  /** Current settings. */
  settings: DemoSettings;
  /** Changes settings (and the URL). */
  onChange: (patch: Partial<DemoSettings>, mode?: HistoryMode) => void;
  /** The dataset, once generated: gives the personas their names. */
  info: DatasetInfo | null;
}

/** The host product's own header: navigation and the demo's switches. */
export function HostHeader({ settings, onChange, info }: HostHeaderProps) {
  const link = (page: DemoSettings['page'], text: string) => {
    const href = page === 'dashboard' ? '?' : '?page=embed';
    return (
      <a
        href={href}
        aria-current={settings.page === page ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onChange({ page });
        }}
      >
        {text}
      </a>
    );
  };
  return (
    <header className="host-header">
      <div className="host-brand">
        <span className="host-logo" aria-hidden="true">
          ◆
        </span>
        <span>
          Acme Learning <span className="host-muted">· analytics by Learnlens</span>
        </span>
      </div>
      <nav aria-label="Demo pages" className="host-nav">
        {link('dashboard', 'Dashboards')}
        {link('embed', 'Embedded widget')}
      </nav>
      <form className="host-switches" aria-label="Demo settings" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>Viewer</span>
          <select
            name="viewer"
            value={settings.viewer}
            onChange={(e) => onChange({ viewer: e.target.value as PersonaId })}
          >
            {personaIds.map((id) => {
              const persona = info?.personas[id];
              return (
                <option key={id} value={id}>
                  {persona ? `${personaLabels[id]}: ${persona.name} (${persona.orgName})` : personaLabels[id]}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          <span>Dataset</span>
          <select name="size" value={settings.size} onChange={(e) => onChange({ size: e.target.value as DemoSettings['size'] })}>
            {datasetSizes.map((size) => (
              <option key={size} value={size}>
                {sizeLabels[size]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Dates and numbers</span>
          <select
            name="locale"
            value={settings.locale}
            onChange={(e) => onChange({ locale: e.target.value as DemoSettings['locale'] }, 'replace')}
          >
            {localeIds.map((id) => (
              <option key={id} value={id} lang={id}>
                {localeNames[id]}
              </option>
            ))}
          </select>
        </label>
        <label className="host-check">
          <input
            type="checkbox"
            name="dark"
            checked={settings.theme === 'dark'}
            onChange={(e) => onChange({ theme: e.target.checked ? 'dark' : 'light' }, 'replace')}
          />
          <span>Dark mode</span>
        </label>
      </form>
    </header>
  );
}
