// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `ነቲ ገጽ ትገድፉ ኣለኹም።`,
  's61b6905edde0476e': `ነዚ ገጽ ቀልጢፍኩም ግደፉ`,
  's80bf8a9a25aae561': `ግዜ ተወዲኡ። ገና ኣብዚ ገጽ ኣለኹም።`,
  'saf515774ac94ae81': `ነቲ ገጽ ንምግዳፍ ንShift ሓንሳብ ደጊምኩም ጠውቑ።`,
  'se8e00c7defabf702': `ንShift ሰለስተ ግዜ እውን ክትጥውቑ ትኽእሉ ኢኹም።`,
  'sf55ad0592370edb8': `ነቲ ገጽ ንምግዳፍ ንShift ክልተ ግዜ ደጊምኩም ጠውቑ።`,
};
