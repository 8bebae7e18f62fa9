// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `السنة`,
  's14b705db102b11fb': `يجب أن يتضمن التاريخ رقم اليوم.`,
  's193c4a3ee2f0d706': str`يُرجى إدخال تاريخ يقع في ${0} أو قبله.`,
  's6ffd8393aea92f69': `يُرجى إدخال شهر صحيح، من 1 إلى 12.`,
  's732e77c11a2c6c31': `يُرجى إدخال تاريخ صحيح بالأرقام، مثلاً 27 3 2007.`,
  's78375bd69f076e49': str`يُرجى إدخال تاريخ يقع في ${0} أو بعده.`,
  's86cd8d79ce7769dc': `لا يمكن أن يكون التاريخ بعد اليوم.`,
  'sa7fda9032b917aae': `الشهر`,
  'sb448469345d129e8': `يجب أن يتضمن التاريخ السنة.`,
  'sd1e22ade424269a8': `يُرجى إدخال التاريخ كاملاً: اليوم والشهر والسنة.`,
  'se0955b19920eebe3': `اليوم`,
  'se2ba5f98f745467d': `لا يمكن أن يكون التاريخ قبل اليوم.`,
  'se8a6f97ee92c39eb': str`يُرجى إدخال يوم صحيح، من 1 إلى ${0}.`,
  'se8f2edeaf5827654': `يجب أن يتضمن التاريخ رقم الشهر.`,
  'sea259bc1b88085b5': `يُرجى إدخال السنة بأربعة أرقام، مثلاً 1985.`,
};
