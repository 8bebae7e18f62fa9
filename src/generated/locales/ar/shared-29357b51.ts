// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's047e76251b88d9f4': `لا، متابعة`,
  's092e6307b5c1bb34': `نعم`,
  's1e0331dfccc6ef3b': `متابعة`,
  's3556cebe38daeda9': `تم الإرسال`,
  's37420019c32ad642': `لا`,
  's374264972181e081': `جارٍ الإرسال…`,
  's3e8c63c20369d63b': `تعذّر إرسال إجاباتك.`,
  's51244f4b676955ca': `نعم، إلغاء`,
  's60020372b77b8fc0': `مراجعة إجاباتك`,
  's678dd9564bbb8050': `تغيير`,
  's88b5e5d610f7001c': `إعادة محاولة الإرسال`,
  's98de04d4cecc7402': `هل تريد الإلغاء؟ ستُحذف إجاباتك.`,
  'sa528bc1c744b0095': str`الخطوة ${0} من ${1}`,
  'sa6b73fa5b898d88c': `بدون إجابة`,
  'sb44e3cf47f95d319': `يمكنك أيضًا الاتصال بنا:`,
  'sb859e72793ba775a': `إجاباتك ما زالت محفوظة. تعذّر قبول شيء ما في الإجابات.`,
  'sd663ebc2a4e98d47': `إرسال`,
  'sf242ac045304c84c': `لا أعرف`,
  'sf315150531fecdc7': `رجوع`,
  'sf7761aaee9c8d532': `إلغاء وحذف إجاباتي`,
  'sfec6e2a39551816f': `إجاباتك ما زالت محفوظة. يُرجى المحاولة مرة أخرى بعد قليل.`,
};
