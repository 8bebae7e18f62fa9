import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from './helpers/commands.js';
import '../src/index.js';
import type { SocErrorSummary } from '../src/patterns/error-summary.js';
import type { SocTextField } from '../src/fields/text-field.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { nextTask as settle } from './helpers/dom.js';
import { hasAxTree } from './helpers/engine.js';

const page = html`<div>
  <soc-error-summary for="ansokan"></soc-error-summary>
  <form id="ansokan" action="/nowhere">
    <soc-text-field id="namn" name="namn" label="Ditt namn" required></soc-text-field>
    <soc-text-field name="pnr" label="Ditt personnummer" format="personnummer" required></soc-text-field>
    <soc-radio-group name="tolk" label="Behöver du tolk?" required>
      <soc-radio value="ja">Ja</soc-radio><soc-radio value="nej">Nej</soc-radio>
    </soc-radio-group>
    <button>Skicka</button>
  </form>
</div>`;

async function setup() {
  const root = await fixture<HTMLDivElement>(page);
  const form = root.querySelector('form')!;
  const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
  const submits: SubmitEvent[] = [];
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submits.push(e);
  });
  await settle();
  return { root, form, summary, submits };
}

const links = (s: SocErrorSummary) => [...s.shadowRoot!.querySelectorAll('a')];
const linkTexts = (s: SocErrorSummary) => links(s).map((a) => a.textContent!.trim());

describe('<soc-error-summary>', () => {
  it('renders nothing and is not in the tab order while there are no errors', async () => {
    const { summary } = await setup();
    expect(summary.shadowRoot!.querySelector('[part~="summary"]')).to.equal(null);
    expect(summary.getBoundingClientRect().height).to.equal(0);
  });

  it('stops an invalid submit, lists the errors as links and takes focus (its accessibility-tree node: Chromium only, CDP)', async () => {
    const { form, summary, submits } = await setup();
    form.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(submits.length).to.equal(0);
    expect(linkTexts(summary)).to.deep.equal([
      'Fyll i ditt namn.',
      'Fyll i ditt personnummer.',
      'Välj ett svar: behöver du tolk?',
    ]);
    expect(summary.shadowRoot!.activeElement).to.equal(summary.shadowRoot!.querySelector('[part~="summary"]'));
    // The focused box is a group named by its heading, so a reader says what took focus
    // (read from Chromium's accessibility tree over CDP; the virtual screen reader tests check
    // the same in every engine).
    if (hasAxTree) {
      const heading = await axFind((n) => n.role === 'heading' && n.name === 'Det finns problem');
      expect(heading?.level).to.equal(2);
      const group = await axFind((n) => n.role === 'group' && n.name === 'Det finns problem');
      expect(group?.focused).to.be.true;
    }
    // Each field shows its own message too.
    const pnr = form.querySelector<SocTextField>('[name=pnr]')!;
    expect(pnr.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Fyll i ditt personnummer.');
  });

  it('moves focus into the field when a link is followed with the keyboard', async () => {
    const { form, summary } = await setup();
    form.requestSubmit();
    await settle();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(summary.shadowRoot!.activeElement).to.equal(links(summary)[1]);
    await sendKeys({ press: 'Enter' });
    const pnr = form.querySelector<SocTextField>('[name=pnr]')!;
    expect(document.activeElement).to.equal(pnr);
    expect(pnr.shadowRoot!.activeElement).to.equal(pnr.shadowRoot!.querySelector('input'));
    await sendKeys({ type: '811218-9876' });
    links(summary)[2]!.click();
    const tolk = form.querySelector('soc-radio-group')!;
    expect(document.activeElement).to.equal(tolk);
    expect(tolk.shadowRoot!.activeElement?.getAttribute('type')).to.equal('radio');
  });

  it('lets a valid form submit and hides itself', async () => {
    const { form, summary, submits } = await setup();
    form.requestSubmit();
    await settle();
    expect(links(summary).length).to.equal(3);
    (form.querySelector('[name=namn]') as SocTextField).focus();
    await sendKeys({ type: 'Sara Ek' });
    (form.querySelector('[name=pnr]') as SocTextField).focus();
    await sendKeys({ type: '8112189876' });
    form.querySelector('soc-radio-group')!.value = 'nej';
    await settle();
    form.requestSubmit();
    await settle();
    expect(submits.length).to.equal(1);
    expect(links(summary).length).to.equal(0);
    expect([...new FormData(form)]).to.deep.equal([
      ['namn', 'Sara Ek'],
      ['pnr', '198112189876'],
      ['tolk', 'nej'],
    ]);
  });

  it('shows errors from a server on the summary and on the matching fields', async () => {
    const { form, summary } = await setup();
    summary.errors = [{ field: 'pnr', message: 'Personnumret finns inte i folkbokföringen.' }];
    await settle();
    expect(linkTexts(summary)).to.deep.equal(['Personnumret finns inte i folkbokföringen.']);
    const pnr = form.querySelector<SocTextField>('[name=pnr]')!;
    await pnr.updateComplete;
    expect(pnr.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('folkbokföringen');
    expect(pnr.validity.customError).to.be.true;
  });

  it('is accessible with errors in sv, en and ar, and the heading follows the locale', async () => {
    const headings: Record<string, string> = {};
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const { root, form, summary } = await setup();
      form.requestSubmit();
      await settle();
      await expect(root).to.be.accessible();
      headings[lang] = summary.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
      fixtureCleanup(); // the next round's form has the same id
    }
    expect(headings.sv).to.equal('Det finns problem');
    expect(headings.en).to.equal('There is a problem');
    expect(headings.ar).to.match(/[\u0600-\u06FF]/);
  });

  it('changes its heading when the page language changes while it is shown', async () => {
    const { form, summary } = await setup();
    form.requestSubmit();
    await settle();
    const heading = () => summary.shadowRoot!.querySelector('[part~="heading"]')!.textContent!.trim();
    expect(heading()).to.equal('Det finns problem');
    await setLocale('en');
    await summary.updateComplete;
    expect(heading()).to.equal('There is a problem');
    summary.remove();
    await setLocale('sv');
  });

  it('uses the heading level it is given', async () => {
    const el = await fixture<SocErrorSummary>(html`<soc-error-summary heading-level="3"></soc-error-summary>`);
    el.errors = [{ field: 'x', message: 'Något gick fel.' }];
    await settle();
    expect(el.shadowRoot!.querySelector('h3')).to.not.equal(null);
  });
  it('with no-autofocus shows the errors but leaves focus where it was', async () => {
    const { form, summary, submits } = await setup();
    summary.noAutofocus = true;
    const button = form.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(submits.length).to.equal(0);
    expect(links(summary).length).to.equal(3);
    expect(document.activeElement).to.equal(button);
    expect(summary.shadowRoot!.querySelector('[part~="summary"]')!.hasAttribute('tabindex')).to.be.false;
    const attr = await fixture<SocErrorSummary>(html`<soc-error-summary no-autofocus></soc-error-summary>`);
    expect(attr.noAutofocus).to.be.true;
  });

  it('is focusable only while it has focus: no tabindex is left once focus moves on', async () => {
    const { form, summary } = await setup();
    form.requestSubmit();
    await settle();
    const box = summary.shadowRoot!.querySelector<HTMLElement>('[part~="summary"]')!;
    expect(summary.shadowRoot!.activeElement).to.equal(box);
    expect(box.getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'Tab' });
    expect(summary.shadowRoot!.activeElement).to.equal(links(summary)[0]);
    expect(box.hasAttribute('tabindex')).to.be.false;
    // Back with Shift+Tab: the box is no longer a stop.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(summary.shadowRoot!.activeElement).to.not.equal(box);
    // A second failed submit focuses it again.
    form.requestSubmit();
    await settle();
    expect(summary.shadowRoot!.activeElement).to.equal(summary.shadowRoot!.querySelector('[part~="summary"]'));
  });

  it('a link to a field revealed under an answer shows the question\'s legend, not only the field', async () => {
    await setViewport({ width: 800, height: 900 });
    try {
      const root = await fixture<HTMLDivElement>(html`<div>
        <soc-error-summary for="kontakt"></soc-error-summary>
        <div style="block-size: 2500px"></div>
        <form id="kontakt">
          <soc-radio-group name="vem" label="Vem är du?" required>
            <soc-radio value="foralder">Förälder</soc-radio>
            <soc-radio value="larare">Lärare</soc-radio>
            <soc-radio value="granne">Granne</soc-radio>
            <soc-radio value="annan" checked>
              Någon annan
              <soc-text-field id="vem-annan" name="vem-annan" label="Beskriv din roll" required></soc-text-field>
            </soc-radio>
          </soc-radio-group>
          <button>Skicka</button>
        </form>
        <div style="block-size: 2500px"></div>
      </div>`);
      const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
      const form = root.querySelector('form')!;
      form.addEventListener('submit', (e) => e.preventDefault());
      form.requestSubmit();
      await settle();
      expect(linkTexts(summary)).to.deep.equal(['Fyll i beskriv din roll.']);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settle();
      const field = root.querySelector<SocTextField>('#vem-annan')!;
      expect(document.activeElement).to.equal(field);
      const legend = root.querySelector('soc-radio-group')!.shadowRoot!.querySelector('legend')!.getBoundingClientRect();
      const input = field.shadowRoot!.querySelector('input')!.getBoundingClientRect();
      expect(legend.top, 'the legend is in view').to.be.within(-1, innerHeight - legend.height);
      expect(input.bottom, 'and so is the field').to.be.within(0, innerHeight);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('adopts errors a server rendered as links among its children: shown, focused, on the fields — in sv, en, ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const root = await fixture<HTMLDivElement>(html`<div>
        <soc-error-summary for="server">
          <h2>Det finns problem</h2>
          <ul>
            <li><a href="#pnr">Personnumret finns inte i folkbokföringen.</a></li>
            <li><a href="#epost">Vi kunde inte skicka till den e-postadressen.</a></li>
          </ul>
        </soc-error-summary>
        <form id="server">
          <soc-text-field id="pnr" name="pnr" label="Ditt personnummer" value="8112189876"></soc-text-field>
          <soc-text-field id="epost" name="epost" label="Din e-post" type="email" value="sara@example.se"></soc-text-field>
        </form>
      </div>`);
      const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
      await settle();
      expect(linkTexts(summary)).to.deep.equal(['Personnumret finns inte i folkbokföringen.', 'Vi kunde inte skicka till den e-postadressen.']);
      // The server's own markup is not shown twice.
      expect(summary.querySelector('ul')!.getClientRects().length).to.equal(0);
      expect(summary.shadowRoot!.activeElement).to.equal(summary.shadowRoot!.querySelector('[part~="summary"]'));
      const pnr = root.querySelector<SocTextField>('#pnr')!;
      await pnr.updateComplete;
      expect(pnr.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('folkbokföringen');
      expect(pnr.validity.customError).to.be.true;
      await expect(root).to.be.accessible();
      fixtureCleanup();
    }
    await setLocale('sv');
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-error-summary for="server"><a href="#epost">Vi kunde inte skicka till den e-postadressen.</a></soc-error-summary>
      <form id="server"><soc-text-field id="epost" name="epost" label="Din e-post" type="email"></soc-text-field></form>
    </div>`);
    const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
    await settle();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const epost = root.querySelector<SocTextField>('#epost')!;
    expect(document.activeElement).to.equal(epost);
    await sendKeys({ type: 'sara@example.org' });
    await settle();
    expect(epost.validity.valid, 'editing clears the server error').to.be.true;
    expect(links(summary).length).to.equal(1);
  });

  it('lists the fields a server marked with an error attribute when the page loads', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-error-summary for="server"></soc-error-summary>
      <form id="server">
        <soc-text-field name="namn" label="Ditt namn" value="Sara"></soc-text-field>
        <soc-text-field name="telefon" label="Telefon" value="070" error="Numret går inte att ringa. Kontrollera det."></soc-text-field>
        <soc-radio-group name="tolk" label="Behöver du tolk?" error="Välj om du behöver tolk.">
          <soc-radio value="ja">Ja</soc-radio><soc-radio value="nej">Nej</soc-radio>
        </soc-radio-group>
      </form>
    </div>`);
    const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
    await settle();
    expect(linkTexts(summary)).to.deep.equal(['Numret går inte att ringa. Kontrollera det.', 'Välj om du behöver tolk.']);
    expect(summary.shadowRoot!.activeElement).to.equal(summary.shadowRoot!.querySelector('[part~="summary"]'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(root.querySelector('soc-radio-group'));
  });
});
