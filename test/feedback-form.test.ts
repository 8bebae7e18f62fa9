// soc-feedback-form: synpunkter och klagomål, anonymous allowed (then no reply).
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import '../src/services/feedback-form.js';
import type { SocFeedbackForm } from '../src/services/feedback-form.js';
import { feedbackPayload } from '../src/schemas/feedback.js';
import { chooseRadio, deepActive, fill, pressButton, tabUntil } from './helpers/keyboard.js';
import { expectEndStatesAccessible, failThenRetry, setAnswers, settle } from './helpers/service.js';
import { DRIVER, itExcept } from './helpers/engine.js';

/** The text of the element and of the fields in it (each field's label and hints are in its own shadow root). */
const deepText = (el: Element): string => {
  const walk = (root: Element | ShadowRoot): string =>
    [...root.childNodes].map((n) => (n instanceof Element ? (n.shadowRoot ? walk(n.shadowRoot) + ' ' : '') + walk(n) : n.nodeType === 3 ? n.textContent : '')).join(' ');
  return walk(el.shadowRoot!).replace(/\s+/g, ' ');
};
const heading = (el: SocFeedbackForm) => el.shadowRoot!.querySelector('.step-heading')!.textContent!.trim();
const caption = (el: SocFeedbackForm) => el.shadowRoot!.querySelector('.caption')!.textContent!.replace(/\s+/g, ' ').trim();
const field = (el: SocFeedbackForm, name: string) => el.shadowRoot!.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`);
const DRAFT = 'soc-elements:draft:feedback';

/** A complete anonymous complaint as the form holds it. */
const ANSWERS: Readonly<Record<string, string | string[]>> = {
  about: ['waiting', 'treatment'],
  unit: 'Mottagningen',
  what: 'Jag fick vänta i tre månader på ett svar.',
  wish: 'Att ni svarar snabbare.',
  'contact.anonymous': 'yes',
};
const NAMED = { 'contact.anonymous': 'no', 'contact.name': 'Eva Lind', 'contact.phone': '070-174 06 05' };

/** Tabs to the checkbox with `value` and checks it with Space. */
async function check(value: string): Promise<void> {
  await tabUntil((e) => e.localName === 'input' && (e as HTMLInputElement).type === 'checkbox' && (e as HTMLInputElement).value === value, `checkbox ${value}`);
  await sendKeys({ press: ' ' });
}

async function toReview(el: SocFeedbackForm): Promise<void> {
  for (let i = 0; i < 3; i++) {
    expect(el.next(), `step ${i} valid`).to.be.true;
    await settle();
  }
  expect(heading(el)).to.equal('Kontrollera dina svar');
}

const realFetch = window.fetch;

describe('<soc-feedback-form>', () => {
  beforeEach(() => {
    sessionStorage.clear();
    document.title = 'Exempelkommun';
  });
  afterEach(() => {
    window.fetch = realFetch;
    fixtureCleanup();
  });

  it('says before the form that a decision is appealed, links to the appeal guide on the page, and names IVO and JO without promising replies', async () => {
    const el = await fixture<SocFeedbackForm>(html`<soc-feedback-form appeal-guide="overklaga" appeal-href="https://exempel.se/overklaga"></soc-feedback-form>`);
    const text = deepText(el);
    expect(text).to.contain('Är du inte nöjd med ett beslut? Då ska du överklaga beslutet.');
    expect(text).to.contain('Överklaganden och lex Sarah är inte synpunkter.');
    expect(text).to.contain('IVO kan inte ändra ett beslut');
    expect(text).to.contain('JO utreder oftast inte anmälningar utan namn');
    expect(text).to.not.match(/IVO (svarar|skickar)/);
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.appeal-link')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#overklaga'], 'the guide on the page wins over appeal-href');
    expect(links[0]!.textContent!.trim()).to.equal('Så överklagar du ett beslut');
    // The intro comes before the first question.
    expect(el.shadowRoot!.querySelector('.notice')!.compareDocumentPosition(el.shadowRoot!.querySelector('soc-checkbox-group')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;

    el.appealGuide = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a.appeal-link')!.getAttribute('href')).to.equal('https://exempel.se/overklaga');
    el.appealHref = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a.appeal-link'), 'no link without a guide').to.equal(null);
    expect(deepText(el)).to.contain('Då ska du överklaga beslutet.');
  });

  it('is completed with the keyboard alone by an anonymous citizen; the payload is exactly { anonymous: true } as contact', async () => {
    const el = await fixture<SocFeedbackForm>(html`<soc-feedback-form phone="019-21 30 00" municipality="Exempelkommun" appeal-guide="overklaga"></soc-feedback-form>`);
    let payload: unknown;
    el.transport = async (p) => {
      payload = p;
      return { reference: 'SK-2026-000001' };
    };
    const steps: string[] = [];
    el.addEventListener('soc-step-change', (e) => steps.push((e as CustomEvent).detail.id));

    expect(heading(el)).to.equal('Vad gäller det?');
    expect(caption(el)).to.equal('Synpunkter och klagomål – Steg 1 av 4');
    // Nothing chosen: a clear message.
    await pressButton('Fortsätt');
    await settle();
    expect(deepText(el)).to.contain('Välj vad dina synpunkter handlar om.');
    await check('decision');
    await settle();
    // A decision: the note says to appeal, with the link.
    const note = [...el.shadowRoot!.querySelectorAll('.notice')].find((n) => n.textContent!.includes('Vill du att beslutet ändras?'))!;
    expect(note.querySelector('a')!.getAttribute('href')).to.equal('#overklaga');
    await check('treatment');
    await fill('unit', 'Mottagningen');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Berätta vad som hände');
    expect(deepActive()).to.equal(el.shadowRoot!.querySelector('.step-heading'));
    await fill('what', 'Jag blev inte lyssnad på.');
    await fill('wish', 'Ett nytt möte.');
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Vill du ha svar?');
    const text = deepText(el);
    expect(text).to.contain('Det du skriver blir en allmän handling.');
    expect(text).to.contain('sekretessprövning');
    expect(text, 'said before choosing').to.contain('Om du är anonym kan du inte få något svar.');
    await chooseRadio('contact.anonymous', 1);
    await settle();
    expect(field(el, 'contact.name')).to.equal(null);
    await pressButton('Fortsätt');
    await settle();

    expect(heading(el)).to.equal('Kontrollera dina svar');
    expect(caption(el)).to.equal('Synpunkter och klagomål – Steg 4 av 4');
    const rows = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(rows).to.deep.equal(['Handlar om', 'Verksamhet', 'Vad som hände', 'Det här vill du ska hända', 'Svar']);
    expect(deepText(el)).to.contain('Du är anonym och får inget svar');

    const submitted = oneEvent(el, 'soc-submitted');
    await pressButton('Skicka');
    expect((await submitted).detail.reference).to.equal('SK-2026-000001');
    await settle();
    expect(heading(el)).to.equal('Tack! Vi har tagit emot dina synpunkter');
    const receipt = deepText(el);
    expect(receipt).to.contain('SK-2026-000001');
    expect(receipt).to.contain('tar reda på vad som har hänt');
    expect(receipt).to.contain('Du är anonym, så vi kan inte svara dig.');
    expect(receipt).to.not.match(/inom \d+ dagar/);
    expect([...el.shadowRoot!.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Skriv ut kvittot')).to.be.true;
    expect(steps).to.deep.equal(['berata', 'svar', 'granska', 'kvitto']);

    const parsed = feedbackPayload.safeParse(payload);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(parsed.data!.data).to.deep.equal({
      about: ['decision', 'treatment'],
      unit: 'Mottagningen',
      what: 'Jag blev inte lyssnad på.',
      wish: 'Ett nytt möte.',
      contact: { anonymous: true },
    });
  });

  it('a named citizen needs a phone number or an e-mail address, and the receipt says a reply comes (in reply-days when given)', async () => {
    const el = await fixture<SocFeedbackForm>(html`<soc-feedback-form reply-days="10"></soc-feedback-form>`);
    await setAnswers(el, { ...ANSWERS, 'contact.anonymous': 'no', 'contact.name': 'Eva Lind' });
    el.next();
    await settle();
    el.next();
    await settle();
    expect(el.next(), 'no way to reply').to.be.false;
    await settle();
    expect(deepText(el)).to.contain('Skriv ett telefonnummer eller en e-postadress.');
    expect(field(el, 'contact.name')!.value, 'what was typed stays').to.equal('Eva Lind');
    await fill('contact.email', 'eva@exempel.se');
    expect(el.next()).to.be.true;
    await settle();
    const p = el.payload() as { data: { contact: unknown } };
    expect(feedbackPayload.safeParse(p).success).to.be.true;
    expect(p.data.contact).to.deep.equal({ anonymous: false, name: 'Eva Lind', email: 'eva@exempel.se' });
    el.transport = async () => ({ reference: 'SK-2' });
    await el.submit();
    await settle();
    expect(deepText(el)).to.contain('Vi svarar dig inom 10 dagar.');
    expect(deepText(el)).to.not.contain('Du är anonym');
  });

  it('choosing anonymity after typing a name removes it from memory, draft and payload; the schema rejects an identifying key', async () => {
    const el = await fixture<SocFeedbackForm>(html`<soc-feedback-form></soc-feedback-form>`);
    await setAnswers(el, { ...ANSWERS, ...NAMED });
    expect(JSON.stringify(el.buildData())).to.contain('Eva Lind');
    expect(sessionStorage.getItem(DRAFT)).to.contain('Eva Lind');
    await setAnswers(el, { 'contact.anonymous': 'yes' });
    expect(el.answers).to.not.have.property('contact.name');
    expect(el.answers).to.not.have.property('contact.phone');
    expect(sessionStorage.getItem(DRAFT)).to.not.contain('Eva');
    const p = el.payload() as { data: { contact: unknown } };
    expect(p.data.contact).to.deep.equal({ anonymous: true });
    expect(JSON.stringify(p)).to.not.match(/Eva|070|name|phone|email/);
    expect(feedbackPayload.safeParse(p).success).to.be.true;
    const leaked = { ...p, data: { ...p.data, contact: { anonymous: true, name: 'Eva Lind' } } };
    const r = feedbackPayload.safeParse(leaked);
    expect(r.success).to.be.false;
    expect(r.error!.issues.map((i) => i.message)).to.include('unknown_key');
    // Back to "Nej" on the contact step: the fields are empty, nothing comes back.
    await setAnswers(el, { 'contact.anonymous': 'no' });
    el.next();
    await settle();
    el.next();
    await settle();
    expect(heading(el)).to.equal('Vill du ha svar?');
    expect(field(el, 'contact.name')!.value).to.equal('');
  });

  it('keeps a tab-scoped draft that a reload restores, with what was typed', async () => {
    const first = await fixture<SocFeedbackForm>(html`<soc-feedback-form></soc-feedback-form>`);
    await check('waiting');
    await pressButton('Fortsätt');
    await settle();
    await fill('what', 'Ingen ringde tillbaka.');
    first.remove();
    expect(sessionStorage.getItem(DRAFT)).to.not.equal(null);
    expect(Object.keys(localStorage).length).to.equal(0);

    const again = await fixture<SocFeedbackForm>(html`<soc-feedback-form></soc-feedback-form>`);
    await settle();
    expect(heading(again)).to.equal('Berätta vad som hände');
    expect(field(again, 'what')!.value).to.equal('Ingen ringde tillbaka.');
    expect(again.answers.about).to.deep.equal(['waiting']);
  });

  it('after a network failure keeps the answers, and a retry sends one submission with the same Idempotency-Key', async () => {
    const el = await fixture<SocFeedbackForm>(html`<soc-feedback-form action="/api/feedback" phone="019-21 30 00"></soc-feedback-form>`);
    await setAnswers(el, ANSWERS);
    await toReview(el);
    const { calls, box } = await failThenRetry(el, 'network', 'SK-7');
    expect(box.textContent).to.contain('019-21 30 00');
    expect(calls[0]!.url).to.equal('/api/feedback');
    const parsed = feedbackPayload.safeParse(calls[1]!.body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).to.be.true;
    expect(heading(el)).to.equal('Tack! Vi har tagit emot dina synpunkter');
  });
});

describe('<soc-feedback-form> accessibility of every step', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    fixtureCleanup();
    await setLocale('sv');
  });

  for (const { lang, dir } of LOCALES) {
    it(`is axe-clean on every step, with errors, anonymous and named, on review, failure and receipt (${lang})`, async function () {
      // Axe runs 14 times here.
      this.timeout(30_000);
      await setLocale(lang, dir);
      const el = await fixture<SocFeedbackForm>(
        html`<soc-feedback-form quick-exit phone="019-21 30 00" municipality="Exempelkommun" appeal-href="https://exempel.se/overklaga"></soc-feedback-form>`,
      );
      if (lang !== 'sv') expect(heading(el), `${lang} is translated`).to.not.equal('Vad gäller det?');
      for (let step = 0; step < 3; step++) {
        const at = el.answers;
        el.answers = {};
        await el.updateComplete;
        await settle();
        await expect(el, `${lang} step ${step}`).to.be.accessible();
        expect(el.next()).to.be.false;
        await settle();
        await expect(el, `${lang} step ${step} errors`).to.be.accessible();
        el.answers = at;
        await setAnswers(el, { ...ANSWERS, about: ['decision', 'other'], ...NAMED, 'contact.phone': '' });
        await settle();
        await expect(el, `${lang} step ${step} answered, named`).to.be.accessible();
        if (step === 2) {
          expect(el.next(), 'no way to reply').to.be.false;
          await settle();
          await expect(el, `${lang} named without a way to reply`).to.be.accessible();
          await setAnswers(el, { 'contact.anonymous': 'yes' });
          await settle();
          await expect(el, `${lang} anonymous`).to.be.accessible();
        }
        expect(el.next(), `${lang} step ${step}`).to.be.true;
        await settle();
      }
      await expectEndStatesAccessible(el, lang, 'SK-1');
    });
  }

  itExcept(['webkit'], DRIVER.narrowWebKit, 'fits a 320 px screen on every step without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await fixture<SocFeedbackForm>(html`<soc-feedback-form quick-exit phone="019-21 30 00" appeal-href="https://exempel.se/overklaga"></soc-feedback-form>`);
      await setAnswers(el, { ...ANSWERS, about: ['decision'], ...NAMED });
      for (let step = 0; step < 4; step++) {
        await settle();
        expect(document.documentElement.scrollWidth, `step ${step}`).to.be.at.most(320);
        el.next();
      }
      el.transport = async () => ({ reference: 'SK-2026-000042' });
      await el.submit();
      await settle();
      expect(document.documentElement.scrollWidth, 'receipt').to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
