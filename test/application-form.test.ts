import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import '../src/services/application-form.js';
import type { SocApplicationForm } from '../src/services/application-form.js';
import { applicationPayload } from '../src/schemas/application.js';
import { SUPPORT_VALUE as SCHEMA_SUPPORT_VALUE } from '../src/schemas/application.js';
import { MAX_CHILDREN, SUPPORT_VALUE, addChild, removeChild } from '../src/services/application-data.js';
import { chooseRadio, deepActive, fill, pressButton, tabUntil } from './helpers/keyboard.js';
import { expectEndStatesAccessible, failThenRetry, settle } from './helpers/service.js';
import { DRIVER, itExcept } from './helpers/engine.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (el: SocApplicationForm) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();
const caption = (el: SocApplicationForm) => el.shadowRoot!.querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim();
const field = (el: SocApplicationForm, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement & { value: string; name: string }>(`[name="${name}"]`);
const summaryMessages = (el: SocApplicationForm) =>
  [...el.shadowRoot!.querySelector('soc-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
const DRAFT = 'soc-elements:draft:application';

/** Tabs to the checkbox with `value` and checks it with Space. */
async function check(value: string): Promise<void> {
  await tabUntil((el) => el.localName === 'input' && (el as HTMLInputElement).type === 'checkbox' && (el as HTMLInputElement).value === value, `checkbox ${value}`);
  await sendKeys({ press: ' ' });
}

/** Selects everything in the focused field and types over it. */
async function retype(text: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: text });
}

const answers: Record<string, string | string[]> = {
  'applicant.role': 'guardian',
  'children.count': '2',
  'children.0.name': 'Alva',
  'children.0.hasPnr': 'yes',
  'children.0.personnummer': '1512180025',
  'children.0.livesWith': 'both-parents',
  'children.1.name': 'Omar',
  'children.1.hasPnr': 'no',
  'children.1.age': '3 år',
  'children.1.livesWith': 'other',
  'children.1.livesWithOther': 'Mormor',
  support: ['stodsamtal', 'foraldraskapsstod'],
  situation: 'Vi bråkar mycket hemma.\nBarnen sover dåligt.',
  'contact.name': 'Sara Ek',
  'contact.phone': '070-123 45 67',
  'contact.safe.call': 'yes',
  'contact.safe.letter': 'no',
  'contact.safe.message': 'no',
  'contact.interpreter.needed': 'no',
  'consent.school': 'yes',
  'consent.preschool': 'not-applicable',
  'consent.healthCare': 'no',
  'consent.other': 'no',
};

/** Fills every step through the element's API, as a user would have answered. */
async function answerAll(el: SocApplicationForm, extra: Record<string, string | string[]> = {}) {
  for (const [k, v] of Object.entries({ ...answers, ...extra })) el.setAnswer(k, v);
  await el.updateComplete;
}

async function goToReview(el: SocApplicationForm) {
  for (let i = 0; i < 6; i++) {
    await el.updateComplete;
    await settle();
    expect(el.next(), `step ${i} valid`).to.be.true;
  }
  await el.updateComplete;
  await settle();
  expect(heading(el)).to.equal('Kontrollera dina svar');
}

describe('<soc-application-form> keyboard journey', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });

  it('is completed with the keyboard alone for two children, with an answer changed from the review page', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form phone="019-21 30 00" municipality="Exempelkommun"></soc-application-form>`);
    let payload: unknown;
    el.transport = async (p) => {
      payload = p;
      return { reference: 'AN-2026-0001' };
    };
    const steps: string[] = [];
    el.addEventListener('soc-step-change', (e) => steps.push((e as CustomEvent).detail.id));

    expect(heading(el)).to.equal('Vem söker stöd?');
    expect(caption(el)).to.equal('Ansök om stöd – Steg 1 av 7');
    await chooseRadio('applicant.role', 0);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Barnen som ansökan gäller');
    expect(caption(el)).to.equal('Ansök om stöd – Steg 2 av 7');
    expect(document.title).to.equal('Steg 2 av 7: Barnen som ansökan gäller – Ansök om stöd – Exempelkommun');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));
    expect(el.shadowRoot!.querySelector('.remove-child'), 'one child cannot be removed').to.equal(null);
    await fill('children.0.name', 'Alva');
    await chooseRadio('children.0.hasPnr', 0);
    await fill('children.0.personnummer', '151218-0025');
    await chooseRadio('children.0.livesWith', 0);
    await pressButton('Lägg till ett barn till');
    await settle();
    await settle();
    // Focus is in the new child's name field: type straight away.
    expect((deepActive()?.getRootNode() as ShadowRoot).host).to.equal(field(el, 'children.1.name'));
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Barn 2 är tillagt.');
    await sendKeys({ type: 'Omar' });
    await chooseRadio('children.1.hasPnr', 1);
    await fill('children.1.age', '3 år');
    await chooseRadio('children.1.livesWith', 3);
    await fill('children.1.livesWithOther', 'Mormor');
    expect(field(el, 'children.0.name')!.value).to.equal('Alva');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Vilket stöd söker ni?');
    await check('stodsamtal');
    await check('foraldraskapsstod');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Berätta om er situation');
    await fill('situation', 'Vi bråkar mycket hemma.');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Barnen sover dåligt.' });
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Hur vi kontaktar dig');
    await fill('contact.name', 'Sara Ek');
    await fill('contact.phone', '070-123 45 67');
    await chooseRadio('contact.safe.call', 0);
    await chooseRadio('contact.safe.letter', 1);
    await chooseRadio('contact.safe.message', 1);
    await chooseRadio('contact.interpreter.needed', 0);
    await fill('contact.interpreter.language', 'Arabiska');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Vilka får socialtjänsten prata med?');
    await chooseRadio('consent.school', 0);
    await chooseRadio('consent.preschool', 2);
    await chooseRadio('consent.healthCare', 1);
    await chooseRadio('consent.other', 1);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(caption(el)).to.equal('Ansök om stöd – Steg 7 av 7');
    expect(document.title).to.equal('Steg 7 av 7: Kontrollera dina svar – Ansök om stöd – Exempelkommun');
    expect(shadowText(el)).to.contain('20151218-0025');
    expect(shadowText(el)).to.contain('Med någon annan: Mormor');
    expect(shadowText(el)).to.contain('Ringa: ja');

    // Change child 2's name from the review page; "Fortsätt" returns to the review.
    await pressButton(/Ändra\s+Barn 2/);
    await settle();
    await settle();
    expect(heading(el)).to.equal('Barnen som ansökan gäller');
    expect((deepActive()?.getRootNode() as ShadowRoot).host).to.equal(field(el, 'children.1.name'));
    await retype('Omar Ali');
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(shadowText(el)).to.contain('Omar Ali');

    const submitted = oneEvent(el, 'soc-submitted');
    await pressButton('Skicka');
    expect((await submitted).detail.reference).to.equal('AN-2026-0001');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot din ansökan');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));
    expect(shadowText(el)).to.contain('AN-2026-0001');
    expect(shadowText(el)).to.contain('högst 4 månader');
    expect(shadowText(el)).to.contain('Vi skickar inga brev hem till dig.');
    expect(el.shadowRoot!.querySelector('soc-process-steps')!.getAttribute('current')).to.equal('utredning');
    expect(el.shadowRoot!.querySelector('a[href="tel:+4619213000"]')).to.not.equal(null);
    expect(steps).to.deep.equal(['barn', 'stod', 'situation', 'kontakt', 'samtycke', 'granska', 'barn', 'granska', 'kvitto']);
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);

    const parsed = applicationPayload.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.type).to.equal('application');
    expect(parsed.data!.data).to.deep.equal({
      applicant: { role: 'guardian' },
      children: [
        { name: 'Alva', personnummer: '201512180025', livesWith: 'both-parents' },
        { name: 'Omar Ali', age: '3 år', livesWith: 'other', livesWithOther: 'Mormor' },
      ],
      support: ['stodsamtal', 'foraldraskapsstod'],
      situation: 'Vi bråkar mycket hemma.\nBarnen sover dåligt.',
      contact: {
        name: 'Sara Ek',
        phone: '+46701234567',
        safe: { call: 'yes', letter: 'no', message: 'no' },
        interpreter: { needed: 'yes', language: 'Arabiska' },
      },
      consent: { school: 'yes', preschool: 'not-applicable', healthCare: 'no', other: 'no' },
    });
  });

  it('explains what applying on your own from 15 means, and asks a helper how they know the family', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await chooseRadio('applicant.role', 1);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Har du fyllt 15 år får du ansöka om stöd själv. Det betyder att du kan ansöka utan att dina föräldrar');
    await chooseRadio('applicant.fifteenOrOlder', 0);
    el.next();
    await settle();
    expect(shadowText(el)).to.contain('Skriv dig själv som barn 1.');
    expect(applicationPayload.shape.data.shape.applicant.safeParse(el.buildData().applicant).data).to.deep.equal({ role: 'young-person', fifteenOrOlder: true });

    el.back();
    await settle();
    el.setAnswer('applicant.role', 'helper');
    await el.updateComplete;
    expect(el.next()).to.be.false;
    await settle();
    expect(summaryMessages(el)).to.deep.equal(['Fyll i hur känner du familjen.']);
    el.setAnswer('applicant.relation', 'Moster');
    await el.updateComplete;
    expect(el.next()).to.be.true;
    expect(el.buildData().applicant).to.deep.equal({ role: 'helper', relation: 'Moster' });
  });
});

describe('<soc-application-form> errors on every step', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });

  it('shows the error summary on every step, takes focus, keeps the heading and never clears an answer', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    const expected: [string, string[], Record<string, string | string[]>][] = [
      ['Vem söker stöd?', ['Välj ett svar: vem är du?'], { 'applicant.role': 'guardian' }],
      [
        'Barnen som ansökan gäller',
        ['Skriv namnet på barn 1.', 'Svara om barn 1 har ett personnummer.', 'Välj vem barn 1 bor med.'],
        { 'children.0.name': 'A', 'children.0.hasPnr': 'no', 'children.0.age': '4', 'children.0.livesWith': 'one-parent' },
      ],
      ['Vilket stöd söker ni?', ['Välj minst ett stöd, eller välj ”Jag vet inte, jag vill prata med någon”.'], { support: ['prata-med-nagon'] }],
      ['Berätta om er situation', ['Berätta kort om er situation.'], { situation: 'Det är svårt.' }],
      [
        'Hur vi kontaktar dig',
        [
          'Fyll i ditt namn.',
          'Skriv ett telefonnummer eller en e-postadress.',
          'Välj ett svar: är det säkert för dig att vi ringer?',
          'Välj ett svar: är det säkert att vi skickar brev hem till dig?',
          'Välj ett svar: är det säkert att vi lämnar meddelanden, till exempel sms eller på telefonsvararen?',
          'Välj ett svar: behöver du tolk?',
        ],
        { 'contact.name': 'S', 'contact.email': 's@example.se', 'contact.safe.call': 'no', 'contact.safe.letter': 'no', 'contact.safe.message': 'no', 'contact.interpreter.needed': 'no' },
      ],
      [
        'Vilka får socialtjänsten prata med?',
        [
          'Välj ett svar: får socialtjänsten prata med barnens skola?',
          'Välj ett svar: får socialtjänsten prata med barnens förskola?',
          'Välj ett svar: får socialtjänsten prata med hälso- och sjukvården?',
          'Välj ett svar: får socialtjänsten prata med någon annan?',
        ],
        { 'consent.school': 'no', 'consent.preschool': 'no', 'consent.healthCare': 'no', 'consent.other': 'no' },
      ],
    ];
    for (const [title, messages, fix] of expected) {
      await el.updateComplete;
      expect(heading(el)).to.equal(title);
      await pressButton('Fortsätt');
      await settle();
      expect(summaryMessages(el), title).to.deep.equal(messages);
      expect(deepActive()).to.equal(el.shadowRoot!.querySelector('soc-error-summary')!.shadowRoot!.querySelector('[part~="summary"]'));
      expect(heading(el)).to.equal(title);
      expect(document.title).to.match(/^Fel: Steg \d av 7: /);
      const answersBefore = JSON.stringify(el.answers);
      await expect(el).to.be.accessible();
      expect(JSON.stringify(el.answers)).to.equal(answersBefore);
      for (const [k, v] of Object.entries(fix)) el.setAnswer(k, v);
      await el.updateComplete;
      expect(el.next(), title).to.be.true;
      await settle();
    }
    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(applicationPayload.safeParse(el.payload()).success).to.be.true;
  });

  it('checks the revealed questions and formats, and names the child in each message', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await answerAll(el, {
      'children.0.personnummer': '151218-0024',
      'children.1.name': '',
      'children.1.livesWithOther': '',
      'children.1.age': '',
      'contact.phone': '12345',
      'contact.interpreter.needed': 'yes',
      'contact.needs': ['other'],
      'consent.other': 'yes',
    });
    el.next();
    await settle();
    expect(el.next()).to.be.false;
    await settle();
    expect(summaryMessages(el)).to.deep.equal([
      'Personnumret stämmer inte. Kontrollera att alla siffror är rätt.',
      'Skriv namnet på barn 2.',
      'Skriv hur gammalt barn 2 är.',
      'Skriv vem barn 2 bor med.',
    ]);
    el.setAnswer('children.0.personnummer', '151218-0025');
    el.setAnswer('children.1.name', 'Omar');
    el.setAnswer('children.1.age', '3');
    el.setAnswer('children.1.livesWithOther', 'Mormor');
    await el.updateComplete;
    expect(el.next()).to.be.true;
    el.next();
    el.next();
    await settle();
    expect(heading(el)).to.equal('Hur vi kontaktar dig');
    expect(el.next()).to.be.false;
    await settle();
    expect(summaryMessages(el)).to.deep.equal([
      'Skriv telefonnumret med riktnummer, till exempel 070-123 45 67.',
      'Fyll i vilket språk.',
      'Fyll i vad behöver du.',
    ]);
    el.setAnswer('contact.phone', '019-21 30 00');
    el.setAnswer('contact.interpreter.language', 'Tigrinja');
    el.setAnswer('contact.needsOther', 'Skriftliga besked');
    await el.updateComplete;
    expect(el.next()).to.be.true;
    await settle();
    expect(el.next()).to.be.false;
    await settle();
    expect(summaryMessages(el)).to.deep.equal(['Fyll i vem eller vilka.']);
    el.setAnswer('consent.otherInfo', 'Fritids');
    await el.updateComplete;
    expect(el.next()).to.be.true;
    const parsed = applicationPayload.parse(el.payload());
    expect(parsed.data.contact).to.deep.equal({
      name: 'Sara Ek',
      phone: '+4619213000',
      safe: { call: 'yes', letter: 'no', message: 'no' },
      interpreter: { needed: 'yes', language: 'Tigrinja' },
      needs: ['other'],
      needsOther: 'Skriftliga besked',
    });
    expect(parsed.data.consent.otherInfo).to.equal('Fritids');
  });
});

describe('<soc-application-form> children', () => {
  beforeEach(() => sessionStorage.clear());

  it('removing child 1 of 3 moves the later children’s answers down and keeps them', () => {
    const a = {
      other: 'x',
      'children.count': '3',
      'children.0.name': 'A',
      'children.0.hasPnr': 'no',
      'children.0.age': '1',
      'children.1.name': 'B',
      'children.1.hasPnr': 'yes',
      'children.1.personnummer': '1512180025',
      'children.2.name': 'C',
      'children.2.livesWith': 'other',
      'children.2.livesWithOther': 'Mormor',
    };
    expect(removeChild(a, 0)).to.deep.equal({
      other: 'x',
      'children.count': '2',
      'children.0.name': 'B',
      'children.0.hasPnr': 'yes',
      'children.0.personnummer': '1512180025',
      'children.1.name': 'C',
      'children.1.livesWith': 'other',
      'children.1.livesWithOther': 'Mormor',
    });
    expect(removeChild(a, 2)).to.deep.include({ 'children.count': '2', 'children.1.name': 'B', 'children.0.name': 'A' });
    expect(removeChild({ 'children.0.name': 'A' }, 0), 'the only child stays').to.deep.equal({ 'children.0.name': 'A' });
    expect(addChild(a)).to.deep.equal({ ...a, 'children.count': '4' });
    expect(addChild({ 'children.count': String(MAX_CHILDREN) })['children.count']).to.equal(String(MAX_CHILDREN));
  });

  it('adding and removing children with the keyboard keeps the others’ answers on the page, in memory and in the draft', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await answerAll(el);
    el.next();
    await settle();
    // A third child.
    await pressButton('Lägg till ett barn till');
    await settle();
    await settle();
    await sendKeys({ type: 'Cleo' });
    await chooseRadio('children.2.hasPnr', 1);
    await fill('children.2.age', '8 månader');
    await chooseRadio('children.2.livesWith', 2);
    expect(el.shadowRoot!.querySelectorAll('.child').length).to.equal(3);
    expect(field(el, 'children.0.name')!.value).to.equal('Alva');
    expect(field(el, 'children.1.name')!.value).to.equal('Omar');

    // Remove child 1: Omar and Cleo move up, with all their answers. The button is above the
    // focus, so Shift+Tab (Tab would have to wrap round the page).
    await pressButton('Ta bort barn 1', { back: true });
    await settle();
    await settle();
    expect(el.shadowRoot!.querySelectorAll('.child').length).to.equal(2);
    expect(field(el, 'children.0.name')!.value).to.equal('Omar');
    expect(field(el, 'children.0.livesWithOther')!.value).to.equal('Mormor');
    expect(field(el, 'children.1.name')!.value).to.equal('Cleo');
    expect(field(el, 'children.1.age')!.value).to.equal('8 månader');
    expect(field(el, 'children.2.name')).to.equal(null);
    expect(deepActive()).to.equal(el.shadowRoot!.querySelectorAll('.child-heading')[0]);
    expect(deepActive()!.textContent!.trim()).to.equal('Barn 1');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Barn 1 är borttaget. Svaren om de andra barnen finns kvar.');
    expect(Object.keys(el.answers).filter((k) => k.startsWith('children.2'))).to.deep.equal([]);
    const draft = JSON.parse(sessionStorage.getItem(DRAFT)!);
    expect(draft.answers['children.count']).to.equal('2');
    expect(draft.answers['children.1.name']).to.equal('Cleo');
    expect(draft.answers['children.0.name']).to.equal('Omar');

    // The remaining two are what is sent.
    expect(el.next()).to.be.true;
    expect(applicationPayload.parse(el.payload()).data.children).to.deep.equal([
      { name: 'Omar', age: '3 år', livesWith: 'other', livesWithOther: 'Mormor' },
      { name: 'Cleo', age: '8 månader', livesWith: 'alternating' },
    ]);
  });

  it('removing the last child focuses the child before it; with one child there is nothing to remove', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await answerAll(el);
    el.next();
    await settle();
    await el.removeChildEntry(1);
    await settle();
    expect(el.shadowRoot!.querySelectorAll('.child').length).to.equal(1);
    expect(deepActive()!.textContent!.trim()).to.equal('Barn 1');
    expect(el.shadowRoot!.querySelector('.remove-child')).to.equal(null);
    expect(el.answers['children.0.name']).to.equal('Alva');
  });

  it('child headings follow heading-level', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form heading-level="3"></soc-application-form>`);
    expect(el.shadowRoot!.querySelector('.step-heading')!.localName).to.equal('h3');
    await answerAll(el);
    el.next();
    await settle();
    expect(el.shadowRoot!.querySelector('.child-heading')!.localName).to.equal('h4');
  });
});

describe('<soc-application-form> kinds of support', () => {
  beforeEach(() => sessionStorage.clear());
  const labels = (el: SocApplicationForm) =>
    [...el.shadowRoot!.querySelector('soc-checkbox-group')!.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());

  async function toSupport(el: SocApplicationForm) {
    await answerAll(el);
    el.next();
    await settle();
    el.next();
    await settle();
    expect(heading(el)).to.equal('Vilket stöd söker ni?');
  }

  it('shows the seed’s kinds, each with one sentence, and "Jag vet inte, jag vill prata med någon"', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await toSupport(el);
    expect(labels(el)).to.deep.equal([
      'Stödsamtal',
      'Gruppverksamhet',
      'Kontaktfamilj',
      'Kontaktperson',
      'Familjebehandling',
      'Föräldraskapsstöd',
      'Jag vet inte, jag vill prata med någon',
    ]);
    const hints = [...el.shadowRoot!.querySelector('soc-checkbox-group')!.shadowRoot!.querySelectorAll('.item-hint')];
    expect(hints.length).to.equal(7);
    for (const h of hints) expect(h.textContent!.trim()).to.match(/^[A-ZÅÄÖ].+\.$/);
  });

  it('takes the municipality’s list from soc-support-option children, and sends their values', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form>
      <soc-support-option value="oppenvard" label="Öppenvård för unga" hint="Du träffar en behandlare varje vecka."></soc-support-option>
      <soc-support-option value="boendestod">Boendestöd</soc-support-option>
    </soc-application-form>`);
    await toSupport(el);
    expect(labels(el)).to.deep.equal(['Öppenvård för unga', 'Boendestöd', 'Jag vet inte, jag vill prata med någon']);
    el.setAnswer('support', ['boendestod', 'stodsamtal']);
    expect(applicationPayload.parse(el.payload()).data.support, 'only kinds on the list are sent').to.deep.equal(['boendestod']);
    el.querySelector('soc-support-option')!.setAttribute('label', 'Öppenvård');
    await settle();
    await el.updateComplete;
    expect(labels(el)[0]).to.equal('Öppenvård');
  });

  it('takes the list from the support-options JSON attribute; bad JSON warns and shows the default list', async () => {
    const json = JSON.stringify([{ value: 'samtal', label: 'Samtal', hint: 'Vi pratar.' }, { value: 'prata-med-nagon', label: 'Jag vill prata med någon' }]);
    const el = await fixture<SocApplicationForm>(html`<soc-application-form support-options=${json}></soc-application-form>`);
    await toSupport(el);
    expect(labels(el)).to.deep.equal(['Samtal', 'Jag vill prata med någon']);

    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const rendered = async () => {
        await el.updateComplete;
        await settle();
        await el.shadowRoot!.querySelector('soc-checkbox-group')!.updateComplete;
      };
      el.supportOptions = '[{ "value": "x", label: }';
      await rendered();
      expect(labels(el)).to.have.length(7);
      expect(labels(el)[0]).to.equal('Stödsamtal');
      el.requestUpdate();
      await rendered();
      el.supportOptions = '[{ "value": "<b>", "label": "X" }]';
      await rendered();
      expect(labels(el)).to.have.length(7);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length, 'one warning per bad value').to.equal(2);
    expect(warnings[0]).to.contain('support-options is not valid JSON');
  });

  it('uses the same limits as the schema', () => {
    expect(SUPPORT_VALUE.source).to.equal(SCHEMA_SUPPORT_VALUE.source);
    const child = { name: 'A', age: '1', livesWith: 'one-parent' };
    const children = applicationPayload.shape.data.shape.children;
    expect(children.safeParse(Array(MAX_CHILDREN).fill(child)).success).to.be.true;
    expect(children.safeParse(Array(MAX_CHILDREN + 1).fill(child)).success).to.be.false;
  });
});

describe('<soc-application-form> sending, drafts and leaving', () => {
  const realFetch = window.fetch;
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('after a 503 keeps the answers, and a retry sends one submission with the same Idempotency-Key', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form action="/api/applications" phone="019-21 30 00"></soc-application-form>`);
    await answerAll(el);
    await goToReview(el);
    const { calls } = await failThenRetry(el, 'unavailable', 'AN-7');
    expect(calls[0]!.url).to.equal('/api/applications');
    const parsed = applicationPayload.safeParse(calls[1]!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect((calls[1]!.body as { data: { children: { name: string }[] } }).data.children[1]!.name).to.equal('Omar');
  });

  it('shows a back-end field error on the right child and returns to the review page after the fix', async () => {
    window.fetch = async () =>
      new Response(JSON.stringify({ errors: [{ path: 'data.children.0.personnummer', code: 'invalid_personnummer_checksum' }] }), { status: 422 });
    const el = await fixture<SocApplicationForm>(html`<soc-application-form action="/api"></soc-application-form>`);
    await answerAll(el);
    await goToReview(el);
    await el.submit();
    await settle();
    await settle();
    expect(heading(el)).to.equal('Barnen som ansökan gäller');
    const pnr = field(el, 'children.0.personnummer')!;
    expect(pnr.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Personnumret stämmer inte');
    pnr.focus();
    await retype('1512180025');
    await el.updateComplete;
    expect(el.next()).to.be.true;
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(shadowText(el)).to.contain('20151218-0025');
  });

  it('keeps a tab-scoped draft with both children that survives a reload', async () => {
    const first = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await chooseRadio('applicant.role', 0);
    await pressButton('Fortsätt');
    await settle();
    await fill('children.0.name', 'Alva');
    await pressButton('Lägg till ett barn till');
    await settle();
    await settle();
    await sendKeys({ type: 'Omar' });
    first.remove();
    const again = await fixture<SocApplicationForm>(html`<soc-application-form></soc-application-form>`);
    await settle();
    expect(heading(again)).to.equal('Barnen som ansökan gäller');
    expect(again.shadowRoot!.querySelectorAll('.child').length).to.equal(2);
    expect(field(again, 'children.0.name')!.value).to.equal('Alva');
    expect(field(again, 'children.1.name')!.value).to.equal('Omar');
    expect(again.answers['applicant.role']).to.equal('guardian');
    expect(Object.keys(localStorage).length).to.equal(0);
    await pressButton('Avbryt och ta bort mina svar');
    await settle();
    await pressButton('Ja, avbryt');
    await settle();
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    expect(again.answers).to.deep.equal({});
    expect(heading(again)).to.equal('Vem söker stöd?');
  });

  it('warns before leaving with unsent answers, and quick exit wipes answers and draft', async () => {
    const el = await fixture<SocApplicationForm>(html`<soc-application-form quick-exit></soc-application-form>`);
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).to.be.false;
    await answerAll(el);
    expect(leave()).to.be.true;
    expect(el.shadowRoot!.querySelector('soc-quick-exit')).to.not.equal(null);
    window.dispatchEvent(new CustomEvent('soc-quick-exit', { detail: { href: 'https://www.smhi.se/' } }));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
  });
});

describe('<soc-application-form> accessibility of every step', () => {
  beforeEach(() => sessionStorage.clear());

  it('is axe-clean on every step, with errors, on review, failure and receipt — in sv, en and ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      sessionStorage.clear();
      const el = await fixture<SocApplicationForm>(html`<soc-application-form phone="019-21 30 00" municipality="Exempelkommun"></soc-application-form>`);
      for (let step = 0; step < 6; step++) {
        const at = el.answers;
        el.answers = {};
        await el.updateComplete;
        // The groups redraw after their options (a follow-up that is no longer chosen is removed, and
        // with it the answer's aria-expanded): wait for that, or axe reads an attribute mid-removal.
        await settle();
        await expect(el, `${lang} step ${step}`).to.be.accessible();
        expect(el.next()).to.be.false; // with empty answers: the error summary and inline errors
        await settle();
        await expect(el, `${lang} step ${step} errors`).to.be.accessible();
        el.answers = at;
        await answerAll(el, { 'contact.interpreter.needed': 'yes', 'contact.interpreter.language': 'Arabiska', 'contact.needs': ['other'], 'contact.needsOther': 'X', 'consent.other': 'yes', 'consent.otherInfo': 'Fritids' });
        if (step === 0) {
          // Revealed follow-up questions.
          el.setAnswer('applicant.role', 'young-person');
          await el.updateComplete;
          await expect(el, `${lang} young person`).to.be.accessible();
          el.setAnswer('applicant.role', 'guardian');
        }
        await el.updateComplete;
        await settle();
        await expect(el, `${lang} step ${step} answered`).to.be.accessible();
        const moved = el.next();
        await settle();
        expect(moved, `${lang} step ${step}`).to.be.true;
      }
      await expectEndStatesAccessible(el, lang, 'AN-1');
      fixtureCleanup();
    }
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'fits a 320 px screen on every step without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SocApplicationForm>(html`<soc-application-form quick-exit phone="019-21 30 00"></soc-application-form>`);
      await answerAll(el);
      for (let step = 0; step < 8; step++) {
        await settle();
        expect(document.documentElement.scrollWidth, `step ${step}`).to.be.at.most(320);
        if (step < 6) el.next();
        else if (step === 6) {
          el.transport = async () => ({ reference: 'AN-2026-0042' });
          await el.submit();
        }
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
