import { en } from 'zod/locales';
import { config } from 'zod/mini';

/**
 * Gives zod its English messages unless some locale is already set. Classic `zod` does this itself on its first
 * schema; `zod/mini` does not, and a bundle holding only mini schemas (a widget's) would otherwise report "Invalid
 * input" where our errors promise the reason. A host's own `z.config(z.locales.xx())` is left alone.
 */
export function ensureZodMessages(): void {
  if (!config().localeError) config(en());
}
