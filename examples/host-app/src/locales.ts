import type { Messages } from '@learnlens/ui';
import { messagesAr } from '@learnlens/ui/messages/ar';
import { messagesDe } from '@learnlens/ui/messages/de';
import { messagesEs } from '@learnlens/ui/messages/es';
import { messagesFr } from '@learnlens/ui/messages/fr';
import { messagesJa } from '@learnlens/ui/messages/ja';
import type { Locale } from 'date-fns';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import type { LocaleId } from './settings.js';

/** The date-fns locale of each switcher entry. */
export const locales: Record<LocaleId, Locale> = { 'en-US': enUS, de, fr, es, ja, ar };

/** The widgets' words for each switcher entry (English is built in). */
export const localeMessages: Partial<Record<LocaleId, Partial<Messages>>> = {
  de: messagesDe,
  fr: messagesFr,
  es: messagesEs,
  ja: messagesJa,
  ar: messagesAr,
};

/** Names of the locales in their own language, for the switcher. */
export const localeNames: Record<LocaleId, string> = {
  'en-US': 'English (US)',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ja: '日本語',
  ar: 'العربية',
};
