// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locales.mjs, from lit-localize.json).
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locale-codes.js';

/** One loader per target locale: the runtime modules lit-localize writes to ./locales/. */
export const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  en: () => import('./locales/en.js'),
  fa: () => import('./locales/fa.js'),
  fi: () => import('./locales/fi.js'),
  so: () => import('./locales/so.js'),
  ti: () => import('./locales/ti.js'),
  uk: () => import('./locales/uk.js'),
};
