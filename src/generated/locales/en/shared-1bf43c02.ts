// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `Financial assistance (ekonomiskt bistånd) is money from the municipality for what you need to live, for example food and rent. You can get it if you cannot pay in any other way.`,
};
