import type { MessageKey } from '../i18n/messages.js';
import type { Formatters } from './format.js';

/** An event type in words: the host's name, the catalog's name of a KPI type, or the type itself. */
export function eventTypeName(type: string, format: Formatters, names: Readonly<Record<string, string>> = {}): string {
  const own = names[type];
  if (own !== undefined) return own;
  const key = `kpiEvent.${type}` as MessageKey;
  const word = format.t(key);
  // An unknown key comes back as itself: show the raw type then.
  return word === key ? type : word;
}
