// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `ቁጠባዊ ሓገዝ (ekonomiskt bistånd) ንናብራኹም ዘድልየኩም ነገራት፣ ንኣብነት መግብን ክራይን፣ ካብ ኮሙን ዝወሃብ ገንዘብ እዩ። ብኻልእ መገዲ ክትከፍሉ እንተ ዘይክኢልኩም ክትረኽብዎ ትኽእሉ ኢኹም።`,
};
