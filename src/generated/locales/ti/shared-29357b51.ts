// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's047e76251b88d9f4': `ኣይፋል፣ ቀጽሉ`,
  's092e6307b5c1bb34': `እወ`,
  's1e0331dfccc6ef3b': `ቀጽሉ`,
  's3556cebe38daeda9': `ተላኢኹ`,
  's37420019c32ad642': `ኣይፋል`,
  's374264972181e081': `ይለኣኽ ኣሎ …`,
  's3e8c63c20369d63b': `መልስታትኩም ክንሰዶ ኣይከኣልናን።`,
  's51244f4b676955ca': `እወ፣ ኣቋርጹ`,
  's60020372b77b8fc0': `መልስታትኩም ኣረጋግጹ`,
  's678dd9564bbb8050': `ቀይሩ`,
  's88b5e5d610f7001c': `እንደገና ክትሰዱ ፈትኑ`,
  's98de04d4cecc7402': `ከተቋርጹ ትደልዩ ዶ፧ መልስታትኩም ክድምሰሱ እዮም።`,
  'sa528bc1c744b0095': str`ስጉምቲ ${0} ካብ ${1}`,
  'sa6b73fa5b898d88c': `መልሲ የለን`,
  'sb44e3cf47f95d319': `ክትድውሉልና እውን ትኽእሉ ኢኹም፦`,
  'sb859e72793ba775a': `መልስታትኩም ኣለዉ። ኣብቲ መልስታት ዘሎ ገለ ነገር ክቕበል ኣይከኣለን።`,
  'sd663ebc2a4e98d47': `ስደዱ`,
  'sf242ac045304c84c': `ኣይፈልጥን`,
  'sf315150531fecdc7': `ንድሕሪት`,
  'sf7761aaee9c8d532': `ኣቋርጹን መልስታተይ ደምስሱን`,
  'sfec6e2a39551816f': `መልስታትኩም ኣለዉ። ድሕሪ ቁሩብ እንደገና ፈትኑ።`,
};
