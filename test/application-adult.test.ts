// soc-application-form audience="adult": an adult applies for themselves, with no children.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import '../src/services/application-form.js';
import type { SocApplicationForm } from '../src/services/application-form.js';
import { ADULT_SUPPORT_KINDS, applicationPayload } from '../src/schemas/application.js';
import { chooseRadio, deepActive, fill, pressButton, tabUntil } from './helpers/keyboard.js';
import { expectEndStatesAccessible, setAnswers, settle } from './helpers/service.js';

/** The text of the form and of the fields in it (each field's label and hints are in its own shadow root). */
const deepText = (el: Element): string => {
  const walk = (root: Element | ShadowRoot): string =>
    [...root.childNodes].map((n) => (n instanceof Element ? (n.shadowRoot ? walk(n.shadowRoot) + ' ' : '') + walk(n) : n.nodeType === 3 ? n.textContent : '')).join(' ');
  return walk(el.shadowRoot!).replace(/\s+/g, ' ');
};
const shadowText = deepText;
const heading = (el: SocApplicationForm) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();
const caption = (el: SocApplicationForm) => el.shadowRoot!.querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim();
const checkboxValues = (el: SocApplicationForm) =>
  [...el.shadowRoot!.querySelector('[name="support"]')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((i) => i.value);
const ADULT_DRAFT = 'soc-elements:draft:application-adult';
const FAMILY_DRAFT = 'soc-elements:draft:application';

/** Tabs to the checkbox with `value` and checks it with Space. */
async function check(value: string): Promise<void> {
  await tabUntil((el) => el.localName === 'input' && (el as HTMLInputElement).type === 'checkbox' && (el as HTMLInputElement).value === value, `checkbox ${value}`);
  await sendKeys({ press: ' ' });
}

const answers: Record<string, string | string[]> = {
  'applicant.role': 'self',
  support: ['missbruk-beroende'],
  situation: 'Jag dricker för mycket.',
  'contact.name': 'Kim Berg',
  'contact.phone': '070-123 45 67',
  'contact.safe.call': 'yes',
  'contact.safe.letter': 'yes',
  'contact.safe.message': 'yes',
  'contact.interpreter.needed': 'no',
  'consent.healthCare': 'yes',
  'consent.other': 'no',
};

describe('<soc-application-form audience="adult">', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });
  afterEach(() => fixtureCleanup());

  it('is completed with the keyboard alone: no children step, the adult kinds of support, no school questions, and no children sent', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form audience="adult" phone="019-21 30 00"></soc-application-form>`);
    let payload: unknown;
    el.transport = async (p) => {
      payload = p;
      return { reference: 'AN-2026-0100' };
    };
    const steps: string[] = [];
    el.addEventListener('soc-step-change', (e) => steps.push((e as CustomEvent).detail.id));

    expect(heading(el)).to.equal('Vem söker stöd?');
    expect(caption(el)).to.equal('Ansök om stöd – Steg 1 av 6');
    expect(shadowText(el)).to.contain('Jag söker stöd för mig själv');
    expect(shadowText(el)).to.not.contain('förälder');
    await chooseRadio('applicant.role', 0);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Vilket stöd söker du?');
    expect(caption(el)).to.equal('Ansök om stöd – Steg 2 av 6');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));
    expect(checkboxValues(el)).to.deep.equal([...ADULT_SUPPORT_KINDS]);
    expect(shadowText(el)).to.contain('Stöd vid våld i nära relation');
    expect(shadowText(el)).to.not.contain('Kontaktfamilj');
    await check('missbruk-beroende');
    await check('prata-med-nagon');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Berätta om din situation');
    expect(shadowText(el)).to.not.contain('barnen');
    await fill('situation', 'Jag dricker för mycket och vill sluta.');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Hur vi kontaktar dig');
    await fill('contact.name', 'Kim Berg');
    await fill('contact.phone', '070-123 45 67');
    await chooseRadio('contact.safe.call', 0);
    await chooseRadio('contact.safe.letter', 1);
    await chooseRadio('contact.safe.message', 0);
    await chooseRadio('contact.interpreter.needed', 1);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Vilka får socialtjänsten prata med?');
    expect(el.shadowRoot!.querySelector('[name="consent.school"]'), 'no school question').to.equal(null);
    expect(el.shadowRoot!.querySelector('[name="consent.preschool"]'), 'no pre-school question').to.equal(null);
    expect(shadowText(el)).to.contain('vilka kontakter som är okej för dig');
    await chooseRadio('consent.healthCare', 0);
    await chooseRadio('consent.other', 1);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(caption(el)).to.equal('Ansök om stöd – Steg 6 av 6');
    const rows = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(rows).to.include.members(['Vem som söker', 'Stöd', 'Din situation', 'Hälso- och sjukvården']);
    expect(rows.some((r) => /^Barn \d/.test(r)), 'no child rows').to.be.false;
    expect(rows).to.not.include('Skolan');
    expect(rows).to.not.include('Förskolan');
    expect(shadowText(el)).to.contain('Jag söker stöd för mig själv');
    expect(shadowText(el)).to.contain('Stöd vid missbruk eller beroende');

    const submitted = oneEvent(el, 'soc-submitted');
    await pressButton('Skicka');
    expect((await submitted).detail.reference).to.equal('AN-2026-0100');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot din ansökan');
    expect(shadowText(el)).to.contain('utreder de vad du behöver');
    // The 4-month limit is for investigations about children: not promised to an adult.
    expect(shadowText(el)).to.not.contain('4 månader');
    expect(steps).to.deep.equal(['stod', 'situation', 'kontakt', 'samtycke', 'granska', 'kvitto']);

    const parsed = applicationPayload.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.type).to.equal('application');
    expect(parsed.data!.version).to.equal(1);
    expect(parsed.data!.data).to.deep.equal({
      audience: 'adult',
      applicant: { role: 'self' },
      support: ['missbruk-beroende', 'prata-med-nagon'],
      situation: 'Jag dricker för mycket och vill sluta.',
      contact: {
        name: 'Kim Berg',
        phone: '+46701234567',
        safe: { call: 'yes', letter: 'no', message: 'yes' },
        interpreter: { needed: 'no' },
      },
      consent: { healthCare: 'yes', other: 'no' },
    });
  });

  it('asks a helper how they know the adult, and sends the helper role', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form audience="adult"></soc-application-form>`);
    await chooseRadio('applicant.role', 1);
    await settle();
    expect(shadowText(el)).to.contain('Hur känner du personen som söker?');
    expect(shadowText(el)).to.contain('Ansökan är personens egen.');
    await fill('applicant.relation', 'Syster');
    await setAnswers(el, { ...answers, 'applicant.role': 'helper', 'applicant.relation': 'Syster' });
    const data = el.buildData();
    expect(data.applicant).to.deep.equal({ role: 'helper', relation: 'Syster' });
    expect(applicationPayload.safeParse(el.payload()).success).to.be.true;
  });

  it('takes the municipality’s own list from soc-support-option children, with "talk to someone" added', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form audience="adult">
      <soc-support-option value="boendestod" label="Boendestöd" hint="Hjälp i vardagen i din bostad."></soc-support-option>
    </soc-application-form>`);
    await setAnswers(el, { 'applicant.role': 'self' });
    el.next();
    await settle();
    expect(checkboxValues(el)).to.deep.equal(['boendestod', 'prata-med-nagon']);
    expect(shadowText(el)).to.contain('passar dig');
  });

  it('keeps its own draft, which a reload restores as the adult form; the family form does not take it', async () => {
    const first = await fixture<SocApplicationForm>(html`<soc-application-form audience="adult"></soc-application-form>`);
    await chooseRadio('applicant.role', 0);
    await pressButton('Fortsätt');
    await settle();
    await check('boende');
    await pressButton('Fortsätt');
    await settle();
    expect(heading(first)).to.equal('Berätta om din situation');
    first.remove();
    expect(sessionStorage.getItem(ADULT_DRAFT)).to.not.equal(null);
    expect(sessionStorage.getItem(FAMILY_DRAFT)).to.equal(null);

    const family = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await settle();
    expect(family.answers).to.deep.equal({});
    family.remove();

    const again = await fixture<SocApplicationForm>(html`<soc-application-form audience="adult"></soc-application-form>`);
    await settle();
    expect(heading(again)).to.equal('Berätta om din situation');
    expect(again.answers['applicant.role']).to.equal('self');
    expect(again.answers.support).to.deep.equal(['boende']);
    expect(again.buildData().audience).to.equal('adult');
  });

  it('the family form is as before: no audience in its payload', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    expect(el.audience).to.equal('family');
    expect(el.buildData()).to.not.have.property('audience');
    expect(el.buildData()).to.have.property('children');
  });
});

describe('<soc-application-form audience="adult"> accessibility of every step', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    fixtureCleanup();
    await setLocale('sv');
  });

  // One locale per test keeps each test short.
  for (const { lang, dir } of LOCALES) {
    it(`is axe-clean on every step, with errors, on review, failure and receipt (${lang})`, async () => {
      await setLocale(lang, dir);
      const el = await fixture<SocApplicationForm>(html`<soc-application-form audience="adult" phone="019-21 30 00"></soc-application-form>`);
      for (let step = 0; step < 5; step++) {
        const at = el.answers;
        el.answers = {};
        await el.updateComplete;
        await expect(el, `${lang} step ${step}`).to.be.accessible();
        expect(el.next()).to.be.false;
        await settle();
        await expect(el, `${lang} step ${step} errors`).to.be.accessible();
        el.answers = at;
        await setAnswers(el, { ...answers, 'applicant.role': step === 0 ? 'helper' : 'self', 'applicant.relation': 'Syster', 'consent.other': 'yes', 'consent.otherInfo': 'Hyresvärden' });
        await settle();
        await expect(el, `${lang} step ${step} answered`).to.be.accessible();
        expect(el.next(), `${lang} step ${step}`).to.be.true;
        await settle();
      }
      expect(el.shadowRoot!.querySelector('dl')).to.not.equal(null);
      await expectEndStatesAccessible(el, lang, 'AN-1');
    });
  }
});
