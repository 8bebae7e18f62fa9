// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's047e76251b88d9f4': `Maya, sii wad`,
  's092e6307b5c1bb34': `Haa`,
  's1e0331dfccc6ef3b': `Sii wad`,
  's3556cebe38daeda9': `Waa la diray`,
  's37420019c32ad642': `Maya`,
  's374264972181e081': `Waa la dirayaa …`,
  's3e8c63c20369d63b': `Ma aanan diri karin jawaabahaaga.`,
  's51244f4b676955ca': `Haa, jooji`,
  's60020372b77b8fc0': `Hubi jawaabahaaga`,
  's678dd9564bbb8050': `Beddel`,
  's88b5e5d610f7001c': `Isku day inaad mar kale dirto`,
  's98de04d4cecc7402': `Ma rabtaa inaad joojiso? Jawaabahaaga waa la tirtiri doonaa.`,
  'sa528bc1c744b0095': str`Tallaabada ${0} ee ${1}`,
  'sa6b73fa5b898d88c': `Jawaab ma jirto`,
  'sb44e3cf47f95d319': `Waad na soo wici kartaa sidoo kale:`,
  'sb859e72793ba775a': `Jawaabahaagu weli way jiraan. Wax ka mid ah jawaabaha lama aqbali karin.`,
  'sd663ebc2a4e98d47': `Dir`,
  'sf242ac045304c84c': `Ma garanayo`,
  'sf315150531fecdc7': `Dib u noqo`,
  'sf7761aaee9c8d532': `Jooji oo tirtir jawaabahayga`,
  'sfec6e2a39551816f': `Jawaabahaagu weli way jiraan. Mar kale isku day wax yar kadib.`,
};
