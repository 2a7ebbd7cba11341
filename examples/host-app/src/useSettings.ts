import { useCallback, useEffect, useState } from 'react';
import { parseSettings, serializeSettings, type DemoSettings } from './settings.js';

/** How a settings change is recorded: a new history entry (page, viewer) or in place (fine-tuning). */
export type HistoryMode = 'push' | 'replace';

/** The demo settings from the URL, and a setter that writes them back to it. */
export function useSettings(): [DemoSettings, (patch: Partial<DemoSettings>, mode?: HistoryMode) => void] {
  const [settings, setSettings] = useState(() => parseSettings(window.location.search));

  useEffect(() => {
    const onPop = () => setSettings(parseSettings(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((patch: Partial<DemoSettings>, mode: HistoryMode = 'push') => {
    setSettings((current) => {
      const next = { ...current, ...patch };
      const url = `${window.location.pathname}${serializeSettings(next)}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      return next;
    });
  }, []);

  return [settings, update];
}
