// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locales.mjs, from lit-localize.json).
import type { LocaleModule } from '@lit/localize';
import type { targetLocales } from './locale-codes.js';

/** One loader per target locale: the runtime modules lit-localize writes to ./locales/. */
export const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  en: () => import('./locales/en.js'),
};
