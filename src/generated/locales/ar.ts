// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
// The ar texts, one module per group of elements; src/localization/locale.ts loads the groups
// of the elements a page defines.
import { localeTexts, type LocaleIndex } from '../../localization/locale-index.js';

/** The groups each element's texts are in (`*`: every page's). */
export const needs: LocaleIndex['needs'] = {
  'soc-aid-estimate': ['aid-estimate', 'shared-1bf43c02', 'shared-adc96bcd', 'shared-c589b03a', 'shared-d39777ae'],
  'soc-appeal-guide': ['appeal-guide', 'shared-d39777ae', 'shared-dd5874a5'],
  'soc-application-form': ['application-form', 'shared-21d29914', 'shared-28c7525d', 'shared-29357b51', 'shared-5733eb2d', 'shared-adc96bcd', 'shared-b78bf03c', 'shared-caa52287', 'shared-d39777ae'],
  'soc-checkbox': ['shared-d39777ae'],
  'soc-checkbox-group': ['shared-b78bf03c', 'shared-d39777ae'],
  'soc-concern-report': ['concern-report', 'shared-21d29914', 'shared-28c7525d', 'shared-29357b51', 'shared-4c1c374a', 'shared-5733eb2d', 'shared-adc96bcd', 'shared-b78bf03c', 'shared-d39777ae'],
  'soc-confidentiality': ['shared-4c1c374a', 'shared-5733eb2d'],
  'soc-contact-hours': ['contact-hours'],
  'soc-date-input': ['shared-d39777ae', 'shared-dd5874a5'],
  'soc-economic-aid-form': ['economic-aid-form', 'shared-1bf43c02', 'shared-28c7525d', 'shared-29357b51', 'shared-adc96bcd', 'shared-b78bf03c', 'shared-caa52287', 'shared-d39777ae'],
  'soc-error-summary': ['shared-adc96bcd'],
  'soc-feedback-form': ['feedback-form', 'shared-28c7525d', 'shared-29357b51', 'shared-adc96bcd', 'shared-b78bf03c', 'shared-d39777ae'],
  'soc-placement-info': ['placement-info'],
  'soc-process-steps': ['shared-21d29914', 'shared-5733eb2d'],
  'soc-quick-exit': ['shared-28c7525d'],
  'soc-radio-group': ['shared-d39777ae'],
  'soc-select': ['shared-c589b03a', 'shared-d39777ae'],
  'soc-text-field': ['shared-d39777ae'],
  'soc-textarea': ['shared-d39777ae'],
};

/** One loader per group. */
export const groups: LocaleIndex['groups'] = {
  'aid-estimate': () => import('./ar/aid-estimate.js'),
  'appeal-guide': () => import('./ar/appeal-guide.js'),
  'application-form': () => import('./ar/application-form.js'),
  'concern-report': () => import('./ar/concern-report.js'),
  'contact-hours': () => import('./ar/contact-hours.js'),
  'economic-aid-form': () => import('./ar/economic-aid-form.js'),
  'feedback-form': () => import('./ar/feedback-form.js'),
  'placement-info': () => import('./ar/placement-info.js'),
  'shared-1bf43c02': () => import('./ar/shared-1bf43c02.js'),
  'shared-21d29914': () => import('./ar/shared-21d29914.js'),
  'shared-28c7525d': () => import('./ar/shared-28c7525d.js'),
  'shared-29357b51': () => import('./ar/shared-29357b51.js'),
  'shared-4c1c374a': () => import('./ar/shared-4c1c374a.js'),
  'shared-5733eb2d': () => import('./ar/shared-5733eb2d.js'),
  'shared-adc96bcd': () => import('./ar/shared-adc96bcd.js'),
  'shared-b78bf03c': () => import('./ar/shared-b78bf03c.js'),
  'shared-c589b03a': () => import('./ar/shared-c589b03a.js'),
  'shared-caa52287': () => import('./ar/shared-caa52287.js'),
  'shared-d39777ae': () => import('./ar/shared-d39777ae.js'),
  'shared-dd5874a5': () => import('./ar/shared-dd5874a5.js'),
};

export const texts: LocaleIndex['texts'] = localeTexts(needs, groups);
