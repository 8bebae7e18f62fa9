// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's1f9bbf4e98dd0279': `Ви залишаєте сторінку.`,
  's61b6905edde0476e': `Швидко покинути сторінку`,
  's80bf8a9a25aae561': `Час минув. Ви все ще на цій сторінці.`,
  'saf515774ac94ae81': `Натисніть Shift ще 1 раз, щоб покинути сторінку.`,
  'se8e00c7defabf702': `Ви також можете натиснути Shift 3 рази.`,
  'sf55ad0592370edb8': `Натисніть Shift ще 2 рази, щоб покинути сторінку.`,
};
