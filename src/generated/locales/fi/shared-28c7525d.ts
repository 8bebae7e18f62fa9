// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `Poistut sivulta.`,
  's61b6905edde0476e': `Poistu sivulta nopeasti`,
  's80bf8a9a25aae561': `Aika loppui. Olet yhä sivulla.`,
  'saf515774ac94ae81': `Paina vaihtonäppäintä (Shift) vielä kerran poistuaksesi sivulta.`,
  'se8e00c7defabf702': `Voit myös painaa vaihtonäppäintä (Shift) 3 kertaa.`,
  'sf55ad0592370edb8': `Paina vaihtonäppäintä (Shift) vielä kaksi kertaa poistuaksesi sivulta.`,
};
