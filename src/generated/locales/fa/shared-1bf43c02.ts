// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `کمک مالی (ekonomiskt bistånd) پولی از کمون برای چیزهایی است که برای زندگی لازم دارید، مثلاً غذا و اجاره. اگر نتوانید از راه دیگری پرداخت کنید، می‌توانید آن را بگیرید.`,
};
