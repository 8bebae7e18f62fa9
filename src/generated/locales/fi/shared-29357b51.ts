// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's047e76251b88d9f4': `Ei, jatka`,
  's092e6307b5c1bb34': `Kyllä`,
  's1e0331dfccc6ef3b': `Jatka`,
  's3556cebe38daeda9': `Lähetetty`,
  's37420019c32ad642': `Ei`,
  's374264972181e081': `Lähetetään …`,
  's3e8c63c20369d63b': `Emme voineet lähettää vastauksiasi.`,
  's51244f4b676955ca': `Kyllä, keskeytä`,
  's60020372b77b8fc0': `Tarkista vastauksesi`,
  's678dd9564bbb8050': `Muuta`,
  's88b5e5d610f7001c': `Yritä lähettää uudelleen`,
  's98de04d4cecc7402': `Haluatko keskeyttää? Vastauksesi poistetaan.`,
  'sa528bc1c744b0095': str`Vaihe ${0}/${1}`,
  'sa6b73fa5b898d88c': `Ei vastausta`,
  'sb44e3cf47f95d319': `Voit myös soittaa meille:`,
  'sb859e72793ba775a': `Vastauksesi ovat tallessa. Jotain vastauksissasi ei voitu ottaa vastaan.`,
  'sd663ebc2a4e98d47': `Lähetä`,
  'sf242ac045304c84c': `En tiedä`,
  'sf315150531fecdc7': `Takaisin`,
  'sf7761aaee9c8d532': `Keskeytä ja poista vastaukseni`,
  'sfec6e2a39551816f': `Vastauksesi ovat tallessa. Yritä uudelleen hetken kuluttua.`,
};
