/**
 * Locale setup. @lit/localize in runtime mode keeps one active locale per page, so the locale
 * follows `<html lang>`: `sv-SE` → `sv`, `en-GB` → `en`, anything we do not translate → `sv`.
 * A MutationObserver on `<html lang>` switches live, which is what a CMS language switcher does.
 */
import { configureLocalization, LOCALE_STATUS_EVENT } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { loaders } from '../generated/locale-loaders.js';
import type { LocaleIndex } from './locale-index.js';
import type { Locale } from './locales.js';

export type { Locale } from './locales.js';
export { isRtl } from './locales.js';

/** Maps any BCP 47 tag to a locale we ship; unknown tags fall back to Swedish. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (targetLocales as readonly string[]).includes(base) ? (base as Locale) : sourceLocale;
}

type Api = ReturnType<typeof configureLocalization>;
const KEY = Symbol.for('soc-elements.localization');
type Holder = { [KEY]?: Api };

function api(): Api {
  // Two copies of the library on one page must share one configuration: @lit/localize throws
  // when configured twice, so the first copy's API is kept on globalThis.
  const g = globalThis as Holder;
  g[KEY] ??= configureLocalization({
    sourceLocale,
    targetLocales,
    // One loader per target locale, generated from lit-localize.json (scripts/lib/locales.mjs),
    // unless the page said where the files are (locale-base.ts, part of the whole library only).
    // The index of a locale loads the texts of the elements the page has defined, and of those it
    // defines later, after which every element renders again (the event @lit/localize sends when a
    // locale is ready, so `updateWhenLocaleChanges` elements and the followers below both hear it).
    loadLocale: (locale) =>
      (localeHooks.load?.(locale) ?? loaders[locale as (typeof targetLocales)[number]]()).then((index) =>
        index.texts((e) =>
          e ? warn(locale, e) : getLocale() === locale && dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } })),
        ),
      ),
  });
  return g[KEY];
}

/** `load`: a loader that returns a locale's index, or undefined to use the generated loaders. */
export const localeHooks: { load?: (locale: string) => Promise<LocaleIndex> | undefined } = {};

const warn = (want: string, e: unknown) => console.warn(`soc-elements: no ${want} texts (${e}); they stay ${getLocale()}.`);

let started = false;

/**
 * Connected elements that re-render when a new locale has loaded: what `updateWhenLocaleChanges`
 * does, with one window listener for all instead of a controller and a listener per element (a
 * form has dozens of fields). Fields add themselves on connect and remove themselves on disconnect.
 */
export const localeFollowers = new Set<{ requestUpdate(): void }>();

/** Starts following `<html lang>`. Idempotent; called by every element's module. */
export function startLocalization(): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  addEventListener(LOCALE_STATUS_EVENT, (e) => {
    if ((e as CustomEvent<{ status: string }>).detail.status === 'ready') for (const f of localeFollowers) f.requestUpdate();
  });
  // A locale file that cannot be loaded (moved, blocked, offline) leaves the page in the language it
  // has, with one message that says which file: never an uncaught error.
  const follow = () => {
    const want = resolveLocale(document.documentElement.lang);
    api()
      .setLocale(want)
      .catch((e) => warn(want, e));
  };
  new MutationObserver(follow).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
  follow();
}

/** The active locale (`sv`, `en`, `ar`). */
export const getLocale = (): Locale => api().getLocale() as Locale;

/** Resolves when the locale that `<html lang>` asks for has loaded (for tests and hosts). */
export function localeReady(): Promise<void> {
  startLocalization();
  const want = resolveLocale(document.documentElement.lang);
  if (getLocale() === want) return Promise.resolve();
  return new Promise((resolve) => {
    const on = (e: Event) => {
      const d = (e as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (d.status === 'ready' && d.readyLocale === resolveLocale(document.documentElement.lang)) {
        window.removeEventListener(LOCALE_STATUS_EVENT, on);
        resolve();
      }
    };
    window.addEventListener(LOCALE_STATUS_EVENT, on);
  });
}
