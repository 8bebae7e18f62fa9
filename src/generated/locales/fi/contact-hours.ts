// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'contact-hours-closed': `Suljettu`,
  's00ea45a9b632c842': `Aukioloajat`,
  's1871c60cca203f43': `Soita 112`,
  's1e2093c495ed45a7': `Suljettu`,
  's21a4b75cf85b2551': `Ota yhteyttä sosiaalipalveluun`,
  's32116173b5097eb0': `Soita 112 ja pyydä saada puhua sosiaalipäivystyksen (socialjouren) kanssa. Se on sosiaalipalvelun päivystys iltaisin, öisin ja viikonloppuisin.`,
  's54c74b271c5471a2': `Jouluaatto, juhannusaatto ja uudenvuodenaatto`,
  's7b062b5b4e5ebdef': str`Suljettu lounaan ajan, avautuu klo ${0}`,
  's7d961c0dd741e29e': `Pyhäpäivät`,
  's7fc9270264518fcd': `Kiireellisissä tilanteissa iltaisin ja viikonloppuisin`,
  's8ba044bf2b9a5fa0': `Jos joku on vaarassa juuri nyt:`,
  's8e3413a15c507a81': `Soita sosiaalipäivystykseen (socialjouren), joka on sosiaalipalvelun päivystys iltaisin, öisin ja viikonloppuisin:`,
  'sa914245bd113c326': str`Suljettu, avautuu huomenna klo ${0}`,
  'sb0e4fbf887e0c0d2': `Puhelin:`,
  'sb26806b87d616f6b': `Soita kunnan vaihteeseen ja pyydä saada puhua sosiaalipalvelun kanssa.`,
  'sb2d047e3a359ce27': str`Suljettu, avautuu ${0} klo ${1}`,
  'sba8d382b10f4a8a5': `Avoinna nyt`,
  'see781a29178a2ae9': str`Suljettu, avautuu klo ${0}`,
  'sf5c7035cb2ff14bf': str`Avoinna nyt, sulkeutuu klo ${0}`,
};
