// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's04d75c1934953058': str`${0}–${1}`,
  's6dcb0d61ec9d636a': `They are not read on public holidays, Christmas Eve, Midsummer Eve or New Year’s Eve.`,
  's82f4a3c3afe9c7b6': `When social services read a report, they first look at one thing: is the child in danger and in need of protection right now? This is called a safety assessment (skyddsbedömning).`,
  's85dfc961785a3aa3': `They are not read on Christmas Eve, Midsummer Eve or New Year’s Eve.`,
  's9434e8738c51c65f': `Reports you send here are read on weekdays during office hours.`,
  'sa19d0020a324f5be': str`Your report will be read on ${0} at ${1} at the earliest.`,
  'sbcd665788712dd92': `If you sent your report in the evening, at a weekend or on a public holiday, it will be read on the next weekday at the earliest.`,
  'sc4cb4fa898d7b86a': `It can take time before someone reads a report you send online. In the evenings and at weekends it can take longer. If a child is in danger, call 112.`,
  'se285582d77b87989': str`Reports you send here are read ${0}.`,
};
