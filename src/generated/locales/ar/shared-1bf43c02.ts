// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `المساعدة المالية (ekonomiskt bistånd) هي مال من البلدية لما تحتاجه لتعيش، مثل الطعام والإيجار. يمكنك الحصول عليها إذا لم تستطع الدفع بأي طريقة أخرى.`,
};
