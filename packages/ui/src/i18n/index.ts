// The message catalogs. English is built in; other languages are separate modules, so a host bundles only the
// ones it imports (each is about 4 KiB gzipped).
export { en as messagesEn, type MessageKey, type Messages } from './messages.js';
export { formatMessage, pluralForm, type Message, type MessageValues, type PluralMessage } from './translate.js';
export { messagesDe } from './locales/de.js';
