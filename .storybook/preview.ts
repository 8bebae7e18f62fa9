/**
 * Every story runs on a page whose `<html lang dir>` follows the "Språk" toolbar, the way a CMS
 * language switcher would set it; the elements notice the change and re-render in that language.
 */
import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import manifest from 'virtual:soc-custom-elements';
import '../src/index.js';
import { localeReady, resolveLocale } from '../src/localization/locale.js';
import { direction } from '../src/localization/locales.js';
import { languageItems } from './languages.js';
import './preview.css';

// Each element's docs page lists its attributes, properties, events, slots, CSS parts and CSS
// custom properties from the manifest (the JSDoc in src/).
setCustomElementsManifest(manifest);

/** Sets `<html lang dir>`; the library's MutationObserver on `lang` switches the locale. */
function applyLanguage(tag: unknown): void {
  const lang = resolveLocale(typeof tag === 'string' ? tag : 'sv');
  const root = document.documentElement;
  if (root.lang !== lang) root.lang = lang;
  const dir = direction(lang);
  if (root.dir !== dir) root.dir = dir;
}

/** Live switching: runs on every render, including when only the toolbar global changes. */
const withLanguage: Decorator = (story, { globals }) => {
  applyLanguage(globals['locale']);
  return story();
};

/**
 * Before the first render: wait (at most 3 s) for the translation to load, so play functions,
 * screenshots and the accessibility check see the chosen language rather than Swedish first.
 */
const languageLoaded: Loader = async ({ globals }) => {
  applyLanguage(globals['locale']);
  await Promise.race([localeReady(), new Promise((resolve) => setTimeout(resolve, 3000))]);
  return {};
};

const preview: Preview = {
  // A docs page for every element (stories/*.stories.ts), next to the pages in stories/*.mdx.
  tags: ['autodocs'],
  decorators: [withLanguage],
  loaders: [languageLoaded],
  globalTypes: {
    locale: {
      name: 'Språk',
      description: 'Språk: sätter <html lang> och dir (höger till vänster för bland annat arabiska)',
      toolbar: { title: 'Språk', icon: 'globe', items: languageItems(), dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'sv' },
  parameters: {
    layout: 'padded',
    options: {
      storySort: { order: ['Dokumentation', ['Kom igång', 'Tema', 'Ta emot ärenden', 'Tillgänglighet', 'Språk'], 'Fält', 'Mönster', 'Tjänster', 'Information'] },
    },
    controls: { expanded: true, sort: 'none' },
    // axe runs on every story (Accessibility panel); with test: 'error' a violation fails the
    // story in test runs (Vitest addon / test runner) instead of only being listed.
    a11y: { test: 'error' },
  },
};

export default preview;
