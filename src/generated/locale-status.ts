// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locales.mjs, from the XLIFF headers).
/** How far each target language's translation can be trusted (TRANSLATING.md). */
export const localeStatus: Record<string, { status: 'reviewed' | 'machine-drafted' | null; reviewedBy: string | null }> = {
  "ar": {
    "status": "machine-drafted",
    "reviewedBy": null
  },
  "en": {
    "status": "machine-drafted",
    "reviewedBy": null
  },
  "fa": {
    "status": "machine-drafted",
    "reviewedBy": null
  },
  "fi": {
    "status": "machine-drafted",
    "reviewedBy": null
  },
  "so": {
    "status": "machine-drafted",
    "reviewedBy": null
  },
  "ti": {
    "status": "machine-drafted",
    "reviewedBy": null
  },
  "uk": {
    "status": "machine-drafted",
    "reviewedBy": null
  }
};
