import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/radio-group.js';
import '../src/fields/text-field.js';
import type { SocRadioGroup } from '../src/fields/radio-group.js';
import type { SocTextField } from '../src/fields/text-field.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind, axFindAll } from './helpers/a11y.js';
import { CDP, engine, itChromium } from './helpers/engine.js';

const radios = (g: SocRadioGroup) => [...g.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const errorText = (g: Element) => g.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const reveal = (g: SocRadioGroup) => g.shadowRoot!.querySelector<HTMLElement>('.reveal')!;

const question = html`<form>
  <soc-radio-group name="vem" label="Vem ansöker?" hint="Välj det som stämmer bäst" required>
    <soc-radio value="vardnadshavare">Jag är vårdnadshavare</soc-radio>
    <soc-radio value="ung" hint="Från 15 år kan du ansöka själv">Jag är ung och ansöker själv</soc-radio>
    <soc-radio value="annan">
      Någon annan
      <soc-text-field name="vem-annan" label="Vem är du?" required></soc-text-field>
    </soc-radio>
  </soc-radio-group>
</form>`;

async function setup() {
  const form = await fixture<HTMLFormElement>(question);
  return { form, group: form.querySelector('soc-radio-group')!, other: form.querySelector<SocTextField>('soc-text-field')! };
}

describe('<soc-radio-group>', () => {
  it('is accessible empty, invalid, chosen with reveal open and disabled — in sv, en, ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const { group, form } = await setup();
      await expect(form).to.be.accessible();
      group.showValidation();
      await group.updateComplete;
      await expect(form).to.be.accessible();
      group.value = 'annan';
      await group.updateComplete;
      expect(reveal(group).hidden).to.be.false;
      await expect(form).to.be.accessible();
      group.disabled = true;
      await group.updateComplete;
      await expect(form).to.be.accessible();
    }
  });

  itChromium(CDP.axTree, 'is a radiogroup named by its legend, and its radios are named by their labels', async () => {
    await setup();
    const groupNode = await axFind((n) => n.role === 'radiogroup');
    expect(groupNode?.name).to.equal('Vem ansöker? (måste fyllas i)');
    expect(groupNode?.description).to.contain('Välj det som stämmer bäst');
    const names = (await axFindAll((n) => n.role === 'radio')).map((n) => n.name);
    expect(names).to.deep.equal(['Jag är vårdnadshavare', 'Jag är ung och ansöker själv', 'Någon annan']);
  });

  it('is answered with the keyboard alone: Tab in, arrows move and choose, as native radios', async () => {
    const { form, group } = await setup();
    const before = document.createElement('button');
    before.textContent = 'före';
    form.prepend(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(group.shadowRoot!.activeElement).to.equal(radios(group)[0]);
    await sendKeys({ press: ' ' });
    expect(new FormData(form).get('vem')).to.equal('vardnadshavare');
    const changed = oneEvent(group, 'change');
    await sendKeys({ press: 'ArrowDown' });
    await changed;
    expect(group.value).to.equal('ung');
    expect(new FormData(form).get('vem')).to.equal('ung');
    await sendKeys({ press: 'ArrowDown' });
    expect(group.value).to.equal('annan');
  });

  // Arrows in right-to-left pages are the browser's own: Chromium and Firefox mirror them (Left =
  // next), WebKit does not (Right/Down = next, as in Safari). We keep native radios and so each
  // browser's behaviour; the test pins it per browser and against plain radios in the same page.
  it(`moves with the arrows in right-to-left pages as the browser's own radios do (${engine})`, async () => {
    await setLocale('ar', 'rtl');
    const { group } = await setup();
    const plain = await fixture<HTMLFieldSetElement>(html`<fieldset dir="rtl">
      <input type="radio" name="p" value="1" /><input type="radio" name="p" value="2" /><input type="radio" name="p" value="3" />
    </fieldset>`);
    const next = engine === 'webkit' ? 'ArrowRight' : 'ArrowLeft';
    const plainRadios = [...plain.querySelectorAll('input')];
    plainRadios[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: next });
    expect(plainRadios[1]!.checked, `plain radios: ${next} chooses the next answer`).to.be.true;
    radios(group)[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: next });
    expect(group.value).to.equal('ung');
  });

  it('is one Tab stop per group, and Tab goes on to the next group', async () => {
    // WebKit put same-named radios of different shadow roots in one group, so Tab skipped every
    // group after the first; each group's inputs now have a name of their own.
    const form = await fixture<HTMLFormElement>(html`<form>
      <soc-radio-group name="a" label="A"><soc-radio value="1">Ett</soc-radio><soc-radio value="2">Två</soc-radio></soc-radio-group>
      <soc-radio-group name="b" label="B"><soc-radio value="1">Ett</soc-radio><soc-radio value="2">Två</soc-radio></soc-radio-group>
      <soc-text-field name="c" label="C"></soc-text-field>
    </form>`);
    const [a, b] = [...form.querySelectorAll('soc-radio-group')];
    radios(a!)[0]!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'ArrowDown' });
    expect(a!.value).to.equal('2');
    await sendKeys({ press: 'Tab' });
    expect(b!.shadowRoot!.activeElement).to.equal(radios(b!)[0]);
    await sendKeys({ press: 'Tab' });
    expect(form.querySelector<SocTextField>('soc-text-field')!.shadowRoot!.activeElement?.localName).to.equal('input');
  });

  it('reveals the follow-up question only when its answer is chosen, keeping what was typed', async () => {
    const { form, group, other } = await setup();
    expect(reveal(group).hidden).to.be.true;
    radios(group)[2]!.focus();
    await sendKeys({ press: ' ' });
    await group.updateComplete;
    expect(reveal(group).hidden).to.be.false;
    await sendKeys({ press: 'Tab' });
    expect(other.shadowRoot!.activeElement).to.equal(other.shadowRoot!.querySelector('input'));
    await sendKeys({ type: 'Mormor' });
    expect(new FormData(form).get('vem-annan')).to.equal('Mormor');
    // Choosing another answer hides the question: not submitted, not validated, but kept.
    group.focus();
    radios(group)[0]!.click();
    await group.updateComplete;
    await other.updateComplete;
    expect(reveal(group).hidden).to.be.true;
    expect(new FormData(form).has('vem-annan')).to.be.false;
    radios(group)[2]!.click();
    await new Promise((r) => setTimeout(r));
    expect(other.value).to.equal('Mormor');
    expect(new FormData(form).get('vem-annan')).to.equal('Mormor');
  });

  it('a required question in a hidden reveal does not block submitting', async () => {
    const { form, group } = await setup();
    radios(group)[0]!.click();
    await group.updateComplete;
    expect(form.checkValidity()).to.be.true;
  });

  itChromium(CDP.axTree, 'shows "Välj ett svar" only after a submit attempt, with the invalid state on the group', async () => {
    const { form, group } = await setup();
    expect(errorText(group)).to.equal('');
    form.requestSubmit();
    await group.updateComplete;
    expect(errorText(group)).to.equal('Fel: Välj ett svar: vem ansöker?');
    const node = await axFind((n) => n.role === 'radiogroup');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('Välj ett svar');
  });

  it('takes its initial answer from a checked child, resets to it, and restores state', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <soc-radio-group name="tolk" label="Behöver du tolk?" inline>
        <soc-radio value="ja">Ja</soc-radio><soc-radio value="nej" checked>Nej</soc-radio>
      </soc-radio-group></form>`);
    const group = form.querySelector('soc-radio-group')!;
    await group.updateComplete;
    expect(new FormData(form).get('tolk')).to.equal('nej');
    expect(radios(group)[1]!.checked).to.be.true;
    radios(group)[0]!.click();
    expect(new FormData(form).get('tolk')).to.equal('ja');
    form.reset();
    await group.updateComplete;
    expect(new FormData(form).get('tolk')).to.equal('nej');
    expect(radios(group)[1]!.checked).to.be.true;
    group.formStateRestoreCallback('ja');
    await group.updateComplete;
    expect(radios(group)[0]!.checked).to.be.true;
  });

  it('is disabled through a disabled fieldset and then submits nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <soc-radio-group name="x" label="X" value="a"><soc-radio value="a">A</soc-radio></soc-radio-group>
    </fieldset></form>`);
    const group = form.querySelector('soc-radio-group')!;
    await group.updateComplete;
    expect(radios(group)[0]!.disabled).to.be.true;
    expect(new FormData(form).has('x')).to.be.false;
  });

  it('follows options added later', async () => {
    const { group } = await setup();
    const extra = document.createElement('soc-radio');
    extra.setAttribute('value', 'vet-inte');
    extra.textContent = 'Jag vet inte';
    group.append(extra);
    await new Promise((r) => setTimeout(r));
    await group.updateComplete;
    expect(radios(group).length).to.equal(4);
    expect(group.shadowRoot!.querySelector('label[for="o3"]')!.textContent).to.equal('Jag vet inte');
  });

  it('shows content given to an answer later, when that answer is chosen, and never the answer’s own text twice', async () => {
    const { group } = await setup();
    const [first] = group.querySelectorAll('soc-radio');
    // The group draws its answers; one with nothing to reveal needs no shadow root of its own.
    expect(first!.shadowRoot).to.equal(null);
    const field = document.createElement('soc-text-field');
    field.setAttribute('name', 'vardnad-vem');
    field.setAttribute('label', 'Vem mer har vårdnaden?');
    first!.append(field);
    await new Promise((r) => setTimeout(r));
    await group.updateComplete;
    const area = group.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="o0"]')!;
    expect(area.classList.contains('reveal')).to.be.true;
    expect(area.hidden).to.be.true;
    radios(group)[0]!.click();
    await group.updateComplete;
    expect(area.hidden).to.be.false;
    expect(field.getBoundingClientRect().height, 'the revealed question shows').to.be.greaterThan(0);
    // The answer's text is the radio's label only: the revealed area shows the question alone.
    const shown = [...first!.shadowRoot!.querySelector('slot')!.assignedNodes()];
    expect(shown).to.deep.equal([field]);
  });
});
