// The Arabic texts, served from a folder of their own: test/locale-loading.test.ts points
// setLocaleBase() here, as a CMS page would point at the folder it copied the locale files to.
export * from '../../../src/generated/locales/ar.ts';
