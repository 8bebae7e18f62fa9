import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/checkbox-group.js';
import '../src/fields/text-field.js';
import type { SocCheckbox } from '../src/fields/checkbox.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind, axFindAll, type AXNode } from './helpers/a11y.js';
import { nextTask as settle } from './helpers/dom.js';
import { CDP, itChromium } from './helpers/engine.js';

// An answer in a group with nothing to reveal has no shadow root: the group draws it.
const boxes = (el: Element) => [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
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

describe('<soc-checkbox-group> with an exclusive answer', () => {
  const supportForm = html`<form>
    <soc-checkbox-group name="stod" label="Vilket stöd har du i dag?">
      <soc-checkbox value="boende">Boendestöd</soc-checkbox>
      <soc-checkbox value="hemtjanst">Hemtjänst</soc-checkbox>
      <soc-checkbox value="inget" exclusive>Inget av detta</soc-checkbox>
    </soc-checkbox-group>
  </form>`;
  const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
  const said = {
    sv: { or: 'eller', others: 'Dina andra val togs bort.', exclusive: 'Valet Inget av detta togs bort.' },
    en: { or: 'or', others: 'Your other answers were removed.', exclusive: 'The answer Inget av detta was removed.' },
    ar: { or: 'أو', others: 'أُزيلت اختياراتك الأخرى.', exclusive: 'أُزيل الاختيار Inget av detta.' },
  } as const;

  it('unchecks the others when it is checked and is unchecked by them, with the keyboard alone, and says so — in sv, en, ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      // Exact words in sv, en and ar; any other language says something of its own (not the
      // Swedish), and names the exclusive answer as its label is written.
      const exact = (said as Record<string, Record<keyof (typeof said)['sv'], string> | undefined>)[lang];
      const says = (got: string, key: keyof (typeof said)['sv']) => {
        if (exact) expect(got).to.equal(exact[key]);
        else expect(got, `${lang} ${key}`).to.be.a('string').that.is.not.oneOf(['', said.sv[key]]);
      };
      const form = await fixture<HTMLFormElement>(supportForm);
      const group = form.querySelector('soc-checkbox-group')!;
      // The "eller" line stands between the ordinary answers and the exclusive one.
      const divider = group.shadowRoot!.querySelector('[part~="divider"]')!;
      says(divider.textContent!, 'or');
      expect(divider.nextElementSibling!.querySelector('label')!.textContent).to.equal('Inget av detta');
      expect(live(group), 'nothing said yet').to.equal('');

      group.focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await settle();
      expect(new FormData(form).getAll('stod')).to.deep.equal(['boende', 'hemtjanst']);
      expect(live(group)).to.equal('');

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await settle();
      expect(new FormData(form).getAll('stod'), `${lang}: the exclusive answer alone`).to.deep.equal(['inget']);
      expect(boxes(group).map((b) => b.checked)).to.deep.equal([false, false, true]);
      says(live(group), 'others');
      await expect(form).to.be.accessible();

      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: ' ' });
      await settle();
      expect(new FormData(form).getAll('stod')).to.deep.equal(['hemtjanst']);
      expect(boxes(group).map((b) => b.checked)).to.deep.equal([false, true, false]);
      says(live(group), 'exclusive');
      expect(live(group)).to.contain('Inget av detta');
      await expect(form).to.be.accessible();
    }
  });

  it('says nothing when nothing was taken away; a script may set any values', async () => {
    const form = await fixture<HTMLFormElement>(supportForm);
    const group = form.querySelector('soc-checkbox-group')!;
    boxes(group)[2]!.click();
    await settle();
    expect(group.values).to.deep.equal(['inget']);
    expect(live(group), 'no other answer was checked').to.equal('');
    boxes(group)[2]!.click();
    await settle();
    expect(group.values).to.deep.equal([]);
    expect(live(group)).to.equal('');
    group.values = ['boende', 'inget'];
    await settle();
    expect(new FormData(form).getAll('stod')).to.deep.equal(['boende', 'inget']);
  });

  itChromium(CDP.axTree, 'is one more checkbox of the group, named by its text, after the text "eller"', async () => {
    const form = await fixture<HTMLFormElement>(supportForm);
    const group = form.querySelector('soc-checkbox-group')!;
    const node = await axFind((n) => n.role === 'group' && n.name === 'Vilket stöd har du i dag?');
    const names = (n: AXNode): string[] => [n.role === 'checkbox' ? `checkbox ${n.name}` : n.role === 'StaticText' ? n.name : '', ...(n.children ?? []).flatMap(names)].filter(Boolean);
    expect(names(node!).filter((x) => x.startsWith('checkbox') || x === 'eller')).to.deep.equal([
      'checkbox Boendestöd',
      'checkbox Hemtjänst',
      'eller',
      'checkbox Inget av detta',
    ]);
    expect(group.shadowRoot!.querySelector('[aria-live="polite"]')).to.not.equal(null);
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
