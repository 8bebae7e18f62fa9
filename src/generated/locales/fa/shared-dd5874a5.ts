// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's0aae3c07b707b3d6': `سال`,
  's14b705db102b11fb': `تاریخ باید روز داشته باشد.`,
  's193c4a3ee2f0d706': str`تاریخی بنویسید که ${0} یا قبل از آن باشد.`,
  's6ffd8393aea92f69': `یک ماه درست بنویسید، 1–12.`,
  's732e77c11a2c6c31': `یک تاریخ درست را با عدد بنویسید، برای مثال 27 3 2007.`,
  's78375bd69f076e49': str`تاریخی بنویسید که ${0} یا بعد از آن باشد.`,
  's86cd8d79ce7769dc': `تاریخ نمی‌تواند بعد از امروز باشد.`,
  'sa7fda9032b917aae': `ماه`,
  'sb448469345d129e8': `تاریخ باید سال داشته باشد.`,
  'sd1e22ade424269a8': `تاریخ کامل را بنویسید: روز، ماه و سال.`,
  'se0955b19920eebe3': `روز`,
  'se2ba5f98f745467d': `تاریخ نمی‌تواند قبل از امروز باشد.`,
  'se8a6f97ee92c39eb': str`یک روز درست بنویسید، 1–${0}.`,
  'se8f2edeaf5827654': `تاریخ باید ماه داشته باشد.`,
  'sea259bc1b88085b5': `سال را با چهار رقم بنویسید، برای مثال 1985.`,
};
