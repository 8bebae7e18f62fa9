import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { emulateMedia, sendKeys, setViewport } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import '../src/services/concern-report.js';
import type { SocConcernReport } from '../src/services/concern-report.js';
import { concernReportPayload } from '../src/schemas/concern-report.js';
import { chooseRadio, deepActive, fill, pressButton, shiftTabToField, tabToField } from './helpers/keyboard.js';
import { CONCERN_ANSWERS, expectEndStatesAccessible, failThenRetry, setAnswers, settle } from './helpers/service.js';
import { CDP, DRIVER, itChromium, itExcept } from './helpers/engine.js';

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (el: SocConcernReport) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();

describe('<soc-concern-report>', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows emergency help before the first question', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report emergency-phone="08-465 004 90"></soc-concern-report>`);
    const notice = el.shadowRoot!.querySelector('.notice.danger')!;
    const firstField = el.shadowRoot!.querySelector('soc-text-field')!;
    expect(notice.textContent).to.contain('Ring 112');
    expect(notice.compareDocumentPosition(firstField) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
    expect(notice.querySelector('a[href="tel:+46846500490"]')!.textContent).to.equal('08-465 004 90');
  });

  it('is completed with the keyboard alone by an anonymous private person', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    let payload: unknown;
    el.transport = async (p) => {
      payload = p;
      return { reference: 'OA-2026-0001' };
    };
    await fill('child.name', 'Alva');
    await chooseRadio('child.idKind', 1);
    await fill('child.age', 'ungefär 8');
    await fill('child.location', 'Ekskolan, klass 2');
    await chooseRadio('child.siblings', 2);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Din oro');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));

    await fill('concern.description', 'Alva säger att hon inte får mat hemma.');
    await chooseRadio('concern.duration', 2);
    await chooseRadio('concern.childKnows', 1);
    await chooseRadio('concern.guardiansKnow', 1);
    await chooseRadio('concern.otherChildren', 1);
    await chooseRadio('concern.interpreter.needed', 1);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Om dig');

    await chooseRadio('reporter.professional', 1);
    await chooseRadio('reporter.anonymous', 0);
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(shadowText(el)).to.contain('Du är anonym');

    const submitted = oneEvent(el, 'soc-submitted');
    await pressButton('Skicka');
    expect((await submitted).detail.reference).to.equal('OA-2026-0001');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot din anmälan');
    expect(shadowText(el)).to.contain('OA-2026-0001');

    const parsed = concernReportPayload.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.data.reporter).to.deep.equal({ anonymous: true });
    expect(parsed.data!.data.child).to.deep.equal({ name: 'Alva', age: 'ungefär 8', location: 'Ekskolan, klass 2', siblings: 'unknown' });
  });
});

/** Fills every step through the element's API, as a user would have answered. */
/** The whole report with the child's personnummer; `reporter` gives the reporter's answers. */
async function answerAll(el: SocConcernReport, reporter: Record<string, string>) {
  const rest = Object.fromEntries(Object.entries(CONCERN_ANSWERS).filter(([k]) => !k.startsWith('reporter.')));
  await setAnswers(el, { ...rest, 'child.idKind': 'pnr', 'child.personnummer': '1512180025', ...reporter });
}

/** The child and the concern answered, on the step "Om dig". */
async function toReporterStep(el: SocConcernReport) {
  await answerAll(el, {});
  for (let i = 0; i < 2; i++) {
    el.next();
    await settle();
  }
  expect(heading(el)).to.equal('Om dig');
}

async function goToReview(el: SocConcernReport) {
  for (let i = 0; i < 3; i++) {
    expect(el.next(), `step ${i} valid`).to.be.true;
    await el.updateComplete;
    await settle();
  }
  expect(heading(el)).to.equal('Kontrollera dina svar');
}

describe('<soc-concern-report> paths and privacy', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });

  it('a professional completes it with the keyboard and cannot choose anonymity', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await toReporterStep(el);
    await chooseRadio('reporter.professional', 0);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('kan du inte vara anonym');
    // With a duty to report, the anonymity question is not on the page at all.
    expect(el.shadowRoot!.querySelector('[name="reporter.anonymous"]')).to.equal(null);
    await fill('reporter.name', 'Lena Lärare');
    await fill('reporter.workplace', 'Ekskolan');
    await fill('reporter.role', 'Lärare');
    await fill('reporter.phone', '08 465 004 10');
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
    // The review shows numbers tidied, as they will be read: not "1512180025", "08 465 004 10".
    expect(shadowText(el)).to.contain('20151218-0025').and.to.contain('08-465 004 10');
    const parsed = concernReportPayload.safeParse(el.payload());
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.data.reporter).to.deep.equal({
      anonymous: false,
      professional: true,
      name: 'Lena Lärare',
      workplace: 'Ekskolan',
      role: 'Lärare',
      phone: '+46846500410',
    });
    expect(parsed.data!.data.child.personnummer).to.equal('201512180025');
    expect(parsed.data!.data.concern.interpreter).to.deep.equal({ needed: 'yes', language: 'arabiska' });
  });

  it('choosing anonymity removes what was typed about the reporter from the page, memory, draft and payload', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'no' });
    el.next();
    await settle();
    el.next();
    await settle();
    await tabToField('reporter.anonymous');
    await fill('reporter.name', 'Eva Granne');
    await fill('reporter.phone', '070-174 06 05');
    await fill('reporter.email', 'eva@example.se');
    await fill('reporter.relation', 'granne');
    expect(sessionStorage.getItem('soc-elements:draft:concern-report')).to.contain('Eva Granne');
    await shiftTabToField('reporter.anonymous'); // lands on the checked "Nej"
    await sendKeys({ press: 'ArrowUp' }); // "Ja, jag vill vara anonym"
    await el.updateComplete;
    await settle();
    const secrets = ['Eva Granne', '070-174 06 05', '+46701740605', 'eva@example.se', 'granne'];
    const draft = sessionStorage.getItem('soc-elements:draft:concern-report')!;
    const memory = JSON.stringify(el.answers);
    const page = [...el.shadowRoot!.querySelectorAll('soc-text-field')].map((f) => `${f.name}=${f.value}`).join(' ');
    for (const s of secrets) {
      expect(draft, 'draft').to.not.contain(s);
      expect(memory, 'memory').to.not.contain(s);
      expect(page, 'page').to.not.contain(s);
    }
    expect(el.shadowRoot!.querySelector('[name="reporter.name"]')).to.equal(null);
    el.next();
    await settle();
    const payload = JSON.stringify(el.payload());
    for (const s of secrets) expect(payload).to.not.contain(s);
    expect(concernReportPayload.parse(el.payload()).data.reporter).to.deep.equal({ anonymous: true });
  });

  it('a private person who gives a name must give a phone number or an e-mail address', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'no', 'reporter.name': 'Eva' });
    el.next();
    await settle();
    el.next();
    await settle();
    expect(el.next()).to.be.false;
    await settle();
    const summary = el.shadowRoot!.querySelector('soc-error-summary')!;
    expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Skriv ett telefonnummer eller en e-postadress.',
    ]);
    el.setAnswer('reporter.email', 'eva@example.se');
    await el.updateComplete;
    expect(el.next()).to.be.true;
  });

  it('shows the error summary on every step, takes focus and keeps the heading', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    const expected = [
      ['Om barnet', ['Fyll i barnets namn.', 'Välj ett svar: vet du barnets personnummer eller ålder?', 'Fyll i var bor barnet, eller vilken skola eller förskola går barnet i.', 'Välj ett svar: har barnet syskon?']],
      ['Din oro', ['Fyll i vad är du orolig för.', 'Välj ett svar: hur länge har du varit orolig?', 'Välj ett svar: vet barnet att du gör en anmälan?', 'Välj ett svar: vet barnets vårdnadshavare att du gör en anmälan?', 'Välj ett svar: är du orolig för fler barn?', 'Välj ett svar: behöver barnet eller familjen tolk?']],
      ['Om dig', ['Välj ett svar: har du anmälningsplikt?']],
    ] as const;
    await answerAll(el, {});
    el.answers = {};
    for (const [title, messages] of expected) {
      await el.updateComplete;
      expect(heading(el)).to.equal(title);
      await pressButton('Fortsätt');
      await settle();
      const summary = el.shadowRoot!.querySelector('soc-error-summary')!;
      expect([...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([...messages]);
      expect(deepActive()).to.equal(summary.shadowRoot!.querySelector('[part~="summary"]'));
      expect(heading(el)).to.equal(title);
      expect(document.title).to.match(/^Fel: /);
      await expect(el).to.be.accessible();
      // Answer this step so the next one can be checked.
      const step = title === 'Om barnet' ? 'barn' : title === 'Din oro' ? 'oro' : 'du';
      const fillStep: Record<string, Record<string, string>> = {
        barn: { 'child.name': 'A', 'child.idKind': 'unknown', 'child.location': 'X', 'child.siblings': 'no' },
        oro: { 'concern.description': 'X', 'concern.duration': 'weeks', 'concern.childKnows': 'no', 'concern.guardiansKnow': 'no', 'concern.otherChildren': 'no', 'concern.interpreter.needed': 'no' },
        du: { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' },
      };
      for (const [k, v] of Object.entries(fillStep[step]!)) el.setAnswer(k, v);
      await el.updateComplete;
      expect(el.next()).to.be.true;
      await settle();
    }
  });
});

describe('<soc-concern-report> sending, drafts and leaving', () => {
  const realFetch = window.fetch;
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('when the network fails keeps the answers, offers the phone, and a retry sends one submission with the same Idempotency-Key', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report action="/api/submissions" phone="08-465 004 10"></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    await goToReview(el);
    const { calls, box } = await failThenRetry(el, 'network', 'OA-7');
    expect(box.querySelector('a[href="tel:+46846500410"]')).to.not.equal(null);
    expect(calls[0]!.url).to.equal('/api/submissions');
    expect(concernReportPayload.safeParse(calls[1]!.body).success).to.be.true;
  });

  it('shows field errors from a 400 response on the fields and returns to the review page after the fix', async () => {
    window.fetch = async () =>
      new Response(JSON.stringify({ errors: [{ path: 'data.child.location', code: 'too_long' }] }), { status: 400 });
    const el = await fixture<SocConcernReport>(html`<soc-concern-report action="/api"></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    await goToReview(el);
    await el.submit();
    await settle();
    await settle();
    expect(heading(el)).to.equal('Om barnet');
    const field = el.shadowRoot!.querySelector('[name="child.location"]')!;
    expect(field.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('Texten är för lång');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('soc-error-summary')!.shadowRoot!.querySelector('[part~="summary"]'));
    (field as HTMLElement).focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'Storgatan 2' });
    await el.updateComplete;
    expect(el.next()).to.be.true;
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
  });

  it('"Ändra" on the review page opens the question and Fortsätt comes back to the review', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    await goToReview(el);
    await pressButton(/Ändra\s+Hur länge/);
    await settle();
    expect(heading(el)).to.equal('Din oro');
    await sendKeys({ press: 'ArrowDown' });
    await pressButton('Fortsätt');
    await settle();
    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(shadowText(el)).to.contain('Flera månader eller längre');
  });

  it('keeps a tab-scoped draft that survives a reload and is removed by "Avbryt"', async () => {
    const first = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await fill('child.name', 'Alva');
    await fill('child.location', 'Ekskolan');
    first.remove();
    const again = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    const name = again.shadowRoot!.querySelector<HTMLElement & { value: string }>('[name="child.name"]')!;
    expect(name.value).to.equal('Alva');
    expect(again.answers['child.location']).to.equal('Ekskolan');
    expect(Object.keys(localStorage).length).to.equal(0);
    await pressButton('Avbryt och ta bort mina svar');
    await settle();
    await pressButton('Ja, avbryt');
    await settle();
    expect(sessionStorage.getItem('soc-elements:draft:concern-report')).to.equal(null);
    expect(again.answers).to.deep.equal({});
  });

  it('warns before leaving with unsent answers, not after sending', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    const leave = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).to.be.false;
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    expect(leave()).to.be.true;
    el.transport = async () => ({ reference: 'R1' });
    await goToReview(el);
    await el.submit();
    expect(leave()).to.be.false;
  });

  it('quick exit wipes the answers and the draft', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report quick-exit></soc-concern-report>`);
    await answerAll(el, {});
    expect(sessionStorage.getItem('soc-elements:draft:concern-report')).to.contain('Alva');
    window.dispatchEvent(new CustomEvent('soc-quick-exit', { detail: { href: 'https://www.smhi.se/' } }));
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
    expect(sessionStorage.getItem('soc-elements:draft:concern-report')).to.equal(null);
  });

  it('a cancelled soc-submit lets the host send, and complete() shows the receipt', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    await goToReview(el);
    el.addEventListener('soc-submit', (e) => e.preventDefault(), { once: true });
    const submit = oneEvent(el, 'soc-submit');
    void el.submit();
    const { detail } = await submit;
    expect(concernReportPayload.safeParse(detail.payload).success).to.be.true;
    expect(detail.idempotencyKey).to.be.a('string');
    el.complete('HOST-1');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot din anmälan');
  });
});

describe('<soc-concern-report> accessibility of every step', () => {
  beforeEach(() => sessionStorage.clear());

  it('is axe-clean on every step, with errors, on review, failure and receipt — in sv, en and ar', async () => {
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      sessionStorage.clear();
      const el = await fixture<SocConcernReport>(html`<soc-concern-report phone="08-465 004 10" emergency-phone="08-465 004 90" read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`);
      expect(el.shadowRoot!.querySelector('.step-heading')!.textContent).to.not.equal('');
      for (let step = 0; step < 3; step++) {
        el.answers = {};
        await el.updateComplete;
        await expect(el, `${lang} step ${step}`).to.be.accessible();
        expect(el.next()).to.be.false; // with empty answers: the error summary and inline errors
        await settle();
        await expect(el, `${lang} step ${step} errors`).to.be.accessible();
        await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'no', 'reporter.name': 'Eva', 'reporter.phone': '070-174 06 05' });
        const moved = el.next();
        await settle();
        expect(moved, `${lang} step ${step}`).to.be.true;
        await settle();
      }
      await expectEndStatesAccessible(el, lang, 'OA-1');
      fixtureCleanup();
    }
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'fits a 320 px screen on every step without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SocConcernReport>(html`<soc-concern-report quick-exit></soc-concern-report>`);
      await answerAll(el, { 'reporter.professional': 'yes', 'reporter.name': 'Lena', 'reporter.workplace': 'Ekskolan', 'reporter.role': 'Lärare', 'reporter.phone': '08-465 004 10' });
      for (let step = 0; step < 4; step++) {
        expect(document.documentElement.scrollWidth, `step ${step}`).to.be.at.most(320);
        el.next();
        await settle();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<soc-concern-report> title and print', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });

  it('puts the step in the browser title and restores the page title when removed', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    expect(document.title).to.equal('Steg 1 av 3: Om barnet – Anmäl oro för ett barn – Exempelkommun');
    await answerAll(el, {});
    el.next();
    await settle();
    expect(document.title).to.equal('Steg 2 av 3: Din oro – Anmäl oro för ett barn – Exempelkommun');
    el.remove();
    expect(document.title).to.equal('Exempelkommun');
  });

  itChromium(CDP.print, 'prints the receipt without buttons or the quick-exit button', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report quick-exit phone="08-465 004 10"></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    el.transport = async () => ({ reference: 'OA-9' });
    await goToReview(el);
    await el.submit();
    await settle();
    await emulateMedia({ media: 'print' });
    try {
      const shown = (sel: string) => {
        const n = el.shadowRoot!.querySelector(sel);
        return !!n && getComputedStyle(n).display !== 'none';
      };
      expect(shown('.buttons')).to.be.false;
      expect(shown('soc-quick-exit')).to.be.false;
      expect(shown('.reference')).to.be.true;
      expect(shown('soc-process-steps')).to.be.true;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

/** Answers every step, sends at the instant `sent` (Stockholm time in the comments) and returns the receipt's text. */
async function receiptAt(el: SocConcernReport, sent: string): Promise<string> {
  const phase = () => (el as unknown as { phase: string }).phase;
  el.now = () => new Date(sent);
  if (phase() === 'form') {
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    for (let i = 0; phase() === 'form' && i < 3; i++) {
      expect(el.next(), `step ${i} valid`).to.be.true;
      await settle();
    }
  }
  el.transport = async () => ({ reference: 'OA-11' });
  await el.submit();
  await settle();
  expect(phase()).to.equal('receipt');
  await el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('soc-process-steps')!.updateComplete;
  return allShadowText(el);
}

/** Every text the element and the elements inside it show, shadow roots and closed disclosures included. */
function allShadowText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    node.childNodes.forEach(walk);
  };
  (root.shadowRoot ?? root).childNodes.forEach(walk);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const FRIDAY_EVENING = '2026-12-04T18:00:00Z'; // Friday 4 December 2026, 19.00 in Stockholm
const WEDNESDAY_MORNING = '2026-12-02T09:00:00Z'; // Wednesday 2 December 2026, 10.00

describe('<soc-concern-report> one truth about when reports are read', () => {
  beforeEach(() => sessionStorage.clear());

  it('without read-hours: "vardagar under kontorstid" before the form and on the receipt, never "direkt", and socialjouren stays on the receipt', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    const before = el.shadowRoot!.querySelector('.notice.danger')!.textContent!.replace(/\s+/g, ' ');
    expect(before).to.contain('läses på vardagar under kontorstid');
    const receipt = await receiptAt(el, FRIDAY_EVENING);
    expect(receipt).to.contain('läses på vardagar under kontorstid');
    expect(receipt).to.contain('tidigast nästa vardag');
    expect(receipt).to.not.match(/direkt|samma dag/);
    // No emergency-phone: the receipt still tells where to turn in the evening and at weekends.
    const box = el.shadowRoot!.querySelector('.notice.danger');
    expect(box, 'an emergency box on the receipt').to.not.equal(null);
    expect(box!.textContent!.replace(/\s+/g, ' ')).to.contain('Ring 112').and.to.contain('Kvällar och helger kan du ringa 112 och fråga efter socialjouren.');
    // Prominent: the warning comes before "Vad händer nu?".
    const next = [...el.shadowRoot!.querySelectorAll('.sub-heading')].find((h) => h.textContent!.includes('Vad händer nu?'))!;
    expect(box!.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('with read-hours: the hours before the form, and a Friday-evening receipt says it is read on Monday at the earliest', async () => {
    const el = await fixture<SocConcernReport>(
      html`<soc-concern-report emergency-phone="08-465 004 90" read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`,
    );
    el.now = () => new Date(FRIDAY_EVENING);
    el.requestUpdate();
    await el.updateComplete;
    const before = el.shadowRoot!.querySelector('.notice.danger')!.textContent!.replace(/\s+/g, ' ');
    expect(before).to.contain('Anmälningar som du skickar här läses måndag–fredag kl. 8–16. På helgdagar, julafton, midsommarafton och nyårsafton läses de inte.');
    const receipt = await receiptAt(el, FRIDAY_EVENING);
    expect(receipt).to.contain('Din anmälan läses tidigast måndag 7 december kl. 8.');
    expect(receipt).to.not.match(/direkt|samma dag/);
    const box = el.shadowRoot!.querySelector('.notice.danger')!;
    expect(box.textContent).to.contain('tidigast måndag 7 december');
    expect(box.querySelector('a[href="tel:+46846500490"]')!.textContent).to.equal('08-465 004 90');
    expect(box.textContent).to.contain('Ring 112');
  });

  it('counts holidays and the eves: sent on julafton 2026, read at the earliest on Monday 28 December', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`);
    expect(await receiptAt(el, '2026-12-24T09:00:00Z')).to.contain('Din anmälan läses tidigast måndag 28 december kl. 8.');
  });

  it('sent inside the hours: the receipt gives the hours, and no earliest time', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`);
    const receipt = await receiptAt(el, WEDNESDAY_MORNING);
    expect(receipt).to.contain('Anmälningar som du skickar här läses måndag–fredag kl. 8–16.');
    expect(receipt).to.not.contain('tidigast');
  });

  it('shows the hours and the earliest time in the page’s language', async () => {
    await setLocale('en');
    const el = await fixture<SocConcernReport>(html`<soc-concern-report read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`);
    el.now = () => new Date(FRIDAY_EVENING);
    el.requestUpdate();
    await el.updateComplete;
    const before = el.shadowRoot!.querySelector('.notice.danger')!.textContent!.replace(/\s+/g, ' ');
    expect(before).to.match(/Reports you send here are read Monday–Friday 8:00\sAM\s–\s4:00\sPM\./);
    const receipt = await receiptAt(el, FRIDAY_EVENING);
    expect(receipt).to.match(/Your report will be read on Monday, December 7 at 8\sAM at the earliest\./);
  });

  it('an invalid read-hours warns once and falls back to the default text', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const el = await fixture<SocConcernReport>(html`<soc-concern-report read-hours="Mån-Fre 8-16"></soc-concern-report>`);
      await fixture<SocConcernReport>(html`<soc-concern-report read-hours="Mån-Fre 8-16"></soc-concern-report>`);
      expect(el.shadowRoot!.querySelector('.notice.danger')!.textContent).to.contain('läses på vardagar under kontorstid');
      const calls = warn.getCalls().filter((c) => String(c.args[0]).includes('read-hours'));
      expect(calls.length).to.equal(1);
      expect(String(calls[0]!.args[0])).to.match(/soc-concern-report: cannot read read-hours="Mån-Fre 8-16"/);
      warn.restore();
      expect(await receiptAt(el, FRIDAY_EVENING)).to.contain('läses på vardagar under kontorstid');
    } finally {
      warn.restore();
    }
  });

  it('no text of the form, its secrecy disclosure, the receipt or its process steps promises "direkt" or "samma dag"', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report read-hours="Mo-Fr 08:00-16:00; PH off"></soc-concern-report>`);
    await answerAll(el, { 'reporter.professional': 'no', 'reporter.anonymous': 'yes' });
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      seen.push(allShadowText(el));
      el.next();
      await settle();
    }
    seen.push(await receiptAt(el, FRIDAY_EVENING));
    const all = seen.join(' ');
    expect(all).to.contain('skyddsbedömning');
    expect(all).to.not.match(/\bdirekt\b/i);
    expect(all).to.not.match(/samma dag/i);
  });
});

describe('<soc-concern-report> who has the duty to report, and what anonymity means', () => {
  beforeEach(() => sessionStorage.clear());

  it('asks "Har du anmälningsplikt?" and names who has it; a sports coach answers Nej and may stay anonymous', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await toReporterStep(el);
    const group = el.shadowRoot!.querySelector('soc-radio-group[name="reporter.professional"]')!;
    const groupText = allShadowText(group);
    expect(groupText).to.contain('Har du anmälningsplikt?');
    expect(groupText).to.not.contain('i ditt arbete?');
    for (const named of ['skola, förskola', 'hälso- och sjukvård', 'polis', 'kriminalvård', 'tränare', 'svarar Nej']) expect(groupText).to.contain(named);
    expect(groupText).to.contain('Ja, jag har anmälningsplikt').and.to.contain('Nej, jag har inte anmälningsplikt');
    // The coach: no duty, anonymous, told what anonymity takes. The payload's shape is unchanged.
    el.setAnswer('reporter.professional', 'no');
    el.setAnswer('reporter.anonymous', 'yes');
    await el.updateComplete;
    await settle();
    expect(allShadowText(el)).to.contain('IP-adress');
    expect(el.next()).to.be.true;
    expect(concernReportPayload.parse(el.payload()).data.reporter).to.deep.equal({ anonymous: true });
  });
});
