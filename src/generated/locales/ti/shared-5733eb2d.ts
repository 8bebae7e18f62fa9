// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's04d75c1934953058': str`${0}–${1}`,
  's6dcb0d61ec9d636a': `ኣብ በዓላት ዕረፍቲ፣ ዋዜማ ልደት፣ ዋዜማ midsommar ከምኡ’ውን ዋዜማ ሓድሽ ዓመት ኣይንበቡን እዮም።`,
  's82f4a3c3afe9c7b6': `ማሕበራዊ ኣገልግሎት ጸብጻብ ከንብቡ ከለዉ፣ ቅድም ሓደ ነገር ይርእዩ፦ እቲ ቆልዓ ኣብ ሓደጋ ኣሎ ድዩ፣ ሕጂ ሓለዋ የድልዮ ድዩ፧ እዚ ገምጋም ድሕንነት (skyddsbedömning) ይበሃል።`,
  's85dfc961785a3aa3': `ኣብ ዋዜማ ልደት፣ ዋዜማ midsommar ከምኡ’ውን ዋዜማ ሓድሽ ዓመት ኣይንበቡን እዮም።`,
  's9434e8738c51c65f': `ኣብዚ እትሰድዎም ጸብጻባት ኣብ መዓልታት ስራሕ ብሰዓታት ስራሕ ይንበቡ።`,
  'sa19d0020a324f5be': str`ጸብጻብኩም ቀልጢፉ እንተ ተነቢቡ ${0} ሰዓት ${1} እዩ።`,
  'sbcd665788712dd92': `ጸብጻብኩም ምሸት፣ ቀዳመ-ሰንበት ወይ በዓል ዕረፍቲ እንተ ሰዲድኩምዎ፣ ቀልጢፉ እንተ ተነቢቡ ኣብ ዝቕጽል መዓልቲ ስራሕ እዩ።`,
  'sc4cb4fa898d7b86a': `ብመርበብ ሓበሬታ ዝሰደድኩምዎ ጸብጻብ ሓደ ሰብ ክሳብ ዘንብቦ ግዜ ክወስድ ይኽእል። ምሸትን ቀዳመ-ሰንበትን ክደናጎ ይኽእል። ቆልዓ ኣብ ሓደጋ እንተሎ፣ ናብ 112 ደውሉ።`,
  'se285582d77b87989': str`ኣብዚ እትሰድዎም ጸብጻባት ${0} ይንበቡ።`,
};
