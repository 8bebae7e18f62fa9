/**
 * Where the locale files are, for pages that copy the single-file bundle and its `locales/` folder
 * to different places (a CMS's asset folders). By default the bundle loads `locales/<lang>.js`
 * (an index that loads the texts of the page's elements from `locales/<lang>/`) next to itself (and a bundler places its own locale chunks). Part of the whole library
 * (`soc-elements`, `soc-elements.js`), not of a single field's module, so a page that imports one
 * field does not carry it. Touches no DOM when it loads (server-side rendering).
 */
import { localeHooks } from './locale.js';
import type { LocaleIndex } from './locale-index.js';

let base: string | undefined;

/**
 * Where the locale files (`en.js`, `ar.js`, …) are: a folder address ending in `/`, absolute or
 * relative to the page. The same as `<meta name="soc-elements-locales" content="/assets/locales/">`
 * in the page's head. Call it before the page's language first needs a file.
 */
export function setLocaleBase(url: string): void {
  base = url;
}

localeHooks.load = (locale: string): Promise<LocaleIndex> | undefined => {
  const folder = base ?? document.querySelector<HTMLMetaElement>('meta[name="soc-elements-locales"]')?.content;
  if (!folder) return undefined;
  const url = new URL(`${locale}.js`, new URL(folder, document.baseURI)).href;
  // The engines' own errors do not all name the file (WebKit: "Importing a module script failed").
  return import(/* @vite-ignore */ url).catch(() => Promise.reject(new Error(`could not load ${url}`)));
};
