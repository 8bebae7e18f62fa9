/**
 * The locales the library ships and their direction, derived from the one list: `lit-localize.json`
 * (`sourceLocale`, `targetLocales`), which `lit-localize build` writes into
 * `src/generated/locale-codes.ts`. The runtime loaders (`src/generated/locale-loaders.ts`), the
 * build, Storybook's language toolbar, the browser tests and the check scripts all read it from
 * here or from that file. No DOM, so Node scripts can load it too (`scripts/lib/locales.mjs`).
 */
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/** Every locale we ship, the source (Swedish) first, then the targets as lit-localize sorts them. */
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

/**
 * Languages written right to left, among those we ship or expect to ship (domain.md §5): Arabic,
 * Persian/Dari, Hebrew, Urdu, Pashto, Sorani Kurdish, Yiddish. Somali, Tigrinya, Finnish and
 * Ukrainian are left to right.
 */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi']);

/** The language part of a BCP 47 tag, lower case: `ar-SE` → `ar`. */
const language = (tag: string): string => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';

/** Whether a language is written right to left. Direction itself comes from the host's `dir`. */
export function isRtl(tag: string): boolean {
  return RTL.has(language(tag));
}

/** The `dir` a page in this language has. */
export const direction = (tag: string): 'ltr' | 'rtl' => (isRtl(tag) ? 'rtl' : 'ltr');
