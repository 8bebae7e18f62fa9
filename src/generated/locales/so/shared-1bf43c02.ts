// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `Gargaar dhaqaale (ekonomiskt bistånd) waa lacag degmadu bixiso oo loogu talagalay waxa aad u baahan tahay si aad u noolaato, tusaale ahaan cunto iyo kiro. Waad heli kartaa haddii aadan si kale u bixin karin.`,
};
