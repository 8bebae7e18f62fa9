import { expect } from '@open-wc/testing';
import type { SocRadioGroup } from '../src/fields/radio-group.js';
import type { SocTextField } from '../src/fields/text-field.js';

/**
 * Back to a page with answered fields, without the back/forward cache: the browser gives every
 * form-associated field the state it saved (formStateRestoreCallback). Firefox hands the states out
 * in upgrade order, not document order (reproduced without this library), so a group could get
 * the state of the field in its revealed content.
 */
describe('restoring answers after Back', () => {
  let frame: HTMLIFrameElement;

  const loaded = () => new Promise<void>((r) => frame.addEventListener('load', () => r(), { once: true }));
  const doc = () => frame.contentDocument!;
  const defined = async () => {
    const w = frame.contentWindow! as Window & typeof globalThis;
    for (let i = 0; i < 200 && !(w.customElements.get('soc-radio-group') && w.customElements.get('soc-text-field')); i++)
      await new Promise((r) => setTimeout(r, 25));
    await (doc().querySelector('soc-radio-group') as SocRadioGroup).updateComplete;
    await new Promise((r) => setTimeout(r, 50));
  };

  beforeEach(async () => {
    frame = document.createElement('iframe');
    const first = loaded();
    frame.src = new URL('./pages/restore.html', import.meta.url).href;
    document.body.append(frame);
    await first;
    await defined();
  });
  afterEach(() => frame.remove());

  it('gives the radio group its answer and the revealed field its text', async () => {
    const group = doc().querySelector('soc-radio-group') as SocRadioGroup;
    const radios = [...group.shadowRoot!.querySelectorAll('input')];
    radios[1]!.click();
    await group.updateComplete;
    const relation = doc().querySelector('soc-text-field[name=relation]') as SocTextField;
    const namn = doc().querySelector('soc-text-field[name=namn]') as SocTextField;
    for (const [field, text] of [[relation, 'Granne'], [namn, 'Anna Berg']] as const) {
      const input = field.shadowRoot!.querySelector('input')!;
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await field.updateComplete;
    }
    const away = loaded();
    frame.contentWindow!.location.href = new URL('./pages/leave.html', import.meta.url).href;
    await away;
    const back = loaded();
    frame.contentWindow!.history.back();
    await back;
    await defined();
    const form = doc().querySelector('form')!;
    const data = Object.fromEntries(new FormData(form));
    expect(data).to.deep.equal({ vem: 'annan', relation: 'Granne', namn: 'Anna Berg' });
    // The revealed question is shown again, the answer still controls it and is described by it,
    // and nothing is announced (the page, not the user, chose the answer).
    const restored = doc().querySelector('soc-radio-group') as SocRadioGroup;
    const root = restored.shadowRoot!;
    const chosen = root.querySelectorAll('input')[1]!;
    const area = root.getElementById(chosen.getAttribute('aria-controls') ?? '');
    expect(area?.hidden).to.equal(false);
    expect(root.getElementById(chosen.getAttribute('aria-describedby') ?? '')?.textContent).to.equal('Vem är du för personen?');
    expect([...root.querySelectorAll('[aria-live]')].map((r) => r.textContent).join('')).to.equal('');
  });

  it('ignores a restored state that is not one of its answers (another field’s)', async () => {
    const group = doc().querySelector('soc-radio-group') as SocRadioGroup;
    group.formStateRestoreCallback('annan');
    group.formStateRestoreCallback('Granne');
    await group.updateComplete;
    expect(group.value).to.equal('annan');
    expect(group.shadowRoot!.querySelectorAll('input')[1]!.checked).to.be.true;
  });
});
