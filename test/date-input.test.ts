import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/index.js';
import type { SocDateInput } from '../src/fields/date-input.js';
import type { SocErrorSummary } from '../src/patterns/error-summary.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { CDP, engine, itChromium } from './helpers/engine.js';
import { executeServerCommand } from './helpers/commands.js';
import { nextTask as settle } from './helpers/dom.js';
import { localToday } from '../src/schemas/date.js';

const box = (el: SocDateInput, part: 'day' | 'month' | 'year') => el.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
const boxes = (el: SocDateInput) => (['day', 'month', 'year'] as const).map((p) => box(el, p).value);
const marked = (el: SocDateInput) =>
  (['day', 'month', 'year'] as const).filter((p) => box(el, p).getAttribute('aria-invalid') === 'true');
const errorText = (el: SocDateInput) =>
  el.shadowRoot!.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function formWith(tpl: unknown) {
  const form = await fixture<HTMLFormElement>(html`<form>${tpl}<button>Skicka</button></form>`);
  form.addEventListener('submit', (e) => e.preventDefault());
  const field = form.querySelector('soc-date-input')!;
  await field.updateComplete;
  return { form, field };
}

/** Types into the three boxes with Tab between them, then Tab out of the field. */
async function typeDate(field: SocDateInput, day: string, month: string, year: string) {
  field.focus();
  for (const [i, text] of [day, month, year].entries()) {
    if (i) await sendKeys({ press: 'Tab' });
    if (text) await sendKeys({ type: text });
  }
  await sendKeys({ press: 'Tab' });
  await settle();
  await field.updateComplete;
}

const PAGE = (tpl: unknown) => html`<div>${tpl}<button>Efter</button></div>`;

describe('<soc-date-input>', () => {
  afterEach(async () => {
    if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
  });

  // One test per language: WebKit's key actions are slow on a busy machine, and a test past its
  // timeout keeps pressing keys into the next one.
  for (const { lang, dir } of LOCALES) {
    it(`is accessible empty, with hint, with an error from a server and disabled (${lang})`, async () => {
      await setLocale(lang, dir);
      for (const tpl of [
        html`<soc-date-input name="d" label="Födelsedatum"></soc-date-input>`,
        html`<soc-date-input name="d" label="Födelsedatum" hint="Till exempel 27 3 2007" required autocomplete="bday"></soc-date-input>`,
        html`<soc-date-input name="d" label="Födelsedatum" error="Datumet stämmer inte med folkbokföringen."></soc-date-input>`,
        html`<soc-date-input name="d" label="Födelsedatum" disabled value="2007-03-27"></soc-date-input>`,
      ]) {
        const el = await fixture<SocDateInput>(tpl);
        await expect(el).to.be.accessible();
      }
    });

    it(`is accessible with only the month marked wrong (${lang})`, async () => {
      await setLocale(lang, dir);
      const wrong = await fixture<SocDateInput>(html`<soc-date-input name="d" label="Födelsedatum"></soc-date-input>`);
      wrong.formStateRestoreCallback(JSON.stringify(['3', '13', '2007']));
      wrong.showValidation();
      await wrong.updateComplete;
      expect(marked(wrong)).to.deep.equal(['month']);
      await expect(wrong).to.be.accessible();
    });
  }

  it('takes "3", "03" and spaces typed box by box and submits YYYY-MM-DD; input carries the new value', async () => {
    const { form, field } = await formWith(html`<soc-date-input name="fodd" label="Födelsedatum" required></soc-date-input>`);
    const seen: string[] = [];
    field.addEventListener('input', () => seen.push(field.value));
    const changed = oneEvent(form, 'change');
    await typeDate(field, '3', '03', ' 2007 ');
    expect((await changed).composed).to.be.true;
    expect(field.value).to.equal('2007-03-03');
    expect(seen.at(-1)).to.equal('2007-03-03');
    // While the year was being typed the date was incomplete: no value.
    expect(seen[0]).to.equal('');
    expect(new FormData(form).get('fodd')).to.equal('2007-03-03');
    expect(field.checkValidity()).to.be.true;
    // What the user typed stays as typed.
    expect(boxes(field)).to.deep.equal(['3', '03', ' 2007 ']);
  });

  it('shows no error while moving between the boxes, only after leaving the field', async () => {
    const { field } = await formWith(PAGE(html`<soc-date-input name="d" label="Datum"></soc-date-input>`));
    field.focus();
    await sendKeys({ type: '12' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(errorText(field)).to.equal('');
    expect(field.shadowRoot!.activeElement).to.equal(box(field, 'year'));
    await sendKeys({ press: 'Tab' });
    await field.updateComplete;
    expect(errorText(field)).to.equal('Fel: Skriv hela datumet: dag, månad och år.');
    expect(marked(field)).to.deep.equal(['month', 'year']);
  });

  const CASES: [string, string, string, string, string[]][] = [
    ['3', '4', '', 'Datumet måste ha ett år.', ['year']],
    ['', '4', '2007', 'Datumet måste ha en dag.', ['day']],
    ['3', '13', '2007', 'Skriv en riktig månad, 1–12.', ['month']],
    ['3', '4', '07', 'Skriv året med fyra siffror, till exempel 1985.', ['year']],
    ['30', '2', '2024', 'Skriv en riktig dag, 1–29.', ['day']],
    ['29', '2', '2023', 'Skriv en riktig dag, 1–28.', ['day']],
    ['31', '4', '2023', 'Skriv en riktig dag, 1–30.', ['day']],
    ['32', '13', '2023', 'Skriv ett riktigt datum med siffror, till exempel 27 3 2007.', ['day', 'month']],
  ];
  for (const [d, m, y, message, parts] of CASES) {
    it(`marks only the wrong box and says which it is: "${d}" "${m}" "${y}"`, async () => {
      const { form, field } = await formWith(html`<soc-date-input name="d" label="Datum"></soc-date-input>`);
      await typeDate(field, d, m, y);
      expect(errorText(field)).to.equal(`Fel: ${message}`);
      expect(marked(field)).to.deep.equal(parts);
      expect(new FormData(form).get('d')).to.equal('');
    });
  }

  it('takes 29 februari in a leap year', async () => {
    const { form, field } = await formWith(html`<soc-date-input name="d" label="Datum"></soc-date-input>`);
    await typeDate(field, '29', '2', '2024');
    expect(errorText(field)).to.equal('');
    expect(new FormData(form).get('d')).to.equal('2024-02-29');
  });

  it('checks past/future and min/max and then marks the whole date', async () => {
    const t = localToday();
    const next = `${+t.slice(0, 4) + 1}`;
    const { form, field } = await formWith(html`<soc-date-input name="d" label="Födelsedatum" rule="past"></soc-date-input>`);
    await typeDate(field, '1', '1', next);
    expect(errorText(field)).to.equal('Fel: Datumet kan inte vara senare än i dag.');
    expect(marked(field)).to.deep.equal(['day', 'month', 'year']);
    expect(new FormData(form).get('d')).to.equal('');
    field.rule = 'future';
    await field.updateComplete;
    expect(errorText(field)).to.equal('');
    const [d, m, y] = [+t.slice(8), +t.slice(5, 7), t.slice(0, 4)];
    field.value = t;
    await field.updateComplete;
    expect(boxes(field)).to.deep.equal([String(d), String(m), y]);
    expect(field.checkValidity(), 'today counts as the future rule allows').to.be.true;

    const bounded = await formWith(
      html`<soc-date-input name="d" label="Datum" min="2020-01-01" max="2020-12-31" value="2019-12-31"></soc-date-input>`,
    );
    bounded.field.showValidation();
    await bounded.field.updateComplete;
    expect(errorText(bounded.field)).to.equal('Fel: Skriv ett datum som är 1 januari 2020 eller senare.');
    bounded.field.value = '2021-01-01';
    await bounded.field.updateComplete;
    expect(errorText(bounded.field)).to.equal('Fel: Skriv ett datum som är 31 december 2020 eller tidigare.');
  });

  it('says "Fyll i" for a required empty date on submit and focuses the day box', async () => {
    const { form, field } = await formWith(html`<soc-date-input name="d" label="Födelsedatum" required></soc-date-input>`);
    form.requestSubmit();
    await settle();
    await field.updateComplete;
    expect(errorText(field)).to.equal('Fel: Fyll i födelsedatum.');
    expect(marked(field)).to.deep.equal(['day', 'month', 'year']);
    expect(field.shadowRoot!.activeElement).to.equal(box(field, 'day'));
  });

  it('gives the boxes bday-day, bday-month, bday-year and a numeric keyboard', async () => {
    const { field } = await formWith(html`<soc-date-input name="d" label="Födelsedatum" autocomplete="bday"></soc-date-input>`);
    expect(['day', 'month', 'year'].map((p) => box(field, p as 'day').getAttribute('autocomplete'))).to.deep.equal([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    expect(box(field, 'year').getAttribute('inputmode')).to.equal('numeric');
  });

  itChromium(CDP.axTree, 'is a group named by its legend with the hint as description, each box named', async () => {
    const { field } = await formWith(html`<soc-date-input name="d" label="Födelsedatum" hint="Till exempel 27 3 2007"></soc-date-input>`);
    await typeDate(field, '3', '', '2007');
    const group = await axFind((n) => n.role === 'group' && n.name === 'Födelsedatum');
    expect(group?.description).to.contain('Till exempel 27 3 2007');
    expect(group?.description).to.contain('Datumet måste ha en månad.');
    const month = await axFind((n) => n.role === 'textbox' && n.name === 'Månad');
    expect(month?.invalid).to.equal('true');
    const day = await axFind((n) => n.role === 'textbox' && n.name === 'Dag');
    expect(day?.invalid ?? 'false').to.equal('false');
  });

  it('is listed by soc-error-summary, whose link moves focus to the first wrong box', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-error-summary for="f"></soc-error-summary>
      <form id="f"><soc-date-input name="d" label="Födelsedatum"></soc-date-input><button>Skicka</button></form>
    </div>`);
    const form = root.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    const field = form.querySelector('soc-date-input')!;
    await settle();
    await typeDate(field, '3', '14', '2007');
    form.requestSubmit();
    await settle();
    const summary = root.querySelector<SocErrorSummary>('soc-error-summary')!;
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent!.trim()).to.equal('Skriv en riktig månad, 1–12.');
    link.click();
    expect(document.activeElement).to.equal(field);
    expect(field.shadowRoot!.activeElement).to.equal(box(field, 'month'));
  });

  it('resets to its default, restores typed boxes, is disabled by a fieldset and then not submitted', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset><soc-date-input name="d" label="Datum" value="2007-03-27"></soc-date-input></fieldset></form>`,
    );
    const field = form.querySelector('soc-date-input')!;
    await field.updateComplete;
    expect(boxes(field)).to.deep.equal(['27', '3', '2007']);
    expect(new FormData(form).get('d')).to.equal('2007-03-27');
    field.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await field.updateComplete;
    expect(field.value).to.equal('');
    form.reset();
    await field.updateComplete;
    expect(boxes(field)).to.deep.equal(['27', '3', '2007']);
    field.formStateRestoreCallback(JSON.stringify(['5', '06', '']));
    await field.updateComplete;
    expect(boxes(field)).to.deep.equal(['5', '06', '']);
    field.formStateRestoreCallback('1999-12-24');
    await field.updateComplete;
    expect(boxes(field)).to.deep.equal(['24', '12', '1999']);
    form.querySelector('fieldset')!.disabled = true;
    await field.updateComplete;
    expect(box(field, 'day').disabled).to.be.true;
    expect(new FormData(form).has('d')).to.be.false;
  });

  it('speaks English and Arabic, takes Arabic-Indic digits, and runs right to left', async () => {
    await setLocale('en');
    const { form, field } = await formWith(html`<soc-date-input name="d" label="Date"></soc-date-input>`);
    await typeDate(field, '3', '4', '');
    expect(errorText(field)).to.equal('Error: The date must include a year.');
    expect(field.shadowRoot!.querySelector('label[for=month]')!.textContent!.trim()).to.equal('Month');
    await setLocale('ar', 'rtl');
    await field.updateComplete;
    expect(errorText(field)).to.match(/[\u0600-\u06FF]/);
    field.formStateRestoreCallback(JSON.stringify(['٣', '٤', '٢٠٠٧']));
    await field.updateComplete;
    expect(new FormData(form).get('d')).to.equal('2007-04-03');
    // Right to left: the day box is at the right, the year at the left.
    expect(box(field, 'day').getBoundingClientRect().left).to.be.greaterThan(box(field, 'year').getBoundingClientRect().left);
  });

  it('fits a 320 px screen with text at 200 %, boxes wrapping rather than overflowing', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 288px; font-size: 200%"><soc-date-input name="d" label="Vilket datum är barnet fött?" hint="Till exempel 27 3 2012"></soc-date-input></div>`,
    );
    const field = wrap.querySelector('soc-date-input')!;
    await field.updateComplete;
    const right = wrap.getBoundingClientRect().right;
    for (const el of field.shadowRoot!.querySelectorAll('legend, label, input, [part~="hint"]')) {
      expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(right + 0.5);
    }
  });

  itChromium(CDP.forcedColors, 'keeps the wrong box and the error bar visible in forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const { field } = await formWith(PAGE(html`<soc-date-input name="d" label="Datum"></soc-date-input>`));
    await typeDate(field, '3', '13', '2007');
    const month = getComputedStyle(box(field, 'month'));
    const day = getComputedStyle(box(field, 'day'));
    expect(parseFloat(month.borderTopWidth)).to.be.greaterThan(parseFloat(day.borderTopWidth));
    const bar = getComputedStyle(field.shadowRoot!.querySelector('.field')!);
    expect(bar.borderInlineStartStyle).to.equal('solid');
    expect(parseFloat(bar.borderInlineStartWidth)).to.be.greaterThan(3);
  });
});
