// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'sc7da0cad15f2ad8f': `tai`,
  'scbf87bbad035cea3': str`Valinta ${0} poistettiin.`,
  'sda26655b025bda5e': `Muut valintasi poistettiin.`,
};
