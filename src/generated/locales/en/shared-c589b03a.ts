// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's44af6f0a93eec851': `Select`,
};
