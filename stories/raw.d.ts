/** A file's text, imported with Vite's `?raw` suffix (the README's "Before and without JavaScript" snippets). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}
