// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's04d75c1934953058': str`${0}–${1}`,
  's6dcb0d61ec9d636a': `Lama akhriyo maalmaha fasaxa, habeenka ciidda kirismaska, habeenka midsommar iyo habeenka sannadka cusub.`,
  's82f4a3c3afe9c7b6': `Marka adeegga bulshada ay akhriyaan warbixin, marka hore waxay eegaan hal arrin: ilmuhu ma khatar buu ku jiraa oo ma u baahan yahay ilaalin hadda? Tan waxaa la yiraahdaa qiimeynta badbaadada (skyddsbedömning).`,
  's85dfc961785a3aa3': `Lama akhriyo habeenka ciidda kirismaska, habeenka midsommar iyo habeenka sannadka cusub.`,
  's9434e8738c51c65f': `Warbixinnada aad halkan ka dirto waxaa la akhriyaa maalmaha shaqada inta lagu jiro saacadaha xafiiska.`,
  'sa19d0020a324f5be': str`Warbixintaada waxaa la akhrinayaa ugu horrayn ${0} saacadda ${1}.`,
  'sbcd665788712dd92': `Haddii aad warbixintaada dirtay fiidkii, dhammaadka toddobaadka ama maalin fasax ah, ugu horrayn waxaa la akhrinayaa maalinta shaqo ee xigta.`,
  'sc4cb4fa898d7b86a': `Waxaa laga yaabaa inay wakhti qaadato ka hor inta qof uusan akhrin warbixin aad ku dirto internetka. Fiidka iyo dhammaadka toddobaadka way sii dheeraan kartaa. Haddii ilmo khatar ku jiro, wac 112.`,
  'se285582d77b87989': str`Warbixinnada aad halkan ka dirto waxaa la akhriyaa ${0}.`,
};
