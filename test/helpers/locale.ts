import { localeReady } from '../../src/localization/locale.js';
import { LOCALES as CODES, direction } from '../../src/localization/locales.js';

/** Every locale of lit-localize.json with its direction: `{ lang: 'ar', dir: 'rtl' }`. */
export const LOCALES = CODES.map((lang) => ({ lang, dir: direction(lang) }));

/** Sets `<html lang dir>` as a CMS would and waits until that locale is active. */
export async function setLocale(lang: string, dir: 'ltr' | 'rtl' = 'ltr'): Promise<void> {
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
  await localeReady();
  // One more task so elements have re-rendered with the new strings.
  await new Promise((r) => setTimeout(r));
}

afterEach(async () => {
  await setLocale('sv', 'ltr');
});
