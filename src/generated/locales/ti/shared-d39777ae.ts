// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'chars-left-one': str`${0} ፊደል ተሪፉኩም ኣሎ።`,
  'chars-left-other': str`${0} ፊደላት ተሪፎምኹም ኣለዉ።`,
  'chars-over-one': str`${0} ፊደል ኣብዚሕኩም ጽሒፍኩም።`,
  'chars-over-other': str`${0} ፊደላት ኣብዚሕኩም ጽሒፍኩም።`,
  's05644759ef8df961': str`${0} መልኡ።`,
  's146972216d388e89': `እቲ ኣብ ናይ ውልቀ ቁጽሪ ዘሎ ዕለት የለን። ዓመት፣ ወርሕን መዓልትን ኣረጋግጹ።`,
  's1df789f5d6c8bd04': `ነዚ ቦታ መልእዎ።`,
  's2a55ddba1fb94dcc': str`እቲ ጽሑፍ ነዊሕ እዩ። እንተ በዝሐ ${0} ፊደላት ጽሓፉ።`,
  's32eed3e6c80a2d28': `(ግዴታ ክምላእ ኣለዎ)`,
  's3aa7b3852a389296': `ጌጋ፦`,
  's4252ed9925027863': str`እቲ ጽሑፍ ነዊሕ እዩ። እንተ በዝሐ ${0} ቃላት ጽሓፉ።`,
  's58d286c795483765': str`ክሳብ ${0} ቃላት ክትጽሕፉ ትኽእሉ ኢኹም።`,
  's7348ed75c31b7798': `እቲ ናይ ውልቀ ቁጽሪ ልክዕ ኣይኮነን። ኩሎም ቁጽርታት ልክዕ ምዃኖም ኣረጋግጹ።`,
  's846c5e87f6e2bbde': str`ክሳብ ${0} ፊደላት ክትጽሕፉ ትኽእሉ ኢኹም።`,
  's84fcec88c9e0c149': `ንምቕጻል ነቲ ሳጹን ምልክት ግበሩሉ።`,
  'sa1d7c581e3d21970': str`ሓደ መልሲ ምረጹ፦ ${0}`,
  'sa2aab01f43f6ed40': `ሓደ መልሲ ምረጹ።`,
  'sb3fcdb306d47a8ef': str`እንተወሓደ ሓደ መልሲ ምረጹ፦ ${0}`,
  'sba7ada213e62e57e': `ኢመይል ኣድራሻ ከምዚ ጽሓፉ፦ namn@exempel.se።`,
  'sbd17e5f579b07535': `እቲ ጽሑፍ ነዊሕ እዩ። ኣሕጽርዎ።`,
  'sc6e1d5baf9139e7b': `ቁጽሪ ተሌፎን ምስ ኮድ ከባቢ ጽሓፉ፣ ንኣብነት 070-123 45 67።`,
  'scba1b81280e87c25': `እንተወሓደ ሓደ መልሲ ምረጹ።`,
  'se633b14dc1876eab': `ቁጽሪ ፖስታ ብ5 ቑጽሪ ጽሓፉ፣ ንኣብነት 123 45።`,
  'seab2cb48bf9a0741': `ናይ ውልቀ ቁጽሪ (personnummer) ብ10 ወይ 12 ቑጽሪ ጽሓፉ፣ ንኣብነት ÅÅÅÅMMDD-NNNN።`,
  'sf90691266cb6f7ef': `መልሲ ኣረጋግጹ።`,
  'words-left-one': str`${0} ቃል ተሪፉኩም ኣሎ።`,
  'words-left-other': str`${0} ቃላት ተሪፎምኹም ኣለዉ።`,
  'words-over-one': str`${0} ቃል ኣብዚሕኩም ጽሒፍኩም።`,
  'words-over-other': str`${0} ቃላት ኣብዚሕኩም ጽሒፍኩም።`,
};
