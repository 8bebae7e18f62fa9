// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `ዓመት`,
  's14b705db102b11fb': `እቲ ዕለት መዓልቲ ክህልዎ ኣለዎ።`,
  's193c4a3ee2f0d706': str`${0} ወይ ቅድሚኡ ዝኾነ ዕለት ጽሓፉ።`,
  's6ffd8393aea92f69': `ሓቀኛ ወርሒ ጽሓፉ፣ 1–12።`,
  's732e77c11a2c6c31': `ሓቀኛ ዕለት ብቑጽሪ ጽሓፉ፣ ንኣብነት 27 3 2007።`,
  's78375bd69f076e49': str`${0} ወይ ድሕሪኡ ዝኾነ ዕለት ጽሓፉ።`,
  's86cd8d79ce7769dc': `እቲ ዕለት ካብ ሎሚ ክሓልፍ ኣይክእልን።`,
  'sa7fda9032b917aae': `ወርሒ`,
  'sb448469345d129e8': `እቲ ዕለት ዓመት ክህልዎ ኣለዎ።`,
  'sd1e22ade424269a8': `ምሉእ ዕለት ጽሓፉ፦ መዓልቲ፣ ወርሕን ዓመትን።`,
  'se0955b19920eebe3': `መዓልቲ`,
  'se2ba5f98f745467d': `እቲ ዕለት ቅድሚ ሎሚ ክኸውን ኣይክእልን።`,
  'se8a6f97ee92c39eb': str`ሓቀኛ መዓልቲ ጽሓፉ፣ 1–${0}።`,
  'se8f2edeaf5827654': `እቲ ዕለት ወርሒ ክህልዎ ኣለዎ።`,
  'sea259bc1b88085b5': `ነቲ ዓመት ብኣርባዕተ ቑጽሪ ጽሓፉ፣ ንኣብነት 1985።`,
};
