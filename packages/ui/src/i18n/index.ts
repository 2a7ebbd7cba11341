// The message catalogs. English is built in (each widget carries its own words); other languages are separate
// entries (`@learnlens/ui/messages/de`), so a host bundles only the ones it imports.
export { en as messagesEn, type MessageKey, type Messages } from './messages.js';
export { formatMessage, pluralForm, type Message, type MessageValues, type PluralMessage } from './translate.js';
export { textDirectionOf, type TextDirection } from './direction.js';
