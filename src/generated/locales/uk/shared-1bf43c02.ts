// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'economic-aid-explained': `Фінансова допомога (ekonomiskt bistånd) — це гроші від муніципалітету на те, що вам потрібно для життя, наприклад на їжу та оренду. Ви можете її отримати, якщо не можете заплатити ніяк інакше.`,
};
