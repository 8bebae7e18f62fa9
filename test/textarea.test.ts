import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/textarea.js';
import type { SocTextarea } from '../src/fields/textarea.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { CDP, itChromium } from './helpers/engine.js';

const q = (el: SocTextarea, sel: string) => el.shadowRoot!.querySelector(sel);
const text = (el: SocTextarea, sel: string) => q(el, sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The textarea's description as its `aria-describedby` ids spell it (every engine). */
const description = (el: SocTextarea) =>
  (q(el, 'textarea')!.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => text(el, `#${id}`))
    .join(' ');
const liveText = (el: SocTextarea) => q(el, '[aria-live="polite"]')!.textContent!.trim();
const fmt = (lang: string, n: number) => new Intl.NumberFormat(lang).format(n);

describe('<soc-textarea>', () => {
  // One test per locale: twelve axe runs in one test took longer than the 10 s timeout in WebKit.
  for (const { lang, dir } of LOCALES) {
    it(`is accessible empty, with hint and count, over the limit, disabled — in ${lang}`, async () => {
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
    });
  }

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

  it('given a text over the limit (a draft, a server), shows the error from the first render, in every engine', async () => {
    const el = await fixture<SocTextarea>(html`<soc-textarea name="s" label="Beskriv" maxlength="5" value="Sju tkn"></soc-textarea>`);
    expect(el.validity.tooLong).to.be.true;
    expect(text(el, '[part~="error"]')).to.equal('Fel: Texten är för lång. Skriv högst 5 tecken.');
    expect(q(el, 'textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(description(el)).to.contain('Texten är för lång.');
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
  it('counts words with maxwords: over the limit the text is kept, the count and the error say so — in sv, en, ar', async () => {
    const expected = {
      sv: ['Du har 1 ord kvar.', 'Du har skrivit 2 ord för mycket.', 'Fel: Texten är för lång. Skriv högst 3 ord.'],
      en: ['You have 1 word left.', 'You have 2 words too many.', 'Error: The text is too long. Use 3 words or fewer.'],
      ar: [`عدد الكلمات المتبقية لك: ${fmt('ar', 1)}.`, `كتبت أكثر من الحد المسموح. عدد الكلمات الزائدة: ${fmt('ar', 2)}.`, `خطأ: النص طويل جدًا. الحد الأقصى لعدد الكلمات: ${fmt('ar', 3)}.`],
    } as const;
    // Exact texts in sv, en and ar; every other language: its own number format, not the Swedish.
    const says = (got: string, lang: string, i: number, n: number) =>
      lang in expected ? expect(got).to.equal(expected[lang as keyof typeof expected][i]) : expect(got).to.contain(fmt(lang, n)).and.not.equal(expected.sv[i]);
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const form = await fixture<HTMLFormElement>(
        html`<form><soc-textarea name="s" label="Beskriv" maxwords="3" maxlength="5"></soc-textarea></form>`,
      );
      const el = form.querySelector('soc-textarea')!;
      el.focus();
      // Line breaks and double spaces separate words; they are not words.
      await sendKeys({ type: 'Hej  på' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      says(text(el, '[part~="count"]'), lang, 0, 1);
      expect(el.validity.valid).to.be.true;
      await sendKeys({ type: 'dig du fina' });
      await el.updateComplete;
      says(text(el, '[part~="count"]'), lang, 1, 2);
      says(text(el, '[part~="error"]'), lang, 2, 3);
      expect(el.validity.tooLong).to.be.true;
      expect(new FormData(form).get('s')).to.equal('Hej  på\ndig du fina');
      await expect(el).to.be.accessible();
    }
  });

  it('formats numbers in the count as the page language writes them: 10 000, 10,000 and Arabic', async () => {
    const expected = {
      sv: (n: string) => [`Du kan skriva upp till ${n} tecken.`, `Du har ${n} tecken kvar.`],
      en: (n: string) => [`You can write up to ${n} characters.`, `You have ${n} characters left.`],
      ar: (n: string) => [`الحد الأقصى لعدد الأحرف: ${n}.`, `عدد الأحرف المتبقية لك: ${n}.`],
    } as const;
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const el = await fixture<SocTextarea>(html`<soc-textarea name="s" label="Beskriv" maxlength="10000"></soc-textarea>`);
      const n = fmt(lang, 10000).replace(/\s+/g, ' ');
      if (lang in expected) {
        const [limit, left] = expected[lang as keyof typeof expected](n);
        expect(description(el)).to.equal(limit);
        expect(text(el, '[part~="count"]')).to.equal(left);
      } else {
        // Every other language: the number as that language writes it, in a translated sentence.
        expect(description(el), lang).to.contain(n).and.not.equal(expected.sv(n)[0]);
        expect(text(el, '[part~="count"]'), lang).to.contain(n).and.not.equal(expected.sv(n)[1]);
      }
    }
    // The separators themselves: a (no-break) space in Swedish, a comma in English.
    expect(fmt('sv', 10000).replace(/\s/u, ' ')).to.equal('10 000');
    expect(fmt('en', 10000)).to.equal('10,000');
  });

  it('with threshold, shows and announces the count only from that share of the limit; the limit is always described', async () => {
    const el = await fixture<SocTextarea>(
      html`<soc-textarea name="s" label="Beskriv" maxlength="20" threshold="75" value="12345678901234"></soc-textarea>`,
    );
    // (Booleans: chai's message for a failed element comparison never finishes printing it.)
    expect(!!q(el, '[part~="count"]'), '14 of 20 used: below 75 %').to.be.false;
    expect(description(el)).to.equal('Du kan skriva upp till 20 tecken.');
    el.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await aTimeout(1300);
    expect(liveText(el), 'nothing announced below the threshold').to.equal('');
    await sendKeys({ type: '67' });
    await el.updateComplete;
    expect(text(el, '[part~="count"]'), '15 of 20: 75 %').to.equal('Du har 5 tecken kvar.');
    await waitUntil(() => liveText(el) === 'Du har 5 tecken kvar.', 'live region not updated', { timeout: 3000 });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(!!q(el, '[part~="count"]'), 'back under the threshold').to.be.false;
    await waitUntil(() => liveText(el) === '', 'the live region keeps an old count', { timeout: 3000 });
  });

  it('tells a screen reader user who lands in a pre-filled textarea how much room is left, without typing', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const root = await fixture<HTMLDivElement>(html`<div>
        <button>Före</button><soc-textarea name="s" label="Beskriv" maxlength="20" value="Hej hej"></soc-textarea>
      </div>`);
      const el = root.querySelector('soc-textarea')!;
      const left = ({ sv: 'Du har 13 tecken kvar.', en: 'You have 13 characters left.', ar: `عدد الأحرف المتبقية لك: ${fmt('ar', 13)}.` } as Record<string, string>)[lang];
      // Every other language: the number left, as that language writes it, after the limit.
      if (left) expect(description(el)).to.contain(left);
      else expect(description(el), lang).to.match(new RegExp(`${fmt(lang, 20)}.*${fmt(lang, 13)}`, 'su'));
      await expect(root).to.be.accessible();
    }
    await setLocale('sv');
    const root = await fixture<HTMLDivElement>(html`<div>
      <button>Före</button><soc-textarea name="s" label="Beskriv" maxlength="20" value="Hej hej"></soc-textarea>
    </div>`);
    const el = root.querySelector('soc-textarea')!;
    root.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(description(el)).to.equal('Du kan skriva upp till 20 tecken. Du har 13 tecken kvar.');
    // While typing, the description stands still (the polite count speaks after a pause) …
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '!!' });
    await el.updateComplete;
    expect(description(el)).to.equal('Du kan skriva upp till 20 tecken. Du har 13 tecken kvar.');
    // … and is up to date when the user comes back.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(description(el)).to.equal('Du kan skriva upp till 20 tecken. Du har 11 tecken kvar.');
  });

  itChromium(CDP.axTree, 'the accessibility tree gives the room left as the pre-filled textarea\'s description', async () => {
    await fixture<SocTextarea>(html`<soc-textarea name="s" label="Beskriv" maxwords="300" value="Jag behöver hjälp"></soc-textarea>`);
    const node = await axFind((n) => n.role === 'textbox');
    expect(node?.description?.replace(/\s/gu, ' ')).to.equal('Du kan skriva upp till 300 ord. Du har 297 ord kvar.');
  });
});
