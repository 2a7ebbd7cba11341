import { LearnlensProvider } from '@learnlens/ui';
import { useEffect, useState } from 'react';
import { HostHeader } from './components/HostHeader.js';
import { QaPanel } from './components/QaPanel.js';
import { localeMessages, locales } from './locales.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { EmbedPage } from './pages/EmbedPage.js';
import { faultsOf, sizeLabels } from './settings.js';
import { useAuditLog, useDemoBackend } from './useDemoBackend.js';
import { useSettings } from './useSettings.js';

function Generating({ label, startedAt }: { label: string; startedAt: number }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setElapsed(performance.now() - startedAt), 250);
    return () => clearInterval(timer);
  }, [startedAt]);
  return (
    <div className="host-loading" role="status" data-testid="generating">
      <p>{`Generating the mock dataset (${label}) in a Web Worker…`}</p>
      <progress aria-label="Generating the dataset" />
      <p className="host-muted">{`${(elapsed / 1000).toFixed(1)} s`}</p>
    </div>
  );
}

/** The demo host app: a host product's shell around Learnlens views and widgets. */
export function App() {
  const [settings, update] = useSettings();
  const state = useDemoBackend(settings.size, settings.seed, settings.faultSeed, faultsOf(settings));
  const auditLog = useAuditLog(state.backend);
  const info = state.status === 'ready' ? state.info : null;
  const persona = info?.personas[settings.viewer];

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
  }, [settings.theme]);
  useEffect(() => {
    const page = settings.page === 'embed' ? 'Embedded widget' : 'Dashboards';
    document.title = persona ? `${page}: ${persona.name} · Learnlens demo` : 'Learnlens demo';
  }, [settings.page, persona]);

  let content;
  if (state.status === 'failed') {
    content = (
      <div className="host-loading" role="alert">
        <p>{`The mock dataset could not be generated: ${state.error.message}`}</p>
      </div>
    );
  } else if (state.status !== 'ready' || !persona) {
    content = <Generating label={sizeLabels[settings.size]} startedAt={state.status === 'generating' ? state.startedAt : performance.now()} />;
  } else {
    content = (
      <LearnlensProvider
        client={state.client}
        viewer={persona.viewer}
        queryClient={state.queryClient}
        theme={settings.theme}
        locale={locales[settings.locale]}
        messages={localeMessages[settings.locale]}
        retry={settings.retry}
      >
        {settings.page === 'embed' ? (
          <EmbedPage persona={persona} info={state.info} />
        ) : (
          <DashboardPage key={settings.viewer} persona={persona} info={state.info} animation={settings.animation} />
        )}
      </LearnlensProvider>
    );
  }

  return (
    <>
      <a className="host-skip" href="#main">
        Skip to content
      </a>
      <HostHeader settings={settings} onChange={update} info={info} />
      <main id="main" className="host-main" tabIndex={-1}>
        {content}
        <QaPanel settings={settings} onChange={update} info={info} auditLog={auditLog} />
      </main>
    </>
  );
}
