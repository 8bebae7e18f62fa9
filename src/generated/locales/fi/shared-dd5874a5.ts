// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `Vuosi`,
  's14b705db102b11fb': `Päivämäärässä on oltava päivä.`,
  's193c4a3ee2f0d706': str`Kirjoita päivämäärä, joka on ${0} tai aikaisempi.`,
  's6ffd8393aea92f69': `Kirjoita oikea kuukausi, 1–12.`,
  's732e77c11a2c6c31': `Kirjoita oikea päivämäärä numeroina, esimerkiksi 27 3 2007.`,
  's78375bd69f076e49': str`Kirjoita päivämäärä, joka on ${0} tai myöhempi.`,
  's86cd8d79ce7769dc': `Päivämäärä ei voi olla myöhäisempi kuin tänään.`,
  'sa7fda9032b917aae': `Kuukausi`,
  'sb448469345d129e8': `Päivämäärässä on oltava vuosi.`,
  'sd1e22ade424269a8': `Kirjoita koko päivämäärä: päivä, kuukausi ja vuosi.`,
  'se0955b19920eebe3': `Päivä`,
  'se2ba5f98f745467d': `Päivämäärä ei voi olla aikaisempi kuin tänään.`,
  'se8a6f97ee92c39eb': str`Kirjoita oikea päivä, 1–${0}.`,
  'se8f2edeaf5827654': `Päivämäärässä on oltava kuukausi.`,
  'sea259bc1b88085b5': `Kirjoita vuosi neljällä numerolla, esimerkiksi 1985.`,
};
