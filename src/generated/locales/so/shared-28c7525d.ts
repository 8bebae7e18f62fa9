// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `Waad ka baxaysaa bogga.`,
  's61b6905edde0476e': `Si degdeg ah uga bax bogga`,
  's80bf8a9a25aae561': `Waqtigii wuu dhammaaday. Weli bogga ayaad joogtaa.`,
  'saf515774ac94ae81': `Riix Shift hal mar oo kale si aad uga baxdo bogga.`,
  'se8e00c7defabf702': `Sidoo kale waxaad riixi kartaa Shift 3 jeer.`,
  'sf55ad0592370edb8': `Riix Shift laba jeer oo kale si aad uga baxdo bogga.`,
};
