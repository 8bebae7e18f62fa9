// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `Year`,
  's14b705db102b11fb': `The date must include a day.`,
  's193c4a3ee2f0d706': str`Enter a date that is ${0} or earlier.`,
  's6ffd8393aea92f69': `Enter a real month, 1–12.`,
  's732e77c11a2c6c31': `Enter a real date in numbers, for example 27 3 2007.`,
  's78375bd69f076e49': str`Enter a date that is ${0} or later.`,
  's86cd8d79ce7769dc': `The date cannot be later than today.`,
  'sa7fda9032b917aae': `Month`,
  'sb448469345d129e8': `The date must include a year.`,
  'sd1e22ade424269a8': `Enter the whole date: day, month and year.`,
  'se0955b19920eebe3': `Day`,
  'se2ba5f98f745467d': `The date cannot be earlier than today.`,
  'se8a6f97ee92c39eb': str`Enter a real day, 1–${0}.`,
  'se8f2edeaf5827654': `The date must include a month.`,
  'sea259bc1b88085b5': `Enter the year with four digits, for example 1985.`,
};
