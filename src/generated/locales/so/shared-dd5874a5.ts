// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `Sanad`,
  's14b705db102b11fb': `Taariikhdu waa inay leedahay maalin.`,
  's193c4a3ee2f0d706': str`Qor taariikh ah ${0} ama ka horraysa.`,
  's6ffd8393aea92f69': `Qor bil sax ah, 1–12.`,
  's732e77c11a2c6c31': `Qor taariikh sax ah oo tirooyin ah, tusaale ahaan 27 3 2007.`,
  's78375bd69f076e49': str`Qor taariikh ah ${0} ama ka dambaysa.`,
  's86cd8d79ce7769dc': `Taariikhdu kama dambayn karto maanta.`,
  'sa7fda9032b917aae': `Bil`,
  'sb448469345d129e8': `Taariikhdu waa inay leedahay sanad.`,
  'sd1e22ade424269a8': `Qor taariikhda oo dhan: maalin, bil iyo sanad.`,
  'se0955b19920eebe3': `Maalin`,
  'se2ba5f98f745467d': `Taariikhdu kama horrayn karto maanta.`,
  'se8a6f97ee92c39eb': str`Qor maalin sax ah, 1–${0}.`,
  'se8f2edeaf5827654': `Taariikhdu waa inay leedahay bil.`,
  'sea259bc1b88085b5': `Sanadka ku qor afar god, tusaale ahaan 1985.`,
};
