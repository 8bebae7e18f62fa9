import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/radio-group.js';
import '../src/fields/checkbox-group.js';
import '../src/fields/text-field.js';
import type { SocRadioGroup } from '../src/fields/radio-group.js';
import type { SocCheckbox } from '../src/fields/checkbox.js';
import type { SocCheckboxGroup } from '../src/fields/checkbox-group.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { nextTask as settle } from './helpers/dom.js';
import { CDP, itChromium } from './helpers/engine.js';

/**
 * Conditional reveal that is heard: an answer that shows more questions says so to a screen
 * reader. Orca said only "selected" (Firefox sends no event when a description changes), so the
 * revealed question is said once by a live region when the user chooses the answer, and is the
 * answer's description from when the focus leaves it. `aria-controls` points at the revealed
 * content; checkboxes also say expanded/collapsed (`aria-expanded`, which ARIA does not allow on
 * a radio: axe fails it and Firefox ignores it there).
 */

const inputs = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
/** The element an input's `aria-controls` names, in the same shadow root. */
const controlled = (input: HTMLInputElement) => (input.getRootNode() as ShadowRoot).getElementById(input.getAttribute('aria-controls') ?? '');
/** The text of an input's description (its `aria-describedby` elements, in the same shadow root). */
const description = (input: HTMLInputElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? '')
    .join(' ');
/** What the group's live regions hold now (what a screen reader was last told). */
const spoken = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[aria-live]')]
    .map((r) => r.textContent?.trim())
    .filter(Boolean)
    .join(' | ');

const radioForm = html`<form>
  <soc-radio-group name="vem" label="Vem ansöker?" required>
    <soc-radio value="jag">Jag själv</soc-radio>
    <soc-radio value="annan">
      Någon annan
      <soc-text-field name="vem-annan" label="Vem är du?"></soc-text-field>
    </soc-radio>
  </soc-radio-group>
  <button type="button">Nästa</button>
</form>`;

const checkboxForm = html`<form>
  <soc-checkbox-group name="kontakt" label="Vilka får socialtjänsten kontakta?">
    <soc-checkbox value="skola">Skolan</soc-checkbox>
    <soc-checkbox value="annan">
      Någon annan
      <soc-text-field name="kontakt-annan" label="Vem?"></soc-text-field>
    </soc-checkbox>
  </soc-checkbox-group>
</form>`;

describe('conditional reveal that is heard', () => {
  afterEach(() => setLocale('sv', 'ltr'));

  it('a radio that reveals a question: controls it; choosing it says the question once, then it describes the answer', async () => {
    const form = await fixture<HTMLFormElement>(radioForm);
    const group = form.querySelector<SocRadioGroup>('soc-radio-group')!;
    const [plain, other] = inputs(group);
    // Only the answer with content to reveal controls something: its revealed area, hidden.
    expect(plain!.hasAttribute('aria-controls')).to.be.false;
    const area = controlled(other!);
    expect(area?.classList.contains('reveal')).to.be.true;
    expect(area!.hidden).to.be.true;
    expect(other!.hasAttribute('aria-expanded'), 'no aria-expanded on a radio').to.be.false;
    expect(spoken(group)).to.equal('');

    other!.focus();
    await sendKeys({ press: ' ' });
    await settle();
    expect(group.value).to.equal('annan');
    expect(area!.hidden).to.be.false;
    expect(spoken(group)).to.equal('Vem är du?');
    // Not also a new description while it is said (Chromium would say it twice).
    expect(description(other!)).to.equal('');

    // Focus leaves the answer: the live region is emptied (reading on does not meet the question
    // twice) and the question describes the answer when it has focus again.
    form.querySelector('button')!.focus();
    await settle();
    expect(spoken(group)).to.equal('');
    expect(description(other!)).to.equal('Vem är du?');

    // Another answer: the question is hidden and describes nothing; nothing is said.
    plain!.click();
    await settle();
    expect(area!.hidden).to.be.true;
    expect(description(other!)).to.equal('');
    expect(spoken(group)).to.equal('');
  });

  it('arrow keys that choose the answer say the question too', async () => {
    const form = await fixture<HTMLFormElement>(radioForm);
    const group = form.querySelector<SocRadioGroup>('soc-radio-group')!;
    inputs(group)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle();
    expect(group.value).to.equal('annan');
    expect(spoken(group)).to.equal('Vem är du?');
  });

  it('an answer chosen by the page, not the user, is not announced; its question is its description', async () => {
    const form = await fixture<HTMLFormElement>(radioForm);
    const group = form.querySelector<SocRadioGroup>('soc-radio-group')!;
    group.value = 'annan';
    await settle();
    expect(spoken(group)).to.equal('');
    expect(description(inputs(group)[1]!)).to.equal('Vem är du?');
  });

  itChromium(CDP.axTree, 'the radio’s description in the accessibility tree is the revealed question', async () => {
    const form = await fixture<HTMLFormElement>(radioForm);
    const group = form.querySelector<SocRadioGroup>('soc-radio-group')!;
    group.value = 'annan';
    await settle();
    const node = await axFind((n) => n.role === 'radio' && n.name === 'Någon annan');
    expect(node?.checked).to.equal(true);
    expect(node?.description).to.equal('Vem är du?');
  });

  it('a checkbox that reveals a question: aria-expanded follows it, aria-controls names the revealed area', async () => {
    const form = await fixture<HTMLFormElement>(checkboxForm);
    const group = form.querySelector<SocCheckboxGroup>('soc-checkbox-group')!;
    const [plain, other] = inputs(group);
    expect(plain!.hasAttribute('aria-expanded')).to.be.false;
    expect(plain!.hasAttribute('aria-controls')).to.be.false;
    expect(other!.getAttribute('aria-expanded')).to.equal('false');
    expect(other!.ariaExpanded).to.equal('false');
    const area = controlled(other!);
    expect(area?.classList.contains('reveal')).to.be.true;
    expect(area!.hidden).to.be.true;

    other!.focus();
    await sendKeys({ press: ' ' });
    await settle();
    expect(other!.getAttribute('aria-expanded')).to.equal('true');
    expect(other!.ariaExpanded).to.equal('true');
    expect(area!.hidden).to.be.false;
    expect(spoken(group)).to.equal('Vem?');

    await sendKeys({ press: ' ' });
    await settle();
    expect(other!.getAttribute('aria-expanded')).to.equal('false');
    expect(area!.hidden).to.be.true;
    expect(spoken(group)).to.equal('');
  });

  itChromium(CDP.axTree, 'the checkbox is expanded in the accessibility tree while its question shows', async () => {
    const form = await fixture<HTMLFormElement>(checkboxForm);
    const group = form.querySelector<SocCheckboxGroup>('soc-checkbox-group')!;
    const other = inputs(group)[1]!;
    const node = () => axFind((n) => n.role === 'checkbox' && n.name === 'Någon annan');
    // Puppeteer's tree leaves out a false state: collapsed is "not expanded" there.
    expect((await node())?.expanded).to.not.equal(true);
    other.click();
    await settle();
    expect((await node())?.expanded).to.equal(true);
    other.click();
    await settle();
    expect((await node())?.expanded).to.not.equal(true);
  });

  it('a checkbox on its own with revealed content: aria-expanded and aria-controls as in a group', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <soc-checkbox name="tolk">Jag behöver tolk
        <soc-text-field name="sprak" label="Vilket språk?"></soc-text-field>
      </soc-checkbox>
    </form>`);
    const box = form.querySelector<SocCheckbox>('soc-checkbox')!;
    const input = inputs(box)[0]!;
    const area = controlled(input);
    expect(area?.classList.contains('reveal')).to.be.true;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(area!.hidden).to.be.true;
    input.click();
    await settle();
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(area!.hidden).to.be.false;
  });

  it('is accessible (axe) collapsed and expanded in sv, en, ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const form = await fixture<HTMLFormElement>(html`<div>${radioForm}${checkboxForm}</div>`);
      await expect(form).to.be.accessible();
      for (const el of form.querySelectorAll('soc-radio-group, soc-checkbox-group')) inputs(el).at(-1)!.click();
      await settle();
      await expect(form).to.be.accessible();
    }
  });
});
