// Issue 18: `input` carries the new value on every field, so a plain `input` listener and Vue's
// v-model (which listens to `input` and reads `value` or `checked`) never lag one choice behind.
// Every change is made with real key presses; the listeners read the field in the event itself.
import { expect, fixture, html } from '@open-wc/testing';
import { createApp, nextTick, ref } from 'vue/dist/vue.esm-browser.prod.js';
import { sendKeys } from './helpers/commands.js';
import { chooseRadio, fill, tabToField } from './helpers/keyboard.js';
import '../src/fields/radio-group.js';
import '../src/fields/checkbox-group.js';
import '../src/fields/checkbox.js';
import '../src/fields/text-field.js';
import '../src/fields/textarea.js';
import '../src/fields/select.js';
import '../src/fields/date-input.js';

type Field = HTMLElement & { value: string; values?: string[]; checked?: boolean; name: string };

/** Every `input` and `change` event on the form, with the field's value (or checked state) read at that moment. */
function record(form: HTMLElement): string[] {
  const seen: string[] = [];
  for (const type of ['input', 'change']) {
    form.addEventListener(type, (e) => {
      const el = e.target as Field;
      if (!el.localName.startsWith('soc-')) return;
      const now = el.localName === 'soc-checkbox' ? String(el.checked) : el.values ? el.values.join('+') : el.value;
      seen.push(`${type} ${el.name}=${now}`);
    });
  }
  return seen;
}

describe('input events carry the new value', () => {
  it('radio group, checkbox group and a lone checkbox: input and change both see the new answer (keyboard)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <soc-radio-group name="tolk" label="Behöver du tolk?">
        <soc-radio value="ja">Ja</soc-radio>
        <soc-radio value="nej">Nej</soc-radio>
      </soc-radio-group>
      <soc-checkbox-group name="stod" label="Vilket stöd?">
        <soc-checkbox value="samtal">Samtal</soc-checkbox>
        <soc-checkbox value="boende">Boende</soc-checkbox>
      </soc-checkbox-group>
      <soc-checkbox name="samtycke">Jag har läst informationen</soc-checkbox>
    </form>`);
    const seen = record(form);
    await chooseRadio('tolk', 1); // Space chooses "ja", ArrowDown "nej"
    await tabToField('stod');
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await tabToField('samtycke');
    await sendKeys({ press: ' ' });
    expect(seen).to.deep.equal([
      'input tolk=ja',
      'change tolk=ja',
      'input tolk=nej',
      'change tolk=nej',
      'input stod=samtal',
      'change stod=samtal',
      'input stod=samtal+boende',
      'change stod=samtal+boende',
      'input samtycke=true',
      'change samtycke=true',
    ]);
  });

  it('text field, textarea, select and date input: each input sees what was typed so far', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <soc-text-field name="namn" label="Namn"></soc-text-field>
      <soc-textarea name="text" label="Beskriv"></soc-textarea>
      <soc-select name="kommun" label="Kommun">
        <option value="a">Arboga</option>
        <option value="b">Borås</option>
      </soc-select>
      <soc-date-input name="datum" label="Datum"></soc-date-input>
    </form>`);
    const seen = record(form);
    await fill('namn', 'Al');
    await fill('text', 'Hej');
    await tabToField('kommun');
    await sendKeys({ press: 'ArrowDown' });
    await fill('datum', '3');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2027' });
    const inputs = seen.filter((s) => s.startsWith('input'));
    expect(inputs.slice(0, 5)).to.deep.equal(['input namn=A', 'input namn=Al', 'input text=H', 'input text=He', 'input text=Hej']);
    expect(inputs.find((s) => s.startsWith('input kommun'))).to.match(/^input kommun=[ab]$/);
    expect(inputs.at(-1)).to.equal('input datum=2027-01-03');
  });

  // v-model on a custom element is Vue's text model (it reads `value` in `input`); a lone checkbox
  // is bound the way Vue documents it for custom elements: `:checked` and an `input` handler.
  it("Vue 3: v-model on soc-radio-group and an input-bound soc-checkbox hold the chosen answer at once, not the one before", async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const tolk = ref('');
    const samtycke = ref(false);
    const app = createApp({
      setup: () => ({ tolk, samtycke }),
      template: `<form>
        <soc-radio-group name="tolk" label="Behöver du tolk?" v-model="tolk">
          <soc-radio value="ja">Ja</soc-radio>
          <soc-radio value="nej">Nej</soc-radio>
        </soc-radio-group>
        <soc-checkbox name="samtycke" :checked="samtycke" @input="samtycke = $event.target.checked">Jag har läst informationen</soc-checkbox>
        <output id="shown">{{ tolk }} {{ samtycke }}</output>
      </form>`,
    });
    app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('soc-');
    app.mount(host);
    try {
      await nextTick();
      await chooseRadio('tolk', 0);
      await nextTick();
      expect(tolk.value).to.equal('ja');
      await sendKeys({ press: 'ArrowDown' });
      await nextTick();
      expect(tolk.value).to.equal('nej');
      await tabToField('samtycke');
      await sendKeys({ press: ' ' });
      await nextTick();
      expect(samtycke.value).to.equal(true);
      expect(host.querySelector('#shown')!.textContent).to.equal('nej true');
    } finally {
      app.unmount();
    }
  });
});
