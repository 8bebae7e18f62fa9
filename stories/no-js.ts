/**
 * "Utan JavaScript" stories: the README's own snippets (section "Before and without JavaScript"),
 * shown twice. First in a sandboxed frame that runs no script and loads no soc element: what a
 * citizen sees before the script has loaded, or when it never runs. Then the same markup upgraded.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import readme from '../README.md?raw';
import { SocQuickExit } from '../src/patterns/quick-exit.js';

const section = readme.match(/\n## Before and without JavaScript\n([\s\S]*?)(?=\n## )/)?.[1] ?? '';
const blocks = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

/** The page CSS the README gives for elements that have not upgraded. */
export const noJsCss = blocks('css').join('\n');

/** The README's markup for `tag`: each top-level element of that name (or `form`) in the snippets. */
export function noJsMarkup(tag: string): string {
  const template = document.createElement('template');
  template.innerHTML = blocks('html').join('\n');
  return [...template.content.children]
    .filter((el) => el.localName === tag || (tag === 'form' && el.localName === 'form'))
    .map((el) => el.outerHTML)
    .join('\n');
}

/** Storybook stays when the upgraded quick exit is pressed. */
const stay = (href: string) => {
  console.info(`quick exit would leave for ${href}`);
  setTimeout(() => SocQuickExit.restorePage(), 1500);
};

function frame(markup: string, height: number): TemplateResult {
  const doc = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Utan JavaScript</title><style>
body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0.5rem; }
${noJsCss}</style></head><body>${markup}</body></html>`;
  return html`<iframe class="no-js" title="Utan JavaScript" sandbox="" width="100%" height=${height} srcdoc=${doc}></iframe>`;
}

/**
 * A story for `tag`: the README markup without script (in the frame) and with it. `height` is
 * the frame's height in px.
 */
export function noJsStory<A>(tag: string, height: number, description: string): StoryObj<A> {
  return {
    name: 'Utan JavaScript',
    parameters: {
      docs: { description: { story: description }, source: { code: noJsMarkup(tag), language: 'html' } },
      controls: { disable: true },
    },
    render: () => {
      const markup = noJsMarkup(tag);
      return html`<p>Utan JavaScript – innan skriptet har laddats, eller om det aldrig körs:</p>
        ${frame(markup, height)}
        <p>Samma kod med JavaScript:</p>
        <div
          ${ref((el) => {
            el?.querySelectorAll('soc-quick-exit').forEach((q) => ((q as SocQuickExit).navigate = stay));
            el?.querySelectorAll('form').forEach((f) => f.addEventListener('submit', (e) => e.preventDefault()));
          })}
        >
          ${unsafeHTML(markup)}
        </div>`;
    },
  };
}
