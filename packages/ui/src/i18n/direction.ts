import type { Locale } from 'date-fns';

/** Which way text runs: left to right, or right to left (Arabic, Hebrew, Persian, Urdu …). */
export type TextDirection = 'ltr' | 'rtl';

// Languages written right to left. Intl.Locale's text info would say so too, but browsers spell it two ways
// (`textInfo` / `getTextInfo()`) and Firefox has neither, so the list is kept here.
const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The direction of the language of a BCP 47 tag or date-fns locale, e.g. "rtl" for "ar-EG". */
export function textDirectionOf(locale: Locale | string | undefined): TextDirection {
  const tag = typeof locale === 'string' ? locale : locale?.code;
  const language = (tag ?? '').split(/[-_]/)[0]!.toLowerCase();
  return rightToLeft.has(language) ? 'rtl' : 'ltr';
}
