// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'contact-hours-closed': `Xiran`,
  's00ea45a9b632c842': `Saacadaha furitaanka`,
  's1871c60cca203f43': `Wac 112`,
  's1e2093c495ed45a7': `Xiran`,
  's21a4b75cf85b2551': `La xiriir adeegga bulshada`,
  's32116173b5097eb0': `Wac 112 oo codso inaad la hadasho adeegga degdegga ah ee bulshada (socialjouren), oo shaqeeya fiidka, habeenka iyo dhammaadka toddobaadka.`,
  's54c74b271c5471a2': `Habeenka ciidda kirismaska, habeenka midsommar iyo habeenka sannadka cusub`,
  's7b062b5b4e5ebdef': str`Waa xiran yahay qadada awgeed, wuxuu furmayaa saacadda ${0}`,
  's7d961c0dd741e29e': `Maalmaha fasaxa`,
  's7fc9270264518fcd': `Xaaladaha degdegga ah fiidka iyo dhammaadka toddobaadka`,
  's8ba044bf2b9a5fa0': `Haddii qof khatar ku jiro hadda:`,
  's8e3413a15c507a81': `Wac adeegga degdegga ah ee bulshada (socialjouren), oo shaqeeya fiidka, habeenka iyo dhammaadka toddobaadka:`,
  'sa914245bd113c326': str`Waa xiran yahay, wuxuu furmayaa berri saacadda ${0}`,
  'sb0e4fbf887e0c0d2': `Taleefan:`,
  'sb26806b87d616f6b': `Wac taleefanka guud ee degmada oo codso inaad la hadasho adeegga bulshada.`,
  'sb2d047e3a359ce27': str`Waa xiran yahay, wuxuu furmayaa ${0} saacadda ${1}`,
  'sba8d382b10f4a8a5': `Hadda waa furan yahay`,
  'see781a29178a2ae9': str`Waa xiran yahay, wuxuu furmayaa saacadda ${0}`,
  'sf5c7035cb2ff14bf': str`Hadda waa furan yahay, wuxuu xirmayaa saacadda ${0}`,
};
