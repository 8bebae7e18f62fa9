import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/fields/text-field.js';
import type { SocTextField } from '../src/fields/text-field.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { CDP, itChromium } from './helpers/engine.js';

const inner = (el: SocTextField) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: SocTextField) => el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function formWith(tpl: unknown) {
  const form = await fixture<HTMLFormElement>(html`<form>${tpl}<button>Skicka</button></form>`);
  return { form, field: form.querySelector('soc-text-field')! };
}

describe('<soc-text-field>', () => {
  it('is accessible in every state and locale', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const empty = await fixture<SocTextField>(html`<soc-text-field name="a" label="Förnamn"></soc-text-field>`);
      await expect(empty).to.be.accessible();
      const hinted = await fixture<SocTextField>(
        html`<soc-text-field name="a" label="Personnummer" hint="10 eller 12 siffror" format="personnummer" required value="811218-9876"></soc-text-field>`,
      );
      await expect(hinted).to.be.accessible();
      const invalid = await fixture<SocTextField>(html`<soc-text-field name="a" label="Postnummer" format="postnummer" value="12"></soc-text-field>`);
      invalid.showValidation();
      await invalid.updateComplete;
      expect(errorText(invalid)).to.not.equal('');
      await expect(invalid).to.be.accessible();
      const disabled = await fixture<SocTextField>(html`<soc-text-field name="a" label="E-post" type="email" disabled></soc-text-field>`);
      await expect(disabled).to.be.accessible();
    }
  });

  it('submits the normalized personnummer and shows the tidy form after the user leaves', async () => {
    const { form, field } = await formWith(
      html`<soc-text-field name="pnr" label="Personnummer" format="personnummer" required></soc-text-field>`,
    );
    field.focus();
    await sendKeys({ type: '811218 9876' });
    const changed = oneEvent(field, 'change');
    await sendKeys({ press: 'Tab' });
    await changed;
    await field.updateComplete;
    expect(new FormData(form).get('pnr')).to.equal('198112189876');
    expect(inner(field).value).to.equal('19811218-9876');
    expect(field.checkValidity()).to.be.true;
  });

  it('does not show an error while the first value is typed, only after leaving the field', async () => {
    const { field } = await formWith(
      html`<soc-text-field name="pnr" label="Personnummer" format="personnummer"></soc-text-field>`,
    );
    field.focus();
    await sendKeys({ type: '811218-98' });
    await field.updateComplete;
    expect(errorText(field)).to.equal('');
    expect(inner(field).getAttribute('aria-invalid')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(errorText(field)).to.contain('10 eller 12 siffror');
    expect(inner(field).getAttribute('aria-invalid')).to.equal('true');
  });

  it('says when the check digit is wrong, and clears the error once it is fixed', async () => {
    const { form, field } = await formWith(
      html`<soc-text-field name="pnr" label="Personnummer" format="personnummer"></soc-text-field>`,
    );
    field.focus();
    await sendKeys({ type: '811218-9877' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(errorText(field)).to.contain('stämmer inte');
    expect(field.validity.valid).to.be.false;
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '6' });
    await field.updateComplete;
    expect(field.validity.valid).to.be.true;
    expect(errorText(field)).to.equal('');
    expect(new FormData(form).get('pnr')).to.equal('198112189876');
  });

  it('shows the required error on submit and focuses the field, without the browser bubble', async () => {
    const { form, field } = await formWith(html`<soc-text-field name="namn" label="Förnamn" required></soc-text-field>`);
    let submitted = false;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    await field.updateComplete;
    expect(submitted).to.be.false;
    expect(errorText(field)).to.equal('Fel: Fyll i förnamn.');
    expect(field.shadowRoot!.activeElement).to.equal(inner(field));
  });

  itChromium(CDP.axTree, 'has the right name, description, required and invalid state in the accessibility tree', async () => {
    const { field } = await formWith(
      html`<soc-text-field name="post" label="Postnummer" hint="Fem siffror" format="postnummer" required></soc-text-field>`,
    );
    field.focus();
    await sendKeys({ type: '1234' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    const node = await axFind((n) => n.role === 'textbox');
    expect(node?.name).to.equal('Postnummer (måste fyllas i)');
    expect(node?.description).to.contain('Fem siffror');
    expect(node?.description).to.contain('Skriv postnumret med 5 siffror');
    expect(node?.invalid).to.equal('true');
    expect(node?.required).to.be.true;
  });

  it('submits its form with Enter through the default button, like a native input', async () => {
    const { form, field } = await formWith(html`<soc-text-field name="namn" label="Namn"></soc-text-field>`);
    const submitted: (HTMLElement | null)[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push(e.submitter);
    });
    field.focus();
    await sendKeys({ type: 'Alva' });
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.deep.equal([form.querySelector('button')]);
    expect(new FormData(form).get('namn')).to.equal('Alva');
    form.querySelector('button')!.disabled = true;
    await sendKeys({ press: 'Enter' });
    expect(submitted.length, 'a disabled default button blocks implicit submission').to.equal(1);
  });

  it('does not end a question label in "?." in the required message', async () => {
    const { form, field } = await formWith(html`<soc-text-field name="h" label="Vad vill du ha hjälp med?" required></soc-text-field>`);
    form.requestSubmit();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Fel: Fyll i vad vill du ha hjälp med.');
  });

  it('speaks English and Arabic when the page does, and switches live', async () => {
    const { field } = await formWith(html`<soc-text-field name="namn" label="Name" required></soc-text-field>`);
    field.showValidation();
    await setLocale('en');
    await field.updateComplete;
    expect(errorText(field)).to.equal('Error: Enter name.');
    await setLocale('ar', 'rtl');
    await field.updateComplete;
    expect(errorText(field)).to.match(/[\u0600-\u06FF]/);
    expect(field.validationMessage).to.match(/[\u0600-\u06FF]/);
  });

  it('resets to its default value and forgets the error', async () => {
    const { form, field } = await formWith(html`<soc-text-field name="t" label="Telefon" format="phone" value="070-123 45 67"></soc-text-field>`);
    expect(new FormData(form).get('t')).to.equal('+46701234567');
    field.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(errorText(field)).to.not.equal('');
    form.reset();
    await field.updateComplete;
    expect(inner(field).value).to.equal('070-123 45 67');
    expect(errorText(field)).to.equal('');
    expect(new FormData(form).get('t')).to.equal('+46701234567');
  });

  it('is disabled by a disabled fieldset and then not submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset disabled><soc-text-field name="a" label="A" value="x" required></soc-text-field></fieldset></form>`,
    );
    const field = form.querySelector('soc-text-field')!;
    await field.updateComplete;
    expect(inner(field).disabled).to.be.true;
    expect(new FormData(form).has('a')).to.be.false;
    form.querySelector('fieldset')!.disabled = false;
    await field.updateComplete;
    expect(inner(field).disabled).to.be.false;
    expect(new FormData(form).get('a')).to.equal('x');
  });

  it('restores typed text through formStateRestoreCallback', async () => {
    const { form, field } = await formWith(html`<soc-text-field name="p" label="Post" format="postnummer"></soc-text-field>`);
    field.formStateRestoreCallback('123 45');
    await field.updateComplete;
    expect(inner(field).value).to.equal('123 45');
    expect(new FormData(form).get('p')).to.equal('12345');
  });

  it('forwards autocomplete and sets the keyboard for the format', async () => {
    const { field } = await formWith(html`<soc-text-field name="p" label="Post" format="postnummer" autocomplete="postal-code"></soc-text-field>`);
    expect(inner(field).getAttribute('autocomplete')).to.equal('postal-code');
    expect(inner(field).getAttribute('inputmode')).to.equal('numeric');
  });

  it('keeps text over the length limit and flags it', async () => {
    const { form, field } = await formWith(html`<soc-text-field name="n" label="Namn" maxlength="5"></soc-text-field>`);
    field.focus();
    await sendKeys({ type: 'Abcdefg' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(inner(field).value).to.equal('Abcdefg');
    expect(field.validity.tooLong).to.be.true;
    expect(errorText(field)).to.equal('Fel: Texten är för lång. Skriv högst 5 tecken.');
    expect(new FormData(form).get('n')).to.equal('Abcdefg');
  });
});
