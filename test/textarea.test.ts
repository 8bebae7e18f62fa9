import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/textarea.js';
import type { SocTextarea } from '../src/fields/textarea.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { CDP, itChromium } from './helpers/engine.js';

const q = (el: SocTextarea, sel: string) => el.shadowRoot!.querySelector(sel);
const text = (el: SocTextarea, sel: string) => q(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<soc-textarea>', () => {
  it('is accessible empty, with hint and count, over the limit, disabled — in sv, en, ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      for (const tpl of [
        html`<soc-textarea name="s" label="Beskriv din situation"></soc-textarea>`,
        html`<soc-textarea name="s" label="Beskriv" hint="Skriv med egna ord" maxlength="50" required></soc-textarea>`,
        html`<soc-textarea name="s" label="Beskriv" maxlength="5" value="för lång text"></soc-textarea>`,
        html`<soc-textarea name="s" label="Beskriv" disabled value="x"></soc-textarea>`,
      ]) {
        const el = await fixture<SocTextarea>(tpl);
        await expect(el).to.be.accessible();
      }
    }
  });

  it('counts characters left visibly and tells screen readers only after a pause', async () => {
    const el = await fixture<SocTextarea>(html`<soc-textarea name="s" label="Beskriv" maxlength="20"></soc-textarea>`);
    expect(text(el, '[part~="count"]')).to.equal('Du har 20 tecken kvar.');
    expect(q(el, '[part~="count"]')!.getAttribute('aria-hidden')).to.equal('true');
    el.focus();
    await sendKeys({ type: 'Hej hej' });
    await el.updateComplete;
    expect(text(el, '[part~="count"]')).to.equal('Du har 13 tecken kvar.');
    const live = q(el, '[aria-live="polite"]')!;
    expect(live.textContent!.trim()).to.equal('');
    await waitUntil(() => live.textContent!.trim() === 'Du har 13 tecken kvar.', 'live region not updated', { timeout: 3000 });
  });

  itChromium(CDP.axTree, 'keeps text over the limit, says how much too long, and is invalid', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soc-textarea name="s" label="Beskriv" maxlength="5"></soc-textarea></form>`,
    );
    const el = form.querySelector('soc-textarea')!;
    el.focus();
    await sendKeys({ type: 'Sju tkn' });
    await el.updateComplete;
    expect((q(el, 'textarea') as HTMLTextAreaElement).value).to.equal('Sju tkn');
    expect(text(el, '[part~="count"]')).to.equal('Du har skrivit 2 tecken för mycket.');
    expect(el.validity.tooLong).to.be.true;
    expect(new FormData(form).get('s')).to.equal('Sju tkn');
    const node = await axFind((n) => n.role === 'textbox');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('Du kan skriva upp till 5 tecken.');
  });

  it('submits multi-line text, trimmed and without control characters', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><soc-textarea name="s" label="Beskriv"></soc-textarea></form>`);
    const el = form.querySelector('soc-textarea')!;
    el.focus();
    await sendKeys({ type: '  Rad ett' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Rad två  ' });
    await aTimeout(0);
    expect(new FormData(form).get('s')).to.equal('Rad ett\nRad två');
  });

  it('shows required only after submit, resets to its default', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><soc-textarea name="s" label="Beskriv din situation" required value="Start"></soc-textarea></form>`,
    );
    const el = form.querySelector('soc-textarea')!;
    el.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(text(el, '[part~="error"]')).to.equal('');
    form.requestSubmit();
    await el.updateComplete;
    expect(text(el, '[part~="error"]')).to.equal('Fel: Fyll i beskriv din situation.');
    form.reset();
    await el.updateComplete;
    expect((q(el, 'textarea') as HTMLTextAreaElement).value).to.equal('Start');
    expect(text(el, '[part~="error"]')).to.equal('');
  });
});
