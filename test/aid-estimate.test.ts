// soc-aid-estimate: a provberäkning of ekonomiskt bistånd computed in the browser. The norm
// figures here are EXAMPLE figures ("Exempelsiffror, inte årets norm"), never a year's riksnorm.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import { executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { chooseRadio, deepActive, fill, pressButton, shiftTabToField, tabToField } from './helpers/keyboard.js';
import { visible } from './helpers/dom.js';
import { CDP, DRIVER, itChromium, itExcept } from './helpers/engine.js';
import { axFind } from './helpers/a11y.js';
import '../src/info/aid-estimate.js';
import type { SocAidEstimate } from '../src/info/aid-estimate.js';

/** Exempelsiffror, inte årets norm. */
const EXAMPLE_NORMS = JSON.stringify({
  year: 2026,
  source: 'Exempelsiffror, inte årets norm',
  personal: {
    alone: 3000,
    withPartner: 2700,
    children: [
      { from: 0, to: 0, amount: 2000 },
      { from: 1, to: 2, amount: 2200 },
      { from: 3, to: 3, amount: 1900 },
      { from: 4, to: 6, amount: 2500 },
      { from: 7, to: 10, amount: 2900 },
      { from: 11, to: 14, amount: 3400 },
      { from: 15, to: 18, amount: 3800 },
      { from: 19, to: 20, amount: 3900 },
    ],
  },
  household: [1100, 1200, 1500, 1800, 2100, 2400, 2700],
  householdExtra: 250,
});

/** Exempelnummer: Post- och telestyrelsen reserves 08-465 004 00–99 for fiction and examples. */
const PHONE = '08-465 004 10';
const APPLY = 'https://example.org/e-tjanst/ekonomiskt-bistand';

async function make(norms: string | null = EXAMPLE_NORMS): Promise<SocAidEstimate> {
  const el = await fixture<SocAidEstimate>(
    norms === null
      ? html`<soc-aid-estimate apply-url=${APPLY} phone=${PHONE}></soc-aid-estimate>`
      : html`<soc-aid-estimate norms=${norms} apply-url=${APPLY} phone=${PHONE}></soc-aid-estimate>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: SocAidEstimate) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const field = (el: SocAidEstimate, name: string) => root(el).querySelector<HTMLElement & { value: string; error: string }>(`[name="${name}"]`)!;
const fieldError = (el: SocAidEstimate, name: string) => text(field(el, name).shadowRoot!.querySelector('[part~="error"]')).replace(/^(Fel:|Error:)\s*/, '');
const result = (el: SocAidEstimate) => text(root(el).querySelector('[part~="result"]'));
const rows = (el: SocAidEstimate) => [...root(el).querySelectorAll('[part~="breakdown"] tr')].map((tr) => `${text(tr.querySelector('th'))}: ${text(tr.querySelector('td'))}`);
const settle = async (el: SocAidEstimate) => {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

/** Sets the answers without the keyboard (for the states the axe checks need). */
async function answer(el: SocAidEstimate, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const f = field(el, name);
    f.value = value;
    f.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(el);
  }
}
const compute = async (el: SocAidEstimate) => {
  root(el).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
  await settle(el);
};

const BELOW = { adults: 'alone', 'income-unemployment': '7 000 kr', 'cost-housing': '6 500', 'cost-electricity': '300', 'cost-insurance': '150,00' };
const ABOVE = { adults: 'partner', 'income-salary': '25000:-', 'cost-housing': '9 500' };

describe('<soc-aid-estimate>', () => {
  afterEach(() => fixtureCleanup());

  it('is used with the keyboard alone and gives the hand-computed estimate, worded as an estimate (4 050 kr)', async function () {
    // Many real key presses: WebKit on a busy machine needs more than the default 10 s.
    this.timeout(30_000);
    const el = await make();
    // Norm 3 000 + 1 100 = 4 100; costs 6 500 + 300 + 150 = 6 950; a-kassa 7 000 → 4 050 kr.
    await chooseRadio('adults', 0);
    await fill('income-unemployment', '7 000 kr');
    await fill('cost-housing', '6\u00A0500');
    await fill('cost-electricity', '300:-');
    await fill('cost-insurance', '150,00');
    await pressButton('Räkna ut');
    await settle(el);
    expect(result(el)).to.equal('Enligt beräkningen kan du ha rätt till ungefär 4 050 kr i månaden.');
    expect(root(el).querySelector('[part~="result"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(rows(el)).to.deep.equal([
      'Personliga kostnader för 1 person: 3 000 kr',
      'Gemensamma kostnader för hushållet: + 1 100 kr',
      'Normen för ditt hushåll: 4 100 kr',
      'Dina kostnader som räknas: + 6 950 kr',
      'Hushållets inkomster: − 7 000 kr',
      'Skillnad per månad: 4 050 kr',
    ]);
    expect(text(root(el).querySelector('[part~="breakdown"] + p'))).to.equal('Normen gäller år 2026. Källa: Exempelsiffror, inte årets norm.');
    // Focus stays where the user is; the result is heard from the live region.
    expect(deepActive()?.localName).to.equal('button');
    // Editing makes the result old: it goes until "Räkna ut" again.
    await shiftTabToField('cost-housing');
    await sendKeys({ type: '0' });
    await settle(el);
    expect(result(el)).to.equal('');
    expect(root(el).querySelector('[part~="breakdown"]')).to.equal(null);
  });

  it('counts a partner and children by age band, chosen with the keyboard; incomes above the norm say "du kan ändå ansöka"', async function () {
    // Many real key presses: WebKit on a busy machine needs more than the default 10 s.
    this.timeout(30_000);
    const el = await make();
    // 2 × 2 700 + 2 200 (1–2 år) + 2 900 (7–10 år) = 10 500; 4 persons 1 800; norm 12 300;
    // costs 9 500 + 450,50 + 600 + 199,50 = 10 750; salary 25 000 → −1 950 kr.
    await chooseRadio('adults', 1);
    await tabToField('children');
    await sendKeys({ type: '2' });
    await settle(el);
    expect(root(el).querySelectorAll('soc-select[name^="child-"]')).to.have.length(2);
    await tabToField('child-1');
    await sendKeys({ type: '1' });
    await tabToField('child-2');
    await sendKeys({ type: '7' });
    await fill('income-salary', '25 000');
    await fill('cost-housing', '9500 kr');
    await fill('cost-electricity', '450,50');
    await fill('cost-commute', '600');
    await fill('cost-insurance', '199,50');
    await pressButton('Räkna ut');
    await settle(el);
    expect(field(el, 'child-1').value).to.equal('1');
    expect(field(el, 'child-2').value).to.equal('4');
    expect(result(el)).to.equal('Enligt beräkningen är dina inkomster högre än normen. Du kan ändå ansöka.');
    expect(rows(el)).to.deep.equal([
      'Personliga kostnader för 4 personer: 10 500 kr',
      'Gemensamma kostnader för hushållet: + 1 800 kr',
      'Normen för ditt hushåll: 12 300 kr',
      'Dina kostnader som räknas: + 10 750 kr',
      'Hushållets inkomster: − 25 000 kr',
      'Skillnad per månad: − 1 950 kr',
    ]);
  });

  it('gives a clear message next to each bad amount and in the summary, keeps what was typed, and computes nothing', async function () {
    // Many real key presses: WebKit on a busy machine needs more than the default 10 s.
    this.timeout(30_000);
    const el = await make();
    await chooseRadio('adults', 0);
    await fill('income-salary', 'tolv tusen');
    await fill('income-pension', '-500');
    await fill('cost-housing', '9 000 000');
    await pressButton('Räkna ut');
    await settle(el);
    expect(fieldError(el, 'income-salary')).to.equal('Lön: skriv beloppet med siffror, till exempel 12 500.');
    expect(fieldError(el, 'income-pension')).to.equal('Pension: beloppet kan inte vara mindre än 0.');
    expect(fieldError(el, 'cost-housing')).to.equal('Hyra eller annan kostnad för boendet: skriv beloppet för en månad. Det kan vara högst 500 000 kr.');
    const links = [...root(el).querySelector('soc-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) => text(a));
    expect(links).to.deep.equal([
      'Lön: skriv beloppet med siffror, till exempel 12 500.',
      'Pension: beloppet kan inte vara mindre än 0.',
      'Hyra eller annan kostnad för boendet: skriv beloppet för en månad. Det kan vara högst 500 000 kr.',
    ]);
    // The summary took focus; what was typed is all still there.
    expect(deepActive()?.getAttribute('part')).to.equal('summary');
    expect(field(el, 'income-salary').value).to.equal('tolv tusen');
    expect(field(el, 'income-pension').value).to.equal('-500');
    expect(field(el, 'cost-housing').value).to.equal('9 000 000');
    expect(result(el)).to.equal('');
    // The summary's link leads to the field; a good amount takes the message away.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect((root(el).activeElement as HTMLElement & { name: string }).name).to.equal('income-salary');
    expect(deepActive()?.localName).to.equal('input');
    field(el, 'income-salary').value = '';
    await settle(el);
    await sendKeys({ type: '12 000' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(fieldError(el, 'income-salary')).to.equal('');
  });

  it('shows an amount’s problem when the user leaves the field, before "Räkna ut"', async () => {
    const el = await make();
    await fill('income-other', '12,5,0');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(fieldError(el, 'income-other')).to.equal('Andra inkomster: skriv beloppet med siffror, till exempel 12 500.');
  });

  it('asks for the household and each child’s age before computing', async () => {
    const el = await make();
    await answer(el, { children: '1' });
    await compute(el);
    const links = [...root(el).querySelector('soc-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) => text(a));
    expect(links).to.deep.equal(['Välj om du bor med en partner eller inte.', 'Välj hur gammalt barn 1 är.']);
    expect(result(el)).to.equal('');
  });

  it('with missing or invalid norms says the estimate cannot be made, warns once, and still shows how to apply', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await make(null);
      expect(root(el).querySelector('form')).to.equal(null);
      expect(text(root(el).querySelector('[part~="unavailable"]'))).to.equal(
        'Provberäkningen fungerar inte just nu, eftersom kommunens siffror saknas. Du kan ändå ansöka om ekonomiskt bistånd.',
      );
      const bad = await make('{"year": 2026, "source": "x", "personal": {}}');
      bad.requestUpdate();
      await bad.updateComplete;
      expect(root(bad).querySelector('[part~="unavailable"]')).to.not.equal(null);
      const messages = warn.getCalls().map((c) => String(c.args[0]));
      expect(messages.filter((m) => m.includes('norms attribute is missing'))).to.have.length(1);
      expect(messages.filter((m) => m.includes('personal.alone'))).to.have.length(1);
      const apply = root(el).querySelector('[part~="apply"]')!;
      expect(apply.querySelector<HTMLAnchorElement>(`a[href="${APPLY}"]`)!.textContent).to.equal('Ansök om ekonomiskt bistånd');
      expect(apply.querySelector<HTMLAnchorElement>('a[href="tel:+46846500410"]')).to.not.equal(null);
      expect(text(apply)).to.contain('Bara kommunen kan bestämma om du har rätt till ekonomiskt bistånd.');
    } finally {
      warn.restore();
    }
  });

  it('without apply-url or phone says to contact the municipality', async () => {
    const el = await fixture<SocAidEstimate>(html`<soc-aid-estimate norms=${EXAMPLE_NORMS}></soc-aid-estimate>`);
    expect(text(root(el).querySelector('[part~="apply"]'))).to.contain('Kontakta socialtjänsten i din kommun för att ansöka.');
  });

  it('sends nothing and stores nothing: no fetch, no XHR, no beacon, no storage, no cookie', async function () {
    // Many real key presses: WebKit on a busy machine needs more than the default 10 s.
    this.timeout(30_000);
    const fetchSpy = sinon.spy(window, 'fetch');
    const xhrSpy = sinon.spy(XMLHttpRequest.prototype, 'open');
    const beaconSpy = sinon.spy(navigator, 'sendBeacon');
    const setItem = sinon.spy(Storage.prototype, 'setItem');
    sessionStorage.clear();
    localStorage.clear();
    const cookies = document.cookie;
    try {
      const el = await make();
      await chooseRadio('adults', 0);
      await fill('income-salary', '5 000');
      await fill('cost-housing', '7 000');
      await pressButton('Räkna ut');
      await settle(el);
      expect(result(el)).to.contain('ungefär');
      expect(fetchSpy.called, 'fetch').to.be.false;
      expect(xhrSpy.called, 'XMLHttpRequest').to.be.false;
      expect(beaconSpy.called, 'sendBeacon').to.be.false;
      expect(setItem.called, 'storage').to.be.false;
      expect(sessionStorage.length + localStorage.length).to.equal(0);
      expect(document.cookie).to.equal(cookies);
      // The browser is asked not to remember the answers either (autofill, restoring the form).
      expect(root(el).querySelector('form')!.getAttribute('autocomplete')).to.equal('off');
      for (const input of [...root(el).querySelectorAll('soc-text-field')].map((f) => f.shadowRoot!.querySelector('input')!)) {
        expect(input.getAttribute('autocomplete')).to.equal('off');
      }
    } finally {
      fetchSpy.restore();
      xhrSpy.restore();
      beaconSpy.restore();
      setItem.restore();
    }
  });

  it('formats amounts in the page language and accepts plain and Arabic-Indic digits (en, ar)', async () => {
    await setLocale('en');
    let el = await make();
    await answer(el, { ...BELOW, 'income-unemployment': '7,000' });
    await compute(el);
    const en = new Intl.NumberFormat('en', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(4050);
    expect(result(el)).to.equal(`According to the calculation, you may be entitled to about ${en} a month.`.replace(/\s+/g, ' '));
    fixtureCleanup();
    await setLocale('ar', 'rtl');
    el = await make();
    await answer(el, { ...BELOW, 'income-unemployment': '٧٠٠٠', 'cost-housing': '٦٥٠٠' });
    await compute(el);
    const ar = new Intl.NumberFormat('ar', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(4050);
    expect(result(el)).to.contain(ar.replace(/\s+/g, ' '));
    // Right to left: the row's label is on the right, its amount on the left.
    expect(getComputedStyle(el).direction).to.equal('rtl');
    const th = root(el).querySelector('[part~="breakdown"] th')!.getBoundingClientRect();
    const td = root(el).querySelector('[part~="breakdown"] td')!.getBoundingClientRect();
    expect(th.left).to.be.greaterThan(td.left);
  });

  for (const { lang, dir } of LOCALES) {
    describe(`is accessible in every state (${lang})`, () => {
      beforeEach(() => setLocale(lang, dir));

      it('empty', async () => {
        await expect(await make(), 'empty').to.be.accessible();
      });

      it('with errors', async () => {
        const el = await make();
        await answer(el, { 'income-salary': 'abc' });
        await compute(el);
        expect(root(el).querySelector('soc-error-summary')!.shadowRoot!.querySelectorAll('a')).to.have.length(2);
        await expect(el, 'errors').to.be.accessible();
      });

      it('with a result below the norm', async () => {
        const el = await make();
        await answer(el, BELOW);
        await compute(el);
        expect(root(el).querySelector('[part~="breakdown"]')).to.not.equal(null);
        await expect(el, 'below the norm').to.be.accessible();
      });

      it('with incomes above the norm', async () => {
        const el = await make();
        await answer(el, ABOVE);
        await compute(el);
        expect(root(el).querySelector('[part~="breakdown"]')).to.not.equal(null);
        await expect(el, 'above the norm').to.be.accessible();
      });

      it('with invalid norms', async () => {
        const warn = sinon.stub(console, 'warn');
        try {
          const el = await make('not json');
          expect(root(el).querySelector('[part~="unavailable"]')).to.not.equal(null);
          await expect(el, 'invalid norms').to.be.accessible();
        } finally {
          warn.restore();
        }
      });
    });
  }

  itChromium(CDP.axTree, 'the result is a polite live region, the fields have their labels as names', async () => {
    const el = await make();
    await answer(el, BELOW);
    await compute(el);
    const salary = await axFind((n) => n.role === 'textbox' && n.name === 'Lön');
    expect(salary).to.not.equal(null);
    const heading = await axFind((n) => n.role === 'heading' && n.name === 'Räkna ut om du kan ha rätt till ekonomiskt bistånd');
    expect(heading?.level).to.equal(2);
    expect(result(el)).to.contain('4 050');
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'fits a 320 px screen with text at 200 % without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 200%"><soc-aid-estimate norms=${EXAMPLE_NORMS} phone=${PHONE} apply-url=${APPLY}></soc-aid-estimate></div>`);
      const el = wrapper.querySelector('soc-aid-estimate')!;
      await el.updateComplete;
      await answer(el, ABOVE);
      await compute(el);
      expect(visible(root(el).querySelector('[part~="breakdown"]'))).to.be.true;
      const wide: string[] = [];
      // What sticks out, for the failure message.
      const walk = (r: ShadowRoot | Element) => {
        for (const n of r.querySelectorAll('*')) {
          if (n.getBoundingClientRect().right > 320) wide.push(n.localName);
          if (n.shadowRoot) walk(n.shadowRoot);
        }
      };
      walk(root(el));
      expect(document.documentElement.scrollWidth, wide.join(' ')).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  itChromium(CDP.forcedColors, 'keeps the button, result box and links visible in forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await make();
      await answer(el, BELOW);
      await compute(el);
      const box = root(el).querySelector('[part~="result"]')!;
      expect(getComputedStyle(box).borderInlineStartStyle).to.equal('solid');
      expect(getComputedStyle(root(el).querySelector('[part~="button"]')!).borderTopStyle).to.equal('solid');
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
