/**
 * The info elements' `media` slot: the page's own film, in place under the heading, with its own
 * name and captions; and a player from another site that requests nothing until the citizen
 * presses play (stories/film.ts, the "Filmer" docs page).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/info/placement-info.js';
import '../src/info/confidentiality.js';
import '../src/info/process-steps.js';
import '../src/info/appeal-guide.js';
import { clickToPlay, filmCss, ownVideo } from '../stories/film.js';
import { sendKeys } from './helpers/commands.js';
import { axFind } from './helpers/a11y.js';
import { CDP, itChromium } from './helpers/engine.js';
import { LOCALES, setLocale } from './helpers/locale.js';

const POSTER = '/stories/assets/film-poster.svg';
const TITLE = 'Om ett barn inte kan bo hemma';
const video = () => ownVideo({ title: TITLE, poster: POSTER, captions: [{ src: '/stories/assets/film-sv.vtt', lang: 'sv', label: 'Svenska' }] });
/** A local address, so the test never reaches the internet; what matters is when it is asked for. */
const EMBED = `/stories/assets/film-poster.svg?embed=${Date.now()}`;
const embed = () => clickToPlay({ title: TITLE, poster: POSTER, src: EMBED, site: 'YouTube' });
const style = document.createElement('style');
style.textContent = filmCss;
document.head.append(style);

const hosts: [string, (media: TemplateResult) => TemplateResult][] = [
  ['soc-placement-info', (m) => html`<soc-placement-info audience="guardian">${m}</soc-placement-info>`],
  ['soc-placement-info (chooser)', (m) => html`<soc-placement-info>${m}</soc-placement-info>`],
  ['soc-confidentiality', (m) => html`<soc-confidentiality audience="guardian">${m}</soc-confidentiality>`],
  ['soc-process-steps', (m) => html`<soc-process-steps>${m}</soc-process-steps>`],
  ['soc-appeal-guide', (m) => html`<soc-appeal-guide>${m}</soc-appeal-guide>`],
];

type Info = HTMLElement & { updateComplete: Promise<unknown> };

describe('media slot of the info elements', () => {
  for (const [name, host] of hosts) {
    it(`${name}: shows the page’s own video in place, under the heading and before the texts`, async () => {
      const el = await fixture<Info>(host(video()));
      await el.updateComplete;
      const v = el.querySelector('video')!;
      expect(v.assignedSlot?.name).to.equal('media');
      expect(v.parentElement, 'the video stays the page’s own light-DOM child').to.equal(el);
      expect(v.getAttribute('aria-label')).to.equal(TITLE);
      const track = v.querySelector('track')!;
      expect(track.kind).to.equal('captions');
      expect(track.srclang).to.equal('sv');
      const heading = el.shadowRoot!.querySelector('[part~=heading]')!.getBoundingClientRect();
      const box = v.getBoundingClientRect();
      expect(box.height).to.be.greaterThan(0);
      expect(box.top).to.be.at.least(heading.bottom - 1);
      const next = el.shadowRoot!.querySelector('fieldset, details, ol, .intro');
      if (next) expect(box.bottom).to.be.at.most(next.getBoundingClientRect().top + 1);
      expect(box.right, 'inside the element').to.be.at.most(el.getBoundingClientRect().right + 1);
    });
  }

  itChromium(CDP.axTree, 'the video keeps its accessible name inside the element', async () => {
    await fixture(html`<soc-placement-info audience="child">${video()}</soc-placement-info>`);
    expect(await axFind((n) => n.role === 'Video' || (n.name === TITLE && /video/i.test(n.role)))).to.not.equal(null);
  });

  it('fits a 320 px wide column', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px"><soc-placement-info audience="child">${video()}</soc-placement-info></div>`);
    const v = wrap.querySelector('video')!;
    expect(v.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('click to play: no iframe and no request for the player before the click; then the player, focused', async () => {
    const el = await fixture<Info>(html`<soc-placement-info audience="guardian">${embed()}</soc-placement-info>`);
    await new Promise((r) => setTimeout(r, 200));
    const requested = () => performance.getEntriesByType('resource').filter((e) => e.name.includes(EMBED));
    expect(el.querySelector('iframe')).to.equal(null);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(requested()).to.have.length(0);
    const img = el.querySelector('img')!;
    expect(new URL(img.src).origin, 'the poster comes from the page’s own site').to.equal(location.origin);
    const button = el.querySelector('button')!;
    expect(button.assignedSlot, 'the wrapper is in the media slot').to.equal(null);
    expect(button.closest('[slot=media]')!.assignedSlot?.name).to.equal('media');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const frame = el.querySelector('iframe')!;
    expect(frame).to.not.equal(null);
    expect(frame.title).to.equal(TITLE);
    expect(new URL(frame.src).pathname + new URL(frame.src).search).to.equal(EMBED);
    expect(document.activeElement).to.equal(frame);
    expect(el.querySelector('button')).to.equal(null);
  });

  for (const { lang, dir } of LOCALES) {
    it(`is accessible with a video and with the click-to-play wrapper, in ${lang}`, async () => {
      await setLocale(lang, dir);
      await expect(await fixture(html`<soc-placement-info audience="guardian">${video()}</soc-placement-info>`)).to.be.accessible();
      await expect(await fixture(html`<soc-confidentiality>${embed()}</soc-confidentiality>`)).to.be.accessible();
      await expect(await fixture(html`<soc-process-steps>${video()}</soc-process-steps>`)).to.be.accessible();
      await expect(await fixture(html`<soc-appeal-guide>${video()}</soc-appeal-guide>`)).to.be.accessible();
    });
  }
});
