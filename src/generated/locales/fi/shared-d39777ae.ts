// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'chars-left-one': str`Sinulla on ${0} merkki jäljellä.`,
  'chars-left-other': str`Sinulla on ${0} merkkiä jäljellä.`,
  'chars-over-one': str`Olet kirjoittanut ${0} merkin liikaa.`,
  'chars-over-other': str`Olet kirjoittanut ${0} merkkiä liikaa.`,
  's05644759ef8df961': str`Täytä kenttä: ${0}.`,
  's146972216d388e89': `Henkilötunnuksen päivämäärää ei ole olemassa. Tarkista vuosi, kuukausi ja päivä.`,
  's1df789f5d6c8bd04': `Täytä kenttä.`,
  's2a55ddba1fb94dcc': str`Teksti on liian pitkä. Kirjoita enintään ${0} merkkiä.`,
  's32eed3e6c80a2d28': `(pakollinen)`,
  's3aa7b3852a389296': `Virhe:`,
  's4252ed9925027863': str`Teksti on liian pitkä. Kirjoita enintään ${0} sanaa.`,
  's58d286c795483765': str`Voit kirjoittaa enintään ${0} sanaa.`,
  's7348ed75c31b7798': `Henkilötunnus ei ole oikein. Tarkista, että kaikki numerot ovat oikein.`,
  's846c5e87f6e2bbde': str`Voit kirjoittaa enintään ${0} merkkiä.`,
  's84fcec88c9e0c149': `Rastita ruutu, jotta voit jatkaa.`,
  'sa1d7c581e3d21970': str`Valitse vastaus: ${0}`,
  'sa2aab01f43f6ed40': `Valitse yksi vastaus.`,
  'sb3fcdb306d47a8ef': str`Valitse vähintään yksi vastaus: ${0}`,
  'sba7ada213e62e57e': `Kirjoita sähköpostiosoite muodossa nimi@esimerkki.se.`,
  'sbd17e5f579b07535': `Teksti on liian pitkä. Lyhennä sitä.`,
  'sc6e1d5baf9139e7b': `Kirjoita puhelinnumero suuntanumeron kanssa, esimerkiksi 070-123 45 67.`,
  'scba1b81280e87c25': `Valitse vähintään yksi vastaus.`,
  'se633b14dc1876eab': `Kirjoita postinumero 5 numerolla, esimerkiksi 123 45.`,
  'seab2cb48bf9a0741': `Kirjoita henkilötunnus 10 tai 12 numerolla, esimerkiksi VVVVKKPP-NNNN.`,
  'sf90691266cb6f7ef': `Tarkista vastaus.`,
  'words-left-one': str`Sinulla on ${0} sana jäljellä.`,
  'words-left-other': str`Sinulla on ${0} sanaa jäljellä.`,
  'words-over-one': str`Olet kirjoittanut ${0} sanan liikaa.`,
  'words-over-other': str`Olet kirjoittanut ${0} sanaa liikaa.`,
};
