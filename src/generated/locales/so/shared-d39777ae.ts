// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'chars-left-one': str`Waxaa kuu haray ${0} xaraf.`,
  'chars-left-other': str`Waxaa kuu haray ${0} xaraf.`,
  'chars-over-one': str`Waxaad qortay ${0} xaraf oo dheeraad ah.`,
  'chars-over-other': str`Waxaad qortay ${0} xaraf oo dheeraad ah.`,
  's05644759ef8df961': str`Buuxi ${0}.`,
  's146972216d388e89': `Taariikhda ku jirta lambarka aqoonsiga (personnummer) ma jirto. Hubi sanadka, bisha iyo maalinta.`,
  's1df789f5d6c8bd04': `Buuxi goobtan.`,
  's2a55ddba1fb94dcc': str`Qoraalku aad buu u dheer yahay. Qor ugu badnaan ${0} xaraf.`,
  's32eed3e6c80a2d28': `(waa in la buuxiyaa)`,
  's3aa7b3852a389296': `Khalad:`,
  's4252ed9925027863': str`Qoraalku aad buu u dheer yahay. Qor ugu badnaan ${0} eray.`,
  's58d286c795483765': str`Waxaad qori kartaa ilaa ${0} eray.`,
  's7348ed75c31b7798': `Lambarka aqoonsigu (personnummer) sax ma aha. Hubi in dhammaan godadku sax yihiin.`,
  's846c5e87f6e2bbde': str`Waxaad qori kartaa ilaa ${0} xaraf.`,
  's84fcec88c9e0c149': `Calaamadee sanduuqa si aad u sii wadato.`,
  'sa1d7c581e3d21970': str`Dooro hal jawaab: ${0}`,
  'sa2aab01f43f6ed40': `Dooro hal jawaab.`,
  'sb3fcdb306d47a8ef': str`Dooro ugu yaraan hal jawaab: ${0}`,
  'sba7ada213e62e57e': `Cinwaanka iimaylka u qor sidan: magac@tusaale.se.`,
  'sbd17e5f579b07535': `Qoraalku aad buu u dheer yahay. Gaabi.`,
  'sc6e1d5baf9139e7b': `Lambarka taleefanka ku qor lambarka gobolka, tusaale ahaan 070-123 45 67.`,
  'scba1b81280e87c25': `Dooro ugu yaraan hal jawaab.`,
  'se633b14dc1876eab': `Lambarka boostada ku qor 5 god, tusaale ahaan 123 45.`,
  'seab2cb48bf9a0741': `Lambarka aqoonsiga (personnummer) ku qor 10 ama 12 god, tusaale ahaan ÅÅÅÅMMDD-NNNN (sanad, bil, maalin, afar god).`,
  'sf90691266cb6f7ef': `Hubi jawaabta.`,
  'words-left-one': str`Waxaa kuu haray ${0} eray.`,
  'words-left-other': str`Waxaa kuu haray ${0} eray.`,
  'words-over-one': str`Waxaad qortay ${0} eray oo dheeraad ah.`,
  'words-over-other': str`Waxaad qortay ${0} eray oo dheeraad ah.`,
};
