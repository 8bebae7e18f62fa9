// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's047e76251b88d9f4': `No, continue`,
  's092e6307b5c1bb34': `Yes`,
  's1e0331dfccc6ef3b': `Continue`,
  's3556cebe38daeda9': `Sent`,
  's37420019c32ad642': `No`,
  's374264972181e081': `Sending…`,
  's3e8c63c20369d63b': `We could not send your answers.`,
  's51244f4b676955ca': `Yes, cancel`,
  's60020372b77b8fc0': `Check your answers`,
  's678dd9564bbb8050': `Change`,
  's88b5e5d610f7001c': `Try sending again`,
  's98de04d4cecc7402': `Do you want to cancel? Your answers will be deleted.`,
  'sa528bc1c744b0095': str`Step ${0} of ${1}`,
  'sa6b73fa5b898d88c': `Not answered`,
  'sb44e3cf47f95d319': `You can also call us:`,
  'sb859e72793ba775a': `Your answers have been kept. Something in your answers could not be accepted.`,
  'sd663ebc2a4e98d47': `Send`,
  'sf242ac045304c84c': `Don’t know`,
  'sf315150531fecdc7': `Back`,
  'sf7761aaee9c8d532': `Cancel and delete my answers`,
  'sfec6e2a39551816f': `Your answers have been kept. Try again in a little while.`,
};
