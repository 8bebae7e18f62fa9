/**
 * The "Språk" toolbar's items: one per locale of lit-localize.json (src/localization/locales.ts),
 * each titled with the language's own name from `Intl.DisplayNames` (svenska → "Svenska",
 * العربية), so a new target locale appears in the toolbar without an edit here.
 */
import { LOCALES } from '../src/localization/locales.js';

/** The language's name in itself, first letter upper-cased where the script has cases. */
export function nativeName(code: string): string {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

export function languageItems(codes: readonly string[] = LOCALES): { value: string; title: string; right: string }[] {
  return codes.map((code) => ({ value: code, title: nativeName(code), right: code }));
}
