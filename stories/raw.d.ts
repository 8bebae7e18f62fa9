/** A file's text, imported with Vite's `?raw` suffix (the README's "Before and without JavaScript" snippets). */
declare module '*.md?raw' {
  const text: string;
  export default text;
}

/** A file's address, imported with Vite's `?url` suffix (the film stories' poster and captions). */
declare module '*?url' {
  const url: string;
  export default url;
}
