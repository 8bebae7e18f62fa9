// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'sc7da0cad15f2ad8f': `یا`,
  'scbf87bbad035cea3': str`گزینه ${0} حذف شد.`,
  'sda26655b025bda5e': `انتخاب‌های دیگر شما حذف شد.`,
};
