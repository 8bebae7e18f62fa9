/**
 * Films in the info elements' `media` slot, as a page would write them (the "Filmer" docs page).
 * Host code, not part of the library: the stories and test/media-slot.test.ts use it.
 */
import { html, type TemplateResult } from 'lit';

/** The page's own film: a `<video>` with a local poster and captions in the page's language. */
export function ownVideo({ title, poster, captions }: { title: string; poster: string; captions: { src: string; lang: string; label: string }[] }): TemplateResult {
  return html`<video slot="media" controls preload="none" poster=${poster} aria-label=${title} width="640" height="360">
    ${captions.map((c, i) => html`<track kind="captions" src=${c.src} srclang=${c.lang} label=${c.label} ?default=${i === 0} />`)}
  </video>`;
}

/**
 * The page's CSS for the click-to-play wrapper (in the page's own stylesheet): the element keeps
 * the wrapper inside its width, the page keeps the poster and the player inside the wrapper.
 */
export const filmCss = `.film-embed img,
.film-embed iframe {
  display: block;
  max-inline-size: 100%;
  block-size: auto;
  aspect-ratio: 16 / 9;
  border: 0;
}
.film-embed button {
  margin-block: 0.5rem;
  min-block-size: 2.75rem;
  font: inherit;
}`;

/**
 * A player from another site that loads nothing before the citizen chooses to play: a poster
 * from the page's own site and a button; the click puts the `iframe` in place of them and moves
 * focus to it. `src` is the player's address (for YouTube, www.youtube-nocookie.com/embed/…).
 */
export function clickToPlay({ title, poster, src, site }: { title: string; poster: string; src: string; site: string }): TemplateResult {
  const play = (e: Event) => {
    const wrapper = (e.currentTarget as HTMLElement).closest('.film-embed')!;
    const frame = document.createElement('iframe');
    frame.title = title;
    frame.src = src;
    frame.width = '640';
    frame.height = '360';
    frame.allow = 'fullscreen; picture-in-picture';
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    wrapper.replaceChildren(frame);
    frame.focus();
  };
  return html`<div slot="media" class="film-embed">
    <img src=${poster} alt="" width="640" height="360" />
    <button type="button" @click=${play}>Spela filmen: ${title} (från ${site})</button>
    <p>Filmen laddas från ${site} först när du trycker på knappen.</p>
  </div>`;
}
