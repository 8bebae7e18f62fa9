/**
 * Locale setup. @lit/localize in runtime mode keeps one active locale per page, so the locale
 * follows `<html lang>`: `sv-SE` → `sv`, `en-GB` → `en`, anything we do not translate → `sv`.
 * A MutationObserver on `<html lang>` switches live, which is what a CMS language switcher does.
 */
import { configureLocalization, LOCALE_STATUS_EVENT, type LocaleModule } from '@lit/localize';
import { definedTags, onDefine } from '../define.js';
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
    loadLocale: (locale) => textsOf(locale, definedTags).then((templates) => ({ templates })),
  });
  return g[KEY];
}

/** `load`: a loader that returns a locale's index, or undefined to use the generated loaders. */
export const localeHooks: { load?: (locale: string) => Promise<LocaleIndex | LocaleModule> | undefined } = {};

// Texts per element (issue 19): a locale's index (src/generated/locales/<code>.ts) says which groups
// of texts each element needs; a page loads the groups of the elements it has defined, merged into
// one templates object per locale that @lit/localize keeps reading, so a group loaded later (an
// element defined after the locale became active) is seen by the next render.
type Templates = NonNullable<LocaleModule['templates']>;
const indexes = new Map<string, Promise<LocaleIndex | LocaleModule>>();
const merged = new Map<string, Templates>();
const loadedGroups = new Map<string, Promise<void>>();

function indexOf(locale: string): Promise<LocaleIndex | LocaleModule> {
  let index = indexes.get(locale);
  if (!index) {
    index = localeHooks.load?.(locale) ?? loaders[locale as (typeof targetLocales)[number]]();
    // A file that failed may be there next time (the page's base changed, the network came back).
    index.catch(() => indexes.delete(locale));
    indexes.set(locale, index);
  }
  return index;
}

/** The locale's templates object with the texts of these elements (and every page's) loaded into it. */
async function textsOf(locale: string, tags: Iterable<string>): Promise<Templates> {
  const index = await indexOf(locale);
  let templates = merged.get(locale);
  if (!templates) merged.set(locale, (templates = {}));
  // An index from before the split (a copied locale file of an older build): all texts in one.
  if ('templates' in index) return Object.assign(templates, index.templates);
  const wanted = new Set(index.groups['rest'] ? ['rest'] : []);
  for (const tag of tags) for (const g of index.needs[tag] ?? []) wanted.add(g);
  await Promise.all(
    [...wanted].map((g) => {
      const key = `${locale}/${g}`;
      let done = loadedGroups.get(key);
      if (!done) {
        done = index.groups[g]!().then((m) => void Object.assign(templates, m.templates));
        done.catch(() => loadedGroups.delete(key));
        loadedGroups.set(key, done);
      }
      return done;
    }),
  );
  return templates;
}

/** The locale the page has asked for last (active or still loading). */
let wantedLocale: Locale = sourceLocale;

/**
 * An element defined while a translated locale is active or loading: load its texts into that
 * locale's templates, then let every element render again (the same event @lit/localize sends when
 * a locale is ready, so `updateWhenLocaleChanges` elements and the followers below both hear it).
 */
function defineLater(tag: string): void {
  const locale = wantedLocale;
  if (locale === sourceLocale) return;
  textsOf(locale, [tag]).then(
    () => {
      if (getLocale() === locale) dispatchEvent(new CustomEvent(LOCALE_STATUS_EVENT, { detail: { status: 'ready', readyLocale: locale } }));
    },
    (e) => console.warn(`soc-elements: no ${locale} texts for <${tag}> (${e}); they stay ${sourceLocale}.`),
  );
}

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
  onDefine.hook = defineLater;
  const follow = () => {
    const want = resolveLocale(document.documentElement.lang);
    wantedLocale = want;
    api()
      .setLocale(want)
      .catch((e) => {
        wantedLocale = getLocale();
        console.warn(`soc-elements: no ${want} texts (${e}); they stay ${getLocale()}.`);
      });
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
