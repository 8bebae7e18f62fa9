// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `Рік`,
  's14b705db102b11fb': `У даті має бути день.`,
  's193c4a3ee2f0d706': str`Напишіть дату ${0} або ранішу.`,
  's6ffd8393aea92f69': `Напишіть правильний місяць, 1–12.`,
  's732e77c11a2c6c31': `Напишіть правильну дату цифрами, наприклад 27 3 2007.`,
  's78375bd69f076e49': str`Напишіть дату ${0} або пізнішу.`,
  's86cd8d79ce7769dc': `Дата не може бути пізнішою за сьогодні.`,
  'sa7fda9032b917aae': `Місяць`,
  'sb448469345d129e8': `У даті має бути рік.`,
  'sd1e22ade424269a8': `Напишіть повну дату: день, місяць і рік.`,
  'se0955b19920eebe3': `День`,
  'se2ba5f98f745467d': `Дата не може бути ранішою за сьогодні.`,
  'se8a6f97ee92c39eb': str`Напишіть правильний день, 1–${0}.`,
  'se8f2edeaf5827654': `У даті має бути місяць.`,
  'sea259bc1b88085b5': `Напишіть рік чотирма цифрами, наприклад 1985.`,
};
