// The browser build of Vue (with its template compiler), which test/field-events.test.ts loads
// without a bundler: the same API as the package's main entry.
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
