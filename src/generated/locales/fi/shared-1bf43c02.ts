// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `Taloudellinen tuki (ekonomiskt bistånd) on kunnan rahaa siihen, mitä tarvitset elämiseen, esimerkiksi ruokaan ja vuokraan. Voit saada sitä, jos et voi maksaa millään muulla tavalla.`,
};
