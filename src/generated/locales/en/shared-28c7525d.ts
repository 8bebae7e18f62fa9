// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `You are leaving this page.`,
  's61b6905edde0476e': `Exit this page`,
  's80bf8a9a25aae561': `Time ran out. You are still on this page.`,
  'saf515774ac94ae81': `Press Shift 1 more time to exit this page.`,
  'se8e00c7defabf702': `You can also press Shift 3 times.`,
  'sf55ad0592370edb8': `Press Shift 2 more times to exit this page.`,
};
