// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `در حال خروج از صفحه هستید.`,
  's61b6905edde0476e': `خروج سریع از صفحه`,
  's80bf8a9a25aae561': `زمان تمام شد. شما هنوز در این صفحه هستید.`,
  'saf515774ac94ae81': `برای خروج از صفحه، یک بار دیگر کلید Shift را فشار دهید.`,
  'se8e00c7defabf702': `همچنین می‌توانید سه بار کلید Shift را فشار دهید.`,
  'sf55ad0592370edb8': `برای خروج از صفحه، دو بار دیگر کلید Shift را فشار دهید.`,
};
