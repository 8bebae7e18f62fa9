// soc-concern-report subject="adult" (a concern about an adult) and subject="ask" (the first question decides).
import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import '../src/services/concern-report.js';
import type { SocConcernReport } from '../src/services/concern-report.js';
import { concernReportAdultPayload } from '../src/schemas/concern-report-adult.js';
import { concernReportPayload } from '../src/schemas/concern-report.js';
import { chooseRadio, deepActive, fill, pressButton, tabUntil } from './helpers/keyboard.js';
import { CONCERN_ANSWERS, expectEndStatesAccessible, failThenRetry, setAnswers, settle } from './helpers/service.js';
import { DRIVER, itExcept } from './helpers/engine.js';

/** The text of the element and of the fields in it (each field's label and hints are in its own shadow root). */
const deepText = (el: Element): string => {
  const walk = (root: Element | ShadowRoot): string =>
    [...root.childNodes].map((n) => (n instanceof Element ? (n.shadowRoot ? walk(n.shadowRoot) + ' ' : '') + walk(n) : n.nodeType === 3 ? n.textContent : '')).join(' ');
  return walk(el.shadowRoot!).replace(/\s+/g, ' ');
};
const heading = (el: SocConcernReport) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();
const caption = (el: SocConcernReport) => el.shadowRoot!.querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim();
const ADULT_DRAFT = 'soc-elements:draft:concern-report-adult';
const ASK_DRAFT = 'soc-elements:draft:concern-report-ask';
const CHILD_DRAFT = 'soc-elements:draft:concern-report';

/** A complete report about an adult, with an anonymous reporter. */
const ADULT_ANSWERS: Readonly<Record<string, string | string[]>> = {
  'person.name': 'Bo Ek',
  'person.location': 'Storgatan 3',
  'concern.kinds': ['missbruk'],
  'concern.description': 'Han dricker varje dag och verkar inte äta.',
  'concern.duration': 'months',
  'concern.urgent': 'no',
  'reporter.anonymous': 'yes',
};

const NAMED = { 'reporter.anonymous': 'no', 'reporter.name': 'Eva Lind', 'reporter.phone': '070-174 06 05', 'reporter.relation': 'Granne' };

/** Tabs to the checkbox with `value` and checks it with Space. */
async function check(value: string): Promise<void> {
  await tabUntil((el) => el.localName === 'input' && (el as HTMLInputElement).type === 'checkbox' && (el as HTMLInputElement).value === value, `checkbox ${value}`);
  await sendKeys({ press: ' ' });
}

async function toReview(el: SocConcernReport, steps: number) {
  for (let i = 0; i < steps; i++) {
    expect(el.next(), `step ${i} valid`).to.be.true;
    await settle();
  }
  expect(heading(el)).to.equal('Kontrollera dina svar');
}

describe('<soc-concern-report subject="adult">', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });
  afterEach(() => fixtureCleanup());

  it('is completed with the keyboard alone by an anonymous reporter; the payload is a strict concern-report-adult', async function () {
    // About 40 key presses: WebKit's WebDriver keys on the shared 2-core machine take more than the default 10 s.
    this.timeout(30_000);
    const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult" emergency-phone="08-465 004 90" phone="08-465 004 10"></soc-concern-report>`);
    let payload: unknown;
    el.transport = async (p) => {
      payload = p;
      return { reference: 'OV-2026-0001' };
    };
    const steps: string[] = [];
    el.addEventListener('soc-step-change', (e) => steps.push((e as CustomEvent).detail.id));

    // Emergency help comes before the first question.
    const notice = el.shadowRoot!.querySelector('.notice.danger')!;
    expect(notice.textContent).to.contain('Är någon i fara just nu? Ring 112.');
    expect(notice.textContent).to.not.contain('barnet');
    expect(notice.compareDocumentPosition(el.shadowRoot!.querySelector('soc-text-field')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(heading(el)).to.equal('Om personen');
    expect(caption(el)).to.equal('Anmäl oro för en vuxen – Steg 1 av 3');

    // Neither a name nor a place: one of them is needed.
    await pressButton('Fortsätt');
    await settle();
    expect(deepText(el)).to.contain('Skriv var personen bor eller vistas, eller skriv personens namn.');
    await fill('person.age', 'ungefär 70');
    await fill('person.location', 'Storgatan 3, bor ensam');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Din oro');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));
    expect(deepText(el)).to.contain('Du kan välja flera');
    await check('psykisk-ohalsa');
    await check('aldre');
    await fill('concern.description', 'Han går ut på natten och hittar inte hem.');
    await fill('concern.seen', 'I går kväll');
    await chooseRadio('concern.duration', 1);
    // "Vet personen…?" may be left unanswered.
    await chooseRadio('concern.urgent', 1);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Om dig');
    const text = deepText(el);
    expect(text).to.contain('ingen allmän anmälningsplikt');
    expect(text).to.contain('6 § LVM');
    expect(text).to.contain('Lex Sarah är något annat');
    expect(el.shadowRoot!.querySelector('[name="reporter.professional"]'), 'no duty question').to.equal(null);
    expect(text).to.contain('Du kan inte bli anonym i efterhand.');
    await chooseRadio('reporter.anonymous', 0);
    await settle();
    expect(deepText(el)).to.contain('Ett mejl är inte anonymt');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Kontrollera dina svar');
    const rows = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(rows).to.include.members(['Namn', 'Var personen bor eller vistas', 'Oron handlar om', 'Vad du har sett eller hört', 'Bråttom', 'Om dig']);
    expect(deepText(el)).to.contain('Du är anonym');

    const submitted = oneEvent(el, 'soc-submitted');
    await pressButton('Skicka');
    expect((await submitted).detail.reference).to.equal('OV-2026-0001');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot din anmälan');
    const receipt = deepText(el);
    expect(receipt).to.contain('De kan kontakta personen.');
    expect(receipt).to.contain('Personen kan tacka nej till hjälp.');
    expect(receipt).to.contain('Som privatperson får du oftast inte veta vad som händer sedan.');
    expect(receipt).to.contain('Du är anonym, så vi kan inte kontakta dig.');
    expect(receipt).to.contain('Ring 112');
    // The 14 days and the child's process are for children.
    expect(receipt).to.not.contain('14 dagar');
    expect(receipt).to.not.contain('barnet');
    expect(el.shadowRoot!.querySelector('soc-process-steps')).to.equal(null);
    expect(steps).to.deep.equal(['oro', 'du', 'granska', 'kvitto']);

    const parsed = concernReportAdultPayload.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.type).to.equal('concern-report-adult');
    expect(parsed.data!.data).to.deep.equal({
      person: { age: 'ungefär 70', location: 'Storgatan 3, bor ensam' },
      concern: {
        kinds: ['psykisk-ohalsa', 'aldre'],
        description: 'Han går ut på natten och hittar inte hem.',
        seen: 'I går kväll',
        duration: 'weeks',
        urgent: 'no',
      },
      reporter: { anonymous: true },
    });
    // The child's schema does not take it, and the adult's takes no identifying key beside anonymity.
    expect(concernReportPayload.safeParse(payload).success).to.be.false;
    const p = payload as { data: { reporter: Record<string, unknown> } };
    const leaked = { ...p, data: { ...p.data, reporter: { anonymous: true, name: 'Eva' } } };
    const rejected = concernReportAdultPayload.safeParse(leaked);
    expect(rejected.success).to.be.false;
    expect(rejected.error!.issues[0]!.message).to.equal('unknown_key');
  });

  it('a named reporter gives a way to be reached and says how they know the person; the receipt says they may be contacted', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult"></soc-concern-report>`);
    await setAnswers(el, { ...ADULT_ANSWERS, 'reporter.anonymous': 'no', 'reporter.name': 'Eva Lind', 'reporter.relation': 'Granne' });
    el.next();
    await settle();
    el.next();
    await settle();
    expect(heading(el)).to.equal('Om dig');
    expect(deepText(el)).to.contain('får personen oftast veta vem som har gjort anmälan');
    expect(el.next(), 'no phone and no e-mail').to.be.false;
    await settle();
    expect(deepText(el)).to.contain('Skriv ett telefonnummer eller en e-postadress.');
    await setAnswers(el, { 'reporter.email': 'eva@example.se' });
    expect(el.next()).to.be.true;
    await settle();
    const payload = el.payload();
    expect(concernReportAdultPayload.safeParse(payload).success).to.be.true;
    expect((payload.data as { reporter: unknown }).reporter).to.deep.equal({ anonymous: false, name: 'Eva Lind', email: 'eva@example.se', relation: 'Granne' });
    el.transport = async () => ({ reference: 'OV-2' });
    await el.submit();
    await settle();
    expect(deepText(el)).to.contain('De kan också kontakta dig om de har frågor.');
  });

  it('choosing anonymity removes what was typed about the reporter from memory, draft and payload', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult"></soc-concern-report>`);
    await setAnswers(el, { ...ADULT_ANSWERS, ...NAMED });
    expect(JSON.stringify(el.buildData())).to.contain('Eva Lind');
    await setAnswers(el, { 'reporter.anonymous': 'yes' });
    expect(el.answers).to.not.have.property('reporter.name');
    expect(el.answers).to.not.have.property('reporter.phone');
    expect(sessionStorage.getItem(ADULT_DRAFT)).to.not.contain('Eva');
    expect(el.buildData().reporter).to.deep.equal({ anonymous: true });
  });

  it('when it is urgent, says to call, with the numbers, before the report is sent', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult" phone="08-465 004 10"></soc-concern-report>`);
    await setAnswers(el, Object.fromEntries(Object.entries(ADULT_ANSWERS).filter(([k]) => k !== 'concern.urgent')));
    el.next();
    await settle();
    expect(deepText(el)).to.not.contain('Ring hellre än att skriva');
    await chooseRadio('concern.urgent', 0);
    await waitUntil(() => el.answers['concern.urgent'] === 'yes', 'Space chose "Ja"');
    await el.updateComplete;
    await settle();
    const note = [...el.shadowRoot!.querySelectorAll('.notice.danger')].find((n) => n.textContent!.includes('Ring hellre än att skriva'))!;
    expect(note).to.not.equal(undefined);
    expect(note.querySelector('a[href="tel:+46846500410"]')).to.not.equal(null);
    expect(note.textContent).to.contain('112');
  });

  it('keeps its own draft, which a reload restores; the child form does not take it', async () => {
    const first = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult"></soc-concern-report>`);
    await fill('person.name', 'Bo Ek');
    await pressButton('Fortsätt');
    await settle();
    expect(heading(first)).to.equal('Din oro');
    first.remove();
    expect(sessionStorage.getItem(ADULT_DRAFT)).to.not.equal(null);
    expect(sessionStorage.getItem(CHILD_DRAFT)).to.equal(null);

    const child = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    expect(child.answers).to.deep.equal({});
    expect(heading(child)).to.equal('Om barnet');
    child.remove();

    const again = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult"></soc-concern-report>`);
    await settle();
    expect(heading(again)).to.equal('Din oro');
    expect(again.answers['person.name']).to.equal('Bo Ek');
  });

  describe('sending', () => {
    const realFetch = window.fetch;
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('when the network fails keeps the answers, and a retry sends one submission with the same Idempotency-Key', async () => {
      const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="adult" action="/api/submissions" phone="08-465 004 10"></soc-concern-report>`);
      await setAnswers(el, ADULT_ANSWERS);
      await toReview(el, 3);
      const { calls } = await failThenRetry(el, 'network', 'OV-7');
      expect((calls[1]!.body as { type: string }).type).to.equal('concern-report-adult');
      expect(concernReportAdultPayload.safeParse(calls[1]!.body).success).to.be.true;
    });
  });
});

describe('<soc-concern-report subject="ask">', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => fixtureCleanup());

  it('asks first whether it is a child or an adult; the choice survives Back, a reload and the review, and "Ändra" switches paths both ways with nothing of the other path sent', async function () {
    this.timeout(30_000);
    const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="ask"></soc-concern-report>`);
    expect(heading(el)).to.equal('Barn eller vuxen');
    expect(deepText(el)).to.contain('Gäller din oro ett barn eller en vuxen?');
    expect(el.shadowRoot!.querySelector('.notice.danger')!.textContent).to.contain('Är någon i fara just nu? Ring 112.');
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el), 'the question must be answered').to.equal('Barn eller vuxen');

    await chooseRadio('subject', 1);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Om personen');
    expect(caption(el)).to.equal('Anmäl oro för ett barn eller en vuxen – Steg 2 av 4');
    await fill('person.name', 'Bo Ek');

    // Back: the answer is still chosen.
    await pressButton('Tillbaka');
    await settle();
    expect(heading(el)).to.equal('Barn eller vuxen');
    const radios = el.shadowRoot!.querySelector('[name="subject"]')!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    expect([...radios].map((r) => r.checked)).to.deep.equal([false, true]);

    // A reload: the ask form's own draft brings back the path and the answers.
    el.remove();
    expect(sessionStorage.getItem(ASK_DRAFT)).to.not.equal(null);
    expect(sessionStorage.getItem(ADULT_DRAFT)).to.equal(null);
    const again = await fixture<SocConcernReport>(html`<soc-concern-report subject="ask"></soc-concern-report>`);
    await settle();
    expect(again.answers.subject).to.equal('adult');
    expect(again.answers['person.name']).to.equal('Bo Ek');
    expect(again.path).to.equal('adult');

    await setAnswers(again, ADULT_ANSWERS);
    await toReview(again, 4);
    const row = [...again.shadowRoot!.querySelectorAll('.row')].find((r) => r.querySelector('dt')!.textContent!.trim() === 'Din oro gäller')!;
    expect(row.querySelector('dd')!.textContent).to.contain('En vuxen');
    expect(again.payload().type).to.equal('concern-report-adult');
    expect(concernReportAdultPayload.safeParse(again.payload()).success).to.be.true;

    // "Ändra" → a child: the adult's answers are gone, the child's questions follow.
    await pressButton(/^\s*Ändra\s*Din oro gäller\s*$/);
    await settle();
    expect(heading(again)).to.equal('Barn eller vuxen');
    expect(deepText(again)).to.contain('Om du byter svar försvinner det du redan har skrivit.');
    // "Ändra" puts the focus on the chosen answer (En vuxen); the arrow key moves to Ett barn.
    await sendKeys({ press: 'ArrowUp' });
    await settle();
    expect(again.answers).to.deep.equal({ subject: 'child' });
    await pressButton('Fortsätt');
    await settle();
    expect(heading(again), 'the new path is walked, not the review').to.equal('Om barnet');
    await setAnswers(again, CONCERN_ANSWERS);
    await toReview(again, 3);
    const child = again.payload();
    expect(child.type).to.equal('concern-report');
    expect(concernReportPayload.safeParse(child).success).to.be.true;
    expect(child.data).to.not.have.property('person');
    expect(JSON.stringify(child)).to.not.contain('Bo Ek');
    expect(JSON.stringify(child)).to.not.contain('subject');

    // And back to an adult: nothing of the child is kept.
    again.edit('vem', 'subject');
    await settle();
    await setAnswers(again, { subject: 'adult' });
    expect(again.answers).to.deep.equal({ subject: 'adult' });
    await setAnswers(again, ADULT_ANSWERS);
    await toReview(again, 4);
    const adult = again.payload();
    expect(adult.type).to.equal('concern-report-adult');
    expect(adult.data).to.not.have.property('child');
    expect(JSON.stringify(adult)).to.not.contain('Alva');
    expect(concernReportAdultPayload.safeParse(adult).success).to.be.true;
  });

  it('a child chosen first gives the child’s report, whose receipt keeps the child’s next steps', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="ask"></soc-concern-report>`);
    await setAnswers(el, { subject: 'child', ...CONCERN_ANSWERS });
    await toReview(el, 4);
    el.transport = async () => ({ reference: 'OA-3' });
    await el.submit();
    await settle();
    expect(deepText(el)).to.contain('14 dagar');
    expect(el.shadowRoot!.querySelector('soc-process-steps')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.notice.danger')!.textContent).to.contain('Är barnet i fara just nu?');
  });

  it('the child form is as before: subject defaults to child, no first question, its own draft key', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    expect(el.subject).to.equal('child');
    expect(heading(el)).to.equal('Om barnet');
    expect(el.shadowRoot!.querySelector('[name="subject"]')).to.equal(null);
    await setAnswers(el, CONCERN_ANSWERS);
    expect(el.payload().type).to.equal('concern-report');
    expect(sessionStorage.getItem(CHILD_DRAFT)).to.not.equal(null);
  });
});

describe('<soc-concern-report subject="adult"> accessibility of every step', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    fixtureCleanup();
    await setLocale('sv');
  });

  // One locale per test keeps each test short.
  for (const { lang, dir } of LOCALES) {
    it(`is axe-clean on every step, with errors, on review, failure and receipt (${lang})`, async function () {
      // 15 axe runs: WebKit on the shared 2-core machine takes more than the default 10 s.
      this.timeout(30_000);
      await setLocale(lang, dir);
      const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="ask" phone="08-465 004 10" emergency-phone="08-465 004 90" read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`);
      for (let step = 0; step < 4; step++) {
        const at = el.answers;
        el.answers = step === 0 ? {} : { subject: 'adult' };
        await el.updateComplete;
        await expect(el, `${lang} step ${step}`).to.be.accessible();
        expect(el.next()).to.be.false;
        await settle();
        await expect(el, `${lang} step ${step} errors`).to.be.accessible();
        el.answers = at;
        await setAnswers(el, { subject: 'adult', ...ADULT_ANSWERS, 'concern.urgent': 'yes', 'concern.personKnows': 'no', ...(step === 3 ? NAMED : {}) });
        await settle();
        await expect(el, `${lang} step ${step} answered`).to.be.accessible();
        expect(el.next(), `${lang} step ${step}`).to.be.true;
        await settle();
      }
      expect(el.shadowRoot!.querySelector('dl')).to.not.equal(null);
      await expectEndStatesAccessible(el, lang, 'OV-1');
    });
  }

  itExcept(['webkit'], DRIVER.narrowWebKit, 'fits a 320 px screen on every step without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SocConcernReport>(html`<soc-concern-report subject="ask" quick-exit></soc-concern-report>`);
      await setAnswers(el, { subject: 'adult', ...ADULT_ANSWERS, ...NAMED, 'concern.urgent': 'yes' });
      for (let step = 0; step < 5; step++) {
        expect(document.documentElement.scrollWidth, `step ${step}`).to.be.at.most(320);
        el.next();
        await settle();
      }
      el.transport = async () => ({ reference: 'OV-9' });
      await el.submit();
      await settle();
      expect(document.documentElement.scrollWidth, 'receipt').to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
