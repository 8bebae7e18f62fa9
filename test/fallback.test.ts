import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from './helpers/commands.js';
import '../src/index.js';

/** Fallback content (README, "Before and without JavaScript"): shown until upgrade, never after. */
const drawn = (el: Element | null) => !!el && el.getClientRects().length > 0;

async function upgraded(root: HTMLElement): Promise<void> {
  const els = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('soc-')) as LitElement[];
  await Promise.all(els.map((e) => e.updateComplete));
}

const fallback = html`<div class="fallback">
  <p>Formuläret kan inte visas just nu. Ring <a href="tel:+46846500410">08-465 004 10</a>.</p>
</div>`;

describe('fallback content', () => {
  // A draft left by another test file in this tab would open the form on a later step (no intro).
  beforeEach(() => sessionStorage.clear());

  for (const tag of ['soc-concern-report', 'soc-application-form'] as const) {
    it(`${tag}: a child without slot is not drawn or reachable once upgraded; the intro slot still is`, async () => {
      const root = await fixture<HTMLDivElement>(
        tag === 'soc-concern-report'
          ? html`<div><soc-concern-report municipality="Exempelkommun"><p slot="intro" class="intro">Du kan vara anonym.</p>${fallback}</soc-concern-report></div>`
          : html`<div>
              <soc-application-form municipality="Exempelkommun"
                ><p slot="intro" class="intro">Du kan vara anonym.</p>
                <soc-support-option value="samtal" label="Samtalsstöd"></soc-support-option>${fallback}</soc-application-form
              >
            </div>`,
      );
      await upgraded(root);
      const el = root.querySelector(tag)!;
      await waitUntil(() => drawn(el.querySelector('.intro')), 'the intro slot is never drawn', { timeout: 5000 });
      expect(drawn(el.querySelector('.fallback')), 'fallback drawn').to.be.false;
      expect(el.shadowRoot!.textContent).to.not.contain('Formuläret kan inte visas');
      // The fallback's link is never a tab stop: Tab through the whole form and watch.
      const outside = root.querySelector('.fallback a')!;
      for (let i = 0; i < 30; i++) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.not.equal(outside);
      }
    });
  }

  it('soc-contact-hours and soc-process-steps do not draw their fallback; custom steps still show', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-contact-hours phone="08-465 004 10"><p class="fb1">Ring 08-465 004 10, vardagar kl. 8–16.</p></soc-contact-hours>
      <soc-process-steps
        ><ol class="fb2">
          <li><h3>Du ansöker om stöd</h3></li>
        </ol></soc-process-steps
      >
      <soc-process-steps
        ><ol class="fb3">
          <li><h3>Du ringer oss</h3></li>
        </ol>
        <soc-process-step step-id="ring" heading="Du ringer oss"><p class="body">Vi lyssnar.</p></soc-process-step></soc-process-steps
      >
    </div>`);
    await upgraded(root);
    for (const c of ['.fb1', '.fb2', '.fb3']) expect(drawn(root.querySelector(c)), c).to.be.false;
    expect(drawn(root.querySelector('.body')), 'the custom step body').to.be.true;
    expect(root.querySelectorAll('soc-process-steps')[1]!.shadowRoot!.querySelectorAll('li').length).to.equal(1);
  });

  it('soc-confidentiality: slot="fallback" is not drawn, its other children are (after the texts)', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-confidentiality audience="guardian"
        ><p slot="fallback" class="fb">Socialtjänsten har sekretess.</p>
        <p class="extra">Frågor? Ring oss.</p></soc-confidentiality
      >
    </div>`);
    await upgraded(root);
    expect(drawn(root.querySelector('.fb'))).to.be.false;
    expect(drawn(root.querySelector('.extra'))).to.be.true;
  });

  it('soc-placement-info: a child without slot is not drawn; the media and more slots are', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-placement-info audience="guardian"
        ><p class="fb">Ibland kan ett barn behöva bo i ett familjehem.</p>
        <video slot="media" class="film" aria-label="Film" controls width="320" height="180"></video>
        <span slot="more" class="more">Fråga oss.</span></soc-placement-info
      >
    </div>`);
    await upgraded(root);
    expect(drawn(root.querySelector('.fb'))).to.be.false;
    expect(drawn(root.querySelector('.film'))).to.be.true;
    expect(drawn(root.querySelector('.more'))).to.be.true;
  });

  it('soc-appeal-guide: a child without slot is not drawn or reachable once upgraded', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-appeal-guide id="overklaga"
        ><div class="fb">
          <p>Ditt överklagande ska ha kommit in inom 3 veckor. Ring <a href="tel:+46846500410">08-465 004 10</a>.</p>
        </div></soc-appeal-guide
      >
    </div>`);
    await upgraded(root);
    const el = root.querySelector('soc-appeal-guide')!;
    expect(drawn(root.querySelector('.fb'))).to.be.false;
    expect(el.shadowRoot!.querySelector('slot:not([name])'), 'no default slot').to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Så överklagar du ett beslut');
  });
});
