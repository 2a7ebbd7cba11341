import type { Messages } from '@learnlens/ui';
import { messagesDe } from '@learnlens/ui/messages/de';
import type { Locale } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import type { LocaleId } from './settings.js';

/** The date-fns locale of each switcher entry. */
export const locales: Record<LocaleId, Locale> = { 'en-US': enUS, de, fr, ja };

/** The widgets' words for each switcher entry (English is built in). */
export const localeMessages: Partial<Record<LocaleId, Partial<Messages>>> = { de: messagesDe };

/** Names of the locales in their own language, for the switcher. */
export const localeNames: Record<LocaleId, string> = {
  'en-US': 'English (US)',
  de: 'Deutsch',
  fr: 'Français',
  ja: '日本語',
};
