// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locales.mjs, from lit-localize.json).
import type { LocaleIndex } from '../localization/locale-index.js';
import type { targetLocales } from './locale-codes.js';

/** One loader per target locale: the index of its groups of texts in ./locales/ (scripts/lib/locale-groups.mjs). */
export const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleIndex>> = {
  ar: () => import('./locales/ar.js'),
  en: () => import('./locales/en.js'),
  fa: () => import('./locales/fa.js'),
  fi: () => import('./locales/fi.js'),
  so: () => import('./locales/so.js'),
  ti: () => import('./locales/ti.js'),
  uk: () => import('./locales/uk.js'),
};
