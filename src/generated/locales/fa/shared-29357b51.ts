// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's047e76251b88d9f4': `نه، ادامه می‌دهم`,
  's092e6307b5c1bb34': `بله`,
  's1e0331dfccc6ef3b': `ادامه`,
  's3556cebe38daeda9': `ارسال شد`,
  's37420019c32ad642': `نه`,
  's374264972181e081': `در حال ارسال …`,
  's3e8c63c20369d63b': `نتوانستیم پاسخ‌های شما را بفرستیم.`,
  's51244f4b676955ca': `بله، لغو شود`,
  's60020372b77b8fc0': `پاسخ‌های خود را کنترل کنید`,
  's678dd9564bbb8050': `تغییر`,
  's88b5e5d610f7001c': `ارسال دوباره`,
  's98de04d4cecc7402': `می‌خواهید لغو کنید؟ پاسخ‌های شما پاک می‌شوند.`,
  'sa528bc1c744b0095': str`مرحله ${0} از ${1}`,
  'sa6b73fa5b898d88c': `بدون پاسخ`,
  'sb44e3cf47f95d319': `همچنین می‌توانید با ما تماس بگیرید:`,
  'sb859e72793ba775a': `پاسخ‌های شما حفظ شده است. بخشی از پاسخ‌ها پذیرفته نشد.`,
  'sd663ebc2a4e98d47': `ارسال`,
  'sf242ac045304c84c': `نمی‌دانم`,
  'sf315150531fecdc7': `بازگشت`,
  'sf7761aaee9c8d532': `لغو و پاک کردن پاسخ‌های من`,
  'sfec6e2a39551816f': `پاسخ‌های شما حفظ شده است. کمی بعد دوباره تلاش کنید.`,
};
