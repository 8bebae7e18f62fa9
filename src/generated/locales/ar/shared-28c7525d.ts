// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `أنت تغادر هذه الصفحة.`,
  's61b6905edde0476e': `مغادرة الصفحة بسرعة`,
  's80bf8a9a25aae561': `انتهى الوقت. ما زلت في هذه الصفحة.`,
  'saf515774ac94ae81': `يُرجى الضغط على مفتاح Shift مرة أخرى لمغادرة الصفحة.`,
  'se8e00c7defabf702': `يمكنك أيضًا الضغط على مفتاح Shift ثلاث مرات.`,
  'sf55ad0592370edb8': `يُرجى الضغط على مفتاح Shift مرتين أخريين لمغادرة الصفحة.`,
};
