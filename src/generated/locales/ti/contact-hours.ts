// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'contact-hours-closed': `ዕጹው`,
  's00ea45a9b632c842': `ሰዓታት ስራሕ`,
  's1871c60cca203f43': `ናብ 112 ደውሉ`,
  's1e2093c495ed45a7': `ዕጹው`,
  's21a4b75cf85b2551': `ናብ ማሕበራዊ ኣገልግሎት ተወከሱ`,
  's32116173b5097eb0': `ናብ 112 ደዊልኩም ምስ ህጹጽ ማሕበራዊ ኣገልግሎት (socialjouren) ክትዛረቡ ሕተቱ። እዚ ምሸት፣ ለይትን ቀዳመ-ሰንበትን ዝሰርሕ ማሕበራዊ ኣገልግሎት እዩ።`,
  's54c74b271c5471a2': `ዋዜማ ልደት፣ ዋዜማ midsommar ከምኡ’ውን ዋዜማ ሓድሽ ዓመት`,
  's7b062b5b4e5ebdef': str`ንምሳሕ ዕጹው፣ ሰዓት ${0} ይኽፈት`,
  's7d961c0dd741e29e': `በዓላት ዕረፍቲ`,
  's7fc9270264518fcd': `ምሸትን ቀዳመ-ሰንበትን ህጹጽ ኩነታት እንተ ኣጋጢሙ`,
  's8ba044bf2b9a5fa0': `ሕጂ ሓደ ሰብ ኣብ ሓደጋ እንተሎ፦`,
  's8e3413a15c507a81': `ናብ ናይ ምሸት፣ ለይትን ቀዳመ-ሰንበትን ህጹጽ ማሕበራዊ ኣገልግሎት (socialjouren) ደውሉ፦`,
  'sa914245bd113c326': str`ዕጹው፣ ጽባሕ ሰዓት ${0} ይኽፈት`,
  'sb0e4fbf887e0c0d2': `ተሌፎን፦`,
  'sb26806b87d616f6b': `ናብ ማእከላይ ተሌፎን ኮሙን ደዊልኩም ምስ ማሕበራዊ ኣገልግሎት ክትዛረቡ ሕተቱ።`,
  'sb2d047e3a359ce27': str`ዕጹው፣ ${0} ሰዓት ${1} ይኽፈት`,
  'sba8d382b10f4a8a5': `ሕጂ ክፉት`,
  'see781a29178a2ae9': str`ዕጹው፣ ሰዓት ${0} ይኽፈት`,
  'sf5c7035cb2ff14bf': str`ሕጂ ክፉት፣ ሰዓት ${0} ይዕጾ`,
};
