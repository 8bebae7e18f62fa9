import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/checkbox-group.js';
import '../src/fields/text-field.js';
import type { SocCheckbox } from '../src/fields/checkbox.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind, axFindAll } from './helpers/a11y.js';
import { nextTask as settle } from './helpers/dom.js';
import { CDP, itChromium } from './helpers/engine.js';

const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const errorText = (el: Element) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const groupForm = html`<form>
  <soc-checkbox-group name="kontakt" label="Vilka får socialtjänsten kontakta?" hint="Välj alla som stämmer" required>
    <soc-checkbox value="skola">Skolan</soc-checkbox>
    <soc-checkbox value="forskola" checked>Förskolan</soc-checkbox>
    <soc-checkbox value="annan">
      Någon annan
      <soc-text-field name="kontakt-annan" label="Vem?" required></soc-text-field>
    </soc-checkbox>
  </soc-checkbox-group>
</form>`;

describe('<soc-checkbox-group>', () => {
  it('is accessible in every state and locale', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const form = await fixture<HTMLFormElement>(groupForm);
      const group = form.querySelector('soc-checkbox-group')!;
      await expect(form).to.be.accessible();
      group.values = [];
      group.showValidation();
      await settle();
      await expect(form).to.be.accessible();
      group.values = ['annan'];
      await settle();
      await expect(form).to.be.accessible();
    }
  });

  it('submits every checked value under the group name, chosen with the keyboard', async () => {
    const form = await fixture<HTMLFormElement>(groupForm);
    const group = form.querySelector('soc-checkbox-group')!;
    expect(new FormData(form).getAll('kontakt')).to.deep.equal(['forskola']);
    group.focus();
    await sendKeys({ press: ' ' });
    await settle();
    expect(new FormData(form).getAll('kontakt')).to.deep.equal(['skola', 'forskola']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await settle();
    expect(new FormData(form).getAll('kontakt')).to.deep.equal(['skola']);
    expect(group.values).to.deep.equal(['skola']);
  });

  it('reveals the follow-up field when its box is checked; hidden, it neither submits nor blocks', async () => {
    const form = await fixture<HTMLFormElement>(groupForm);
    const group = form.querySelector('soc-checkbox-group')!;
    const other = form.querySelector('soc-text-field')!;
    const reveal = group.shadowRoot!.querySelector<HTMLElement>('.reveal')!;
    expect(reveal.hidden).to.be.true;
    expect(form.checkValidity()).to.be.true;
    boxes(group)[2]!.click();
    await settle();
    expect(reveal.hidden).to.be.false;
    expect(form.checkValidity()).to.be.false;
    other.focus();
    await sendKeys({ type: 'Fritids' });
    expect(new FormData(form).get('kontakt-annan')).to.equal('Fritids');
    boxes(group)[2]!.click();
    await settle();
    expect(new FormData(form).has('kontakt-annan')).to.be.false;
    expect(other.value).to.equal('Fritids');
  });

  itChromium(CDP.axTree, 'requires at least one answer, says so after submit, and resets to the checked defaults', async () => {
    const form = await fixture<HTMLFormElement>(groupForm);
    const group = form.querySelector('soc-checkbox-group')!;
    boxes(group)[1]!.click();
    await settle();
    expect(errorText(group)).to.equal('');
    form.requestSubmit();
    await settle();
    expect(errorText(group)).to.equal('Fel: Välj minst ett svar: vilka får socialtjänsten kontakta?');
    const checkboxes = await axFindAll((n) => n.role === 'checkbox');
    expect(checkboxes.map((n) => n.invalid)).to.deep.equal(['true', 'true', 'true']);
    const groupNode = await axFind((n) => n.role === 'group' && n.name.startsWith('Vilka'));
    expect(groupNode?.description).to.contain('Välj minst ett svar');
    form.reset();
    await settle();
    expect(new FormData(form).getAll('kontakt')).to.deep.equal(['forskola']);
    expect(boxes(group).map((b) => b.checked)).to.deep.equal([false, true, false]);
    expect(errorText(group)).to.equal('');
  });
});

describe('<soc-checkbox> alone (consent)', () => {
  const consent = html`<form>
    <soc-checkbox name="samtycke" value="ja" required hint="Du kan ta tillbaka ditt samtycke när du vill">
      Jag samtycker till att socialtjänsten kontaktar skolan
    </soc-checkbox>
  </form>`;

  it('is accessible unchecked, invalid and checked in every locale', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const form = await fixture<HTMLFormElement>(consent);
      const box = form.querySelector<SocCheckbox>('soc-checkbox')!;
      await expect(form).to.be.accessible();
      box.showValidation();
      await box.updateComplete;
      expect(errorText(box)).to.not.equal('');
      await expect(form).to.be.accessible();
      box.checked = true;
      await box.updateComplete;
      await expect(form).to.be.accessible();
    }
  });

  itChromium(CDP.axTree, 'is named by its text, says it is required, and submits its value when ticked with Space', async () => {
    const form = await fixture<HTMLFormElement>(consent);
    const box = form.querySelector<SocCheckbox>('soc-checkbox')!;
    const node = await axFind((n) => n.role === 'checkbox');
    expect(node?.name).to.equal('Jag samtycker till att socialtjänsten kontaktar skolan (måste fyllas i)');
    expect(node?.description).to.equal('Du kan ta tillbaka ditt samtycke när du vill');
    expect(new FormData(form).has('samtycke')).to.be.false;
    form.requestSubmit();
    await box.updateComplete;
    expect(errorText(box)).to.equal('Fel: Kryssa i rutan för att gå vidare.');
    box.focus();
    await sendKeys({ press: ' ' });
    await box.updateComplete;
    expect(new FormData(form).get('samtycke')).to.equal('ja');
    expect(errorText(box)).to.equal('');
    form.reset();
    await box.updateComplete;
    expect(new FormData(form).has('samtycke')).to.be.false;
    expect(boxes(box)[0]!.checked).to.be.false;
  });

  itChromium(CDP.axTree, 'draws its own checkbox when moved out of a group, and leaves it to the group when moved back', async () => {
    const form = await fixture<HTMLFormElement>(groupForm);
    const group = form.querySelector('soc-checkbox-group')!;
    const box = form.querySelector<SocCheckbox>('soc-checkbox[value="skola"]')!;
    await box.updateComplete;
    expect(boxes(box).length, 'in a group, the group draws it').to.equal(0);
    form.append(box);
    await box.updateComplete;
    expect(boxes(box).length, 'alone, it draws itself').to.equal(1);
    expect((await axFindAll((n) => n.role === 'checkbox' && n.name === 'Skolan')).length).to.equal(1);
    group.prepend(box);
    await box.updateComplete;
    await (group as unknown as SocCheckbox).updateComplete;
    expect((await axFindAll((n) => n.role === 'checkbox' && n.name === 'Skolan')).length, 'one checkbox, not two').to.equal(1);
  });
});
