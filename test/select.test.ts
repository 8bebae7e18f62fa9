import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/index.js';
import type { SocSelect } from '../src/fields/select.js';
import type { SocErrorSummary } from '../src/patterns/error-summary.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { CDP, itChromium } from './helpers/engine.js';
import { nextTask as settle } from './helpers/dom.js';

const select = (el: SocSelect) => el.shadowRoot!.querySelector('select')!;
const entries = (el: SocSelect) => [...select(el).options].map((o) => o.textContent!.trim());
const errorText = (el: SocSelect) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const KOMMUNER = html`<option value="orebro">Örebro</option>
  <option value="karlstad">Karlstad</option>
  <option value="kumla">Kumla</option>`;

async function formWith(tpl: unknown) {
  const form = await fixture<HTMLFormElement>(html`<form>${tpl}<button>Skicka</button></form>`);
  form.addEventListener('submit', (e) => e.preventDefault());
  const field = form.querySelector('soc-select')!;
  await field.updateComplete;
  return { form, field };
}

describe('<soc-select>', () => {
  // One test per language, so none nears the timeout in WebKit on a busy machine.
  for (const { lang, dir } of LOCALES) {
    it(`is accessible empty, with hint, with an error and disabled (${lang})`, async () => {
      await setLocale(lang, dir);
      for (const tpl of [
        html`<soc-select name="k" label="Kommun">${KOMMUNER}</soc-select>`,
        html`<soc-select name="k" label="Kommun" hint="Där du bor" required>${KOMMUNER}</soc-select>`,
        html`<soc-select name="k" label="Kommun" required error="Välj din kommun.">${KOMMUNER}</soc-select>`,
        html`<soc-select name="k" label="Kommun" disabled value="kumla">${KOMMUNER}</soc-select>`,
      ]) {
        const el = await fixture<SocSelect>(tpl);
        await expect(el).to.be.accessible();
      }
    });
  }

  it('copies its option children into a native select after a localized "Välj" entry', async () => {
    const { field } = await formWith(html`<soc-select name="k" label="Kommun">${KOMMUNER}</soc-select>`);
    expect(entries(field)).to.deep.equal(['Välj', 'Örebro', 'Karlstad', 'Kumla']);
    expect(select(field).value).to.equal('');
    await setLocale('en');
    await field.updateComplete;
    expect(entries(field)[0]).to.equal('Select');
  });

  it('is chosen with the keyboard; input carries the new value, change bubbles from the host, the form gets it', async () => {
    const { form, field } = await formWith(html`<soc-select name="k" label="Kommun">${KOMMUNER}</soc-select>`);
    const seen: string[] = [];
    form.addEventListener('input', (e) => seen.push(`${(e.target as Element).localName}=${(e.target as SocSelect).value}`));
    const changed = oneEvent(form, 'change');
    field.focus();
    expect(field.shadowRoot!.activeElement).to.equal(select(field));
    // Typing the first letters picks an answer in a closed select, in every engine.
    await sendKeys({ type: 'Ka' });
    const change = await changed;
    expect(change.composed).to.be.true;
    expect(field.value).to.equal('karlstad');
    expect(seen.at(-1)).to.equal('soc-select=karlstad');
    expect(new FormData(form).get('k')).to.equal('karlstad');
  });

  it('shows "Välj ett svar" only after submit when the empty entry is left, and focuses the select', async () => {
    const { form, field } = await formWith(html`<soc-select name="k" label="Kommun" required>${KOMMUNER}</soc-select>`);
    expect(errorText(field)).to.equal('');
    expect(field.validity.valueMissing).to.be.true;
    form.requestSubmit();
    await field.updateComplete;
    await settle();
    expect(errorText(field)).to.equal('Fel: Välj ett svar: kommun');
    expect(select(field).getAttribute('aria-invalid')).to.equal('true');
    expect(field.shadowRoot!.activeElement).to.equal(select(field));
    await sendKeys({ type: 'Kum' });
    await field.updateComplete;
    expect(field.checkValidity()).to.be.true;
    expect(errorText(field)).to.equal('');
  });

  itChromium(CDP.axTree, 'has its label as name, the hint as description, required and invalid in the accessibility tree', async () => {
    const { field } = await formWith(html`<soc-select name="k" label="Kommun" hint="Där du bor" required>${KOMMUNER}</soc-select>`);
    field.showValidation();
    await field.updateComplete;
    const node = await axFind((n) => n.role === 'combobox' || n.role === 'listbox');
    expect(node?.name).to.equal('Kommun (måste fyllas i)');
    expect(node?.description).to.contain('Där du bor');
    expect(node?.description).to.contain('Välj ett svar: kommun');
    expect(node?.invalid).to.equal('true');
  });

  it('follows changes to its option children and to its value', async () => {
    const { form, field } = await formWith(html`<soc-select name="k" label="Kommun" value="lund">${KOMMUNER}</soc-select>`);
    // "lund" is not an answer yet: the empty entry shows and nothing is submitted.
    expect(select(field).value).to.equal('');
    const lund = document.createElement('option');
    lund.value = 'lund';
    lund.textContent = 'Lund';
    field.append(lund);
    await settle();
    await field.updateComplete;
    expect(entries(field)).to.include('Lund');
    expect(select(field).value).to.equal('lund');
    expect(new FormData(form).get('k')).to.equal('lund');
    field.querySelector('option[value=kumla]')!.textContent = 'Kumla kommun';
    await settle();
    await field.updateComplete;
    expect(entries(field)).to.include('Kumla kommun');
    field.value = 'orebro';
    await field.updateComplete;
    expect(select(field).value).to.equal('orebro');
    // A script that marks a child selected changes the answer, as in a native select.
    field.querySelector('option[value=karlstad]')!.setAttribute('selected', '');
    await settle();
    await field.updateComplete;
    expect(field.value).to.equal('karlstad');
    expect(select(field).value).to.equal('karlstad');
  });

  it('reads optgroups, honours a selected child and no-placeholder', async () => {
    const { form, field } = await formWith(html`<soc-select name="k" label="Kommun" no-placeholder>
      <optgroup label="Örebro län"><option value="orebro">Örebro</option><option value="kumla" selected>Kumla</option></optgroup>
      <optgroup label="Värmlands län"><option value="karlstad">Karlstad</option></optgroup>
    </soc-select>`);
    expect(select(field).querySelectorAll('optgroup').length).to.equal(2);
    expect(entries(field)).to.deep.equal(['Örebro', 'Kumla', 'Karlstad']);
    expect(new FormData(form).get('k')).to.equal('kumla');
    field.value = '';
    await field.updateComplete;
    // Without an empty entry the first answer is what the select shows, and is submitted.
    expect(new FormData(form).get('k')).to.equal('orebro');
  });

  it('resets to its default, restores a state, is disabled by a fieldset and then not submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><soc-select name="k" label="Kommun" value="kumla">${KOMMUNER}</soc-select></fieldset></form>`,
    );
    const field = form.querySelector('soc-select')!;
    await field.updateComplete;
    field.focus();
    await sendKeys({ type: 'Ka' });
    await field.updateComplete;
    expect(field.value).to.equal('karlstad');
    form.reset();
    await field.updateComplete;
    expect(select(field).value).to.equal('kumla');
    field.formStateRestoreCallback('orebro');
    await field.updateComplete;
    expect(select(field).value).to.equal('orebro');
    form.querySelector('fieldset')!.disabled = true;
    await field.updateComplete;
    expect(select(field).disabled).to.be.true;
    expect(new FormData(form).has('k')).to.be.false;
  });

  it('is listed by soc-error-summary, whose link moves focus into the select', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-error-summary for="f"></soc-error-summary>
      <form id="f"><soc-select name="k" label="Kommun" required>${KOMMUNER}</soc-select><button>Skicka</button></form>
    </div>`);
    const form = root.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    await settle();
    form.requestSubmit();
    await settle();
    const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Välj ett svar: kommun');
    link.click();
    const field = form.querySelector('soc-select')!;
    expect(document.activeElement).to.equal(field);
    expect(field.shadowRoot!.activeElement).to.equal(select(field));
  });

  it('speaks Arabic and lays out right to left when the page does', async () => {
    await setLocale('ar', 'rtl');
    const { field } = await formWith(html`<soc-select name="k" label="Kommun" required>${KOMMUNER}</soc-select>`);
    field.showValidation();
    await field.updateComplete;
    expect(errorText(field)).to.match(/[\u0600-\u06FF]/);
    expect(entries(field)[0]).to.match(/[\u0600-\u06FF]/);
    const host = field.getBoundingClientRect();
    const box = select(field).getBoundingClientRect();
    // The select starts at the right edge (inline start) and is narrower than the field.
    expect(Math.abs(box.right - host.right)).to.be.lessThan(24);
    expect(box.width).to.be.lessThan(host.width);
  });

  it('fits a 320 px screen with text at 200 %, even with a long answer', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 288px; font-size: 200%"><soc-select name="k" label="Vilken hjälp söker du?">
        <option value="a">Stöd till dig som är förälder till ett barn med funktionsnedsättning</option>
      </soc-select></div>`,
    );
    const field = wrap.querySelector('soc-select')!;
    await field.updateComplete;
    const right = wrap.getBoundingClientRect().right;
    for (const el of field.shadowRoot!.querySelectorAll('label, select')) {
      expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(right + 0.5);
    }
  });
});
