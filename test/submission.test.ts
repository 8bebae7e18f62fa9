// Sending a service form against the real reference receiver, through a local proxy that loses,
// replaces or holds back the receiver's answer (test/server/fault-proxy.mjs): a report that was
// stored never looks lost, only a real receipt says "Tack", no send hangs, a damaged draft never
// shows a receipt or a sending state, and nothing typed outlives a quick exit.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from './helpers/commands.js';
import '../src/services/concern-report.js';
import '../src/services/application-form.js';
import type { SocConcernReport } from '../src/services/concern-report.js';
import { SocQuickExit } from '../src/patterns/quick-exit.js';
import { concernReportPayload } from '../src/schemas/concern-report.js';
import { deepActive, fill } from './helpers/keyboard.js';
import { CONCERN_ANSWERS, setAnswers, settle } from './helpers/service.js';

const DRAFT = 'soc-elements:draft:concern-report';
const ACTION = '/faults/auto/api/submissions';

interface Stored {
  reference: string;
  idempotencyKey: string;
}

/** What the next posts to the proxy meet, in order; the last one lasts until the next plan. */
async function plan(...modes: string[]): Promise<void> {
  await fetch('/faults/plan', { method: 'POST', body: JSON.stringify(modes) });
}

/** What the receiver has stored since the test run began. */
async function stored(): Promise<Stored[]> {
  return (await (await fetch('/faults/records')).json()) as Stored[];
}

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const heading = (el: Element) => el.shadowRoot!.querySelector('.step-heading')?.textContent!.trim() ?? '';
const RECEIPT = 'Tack! Vi har tagit emot din anmälan';

/** A complete anonymous report, each answer set as the user would, then on the review page. */
async function reviewPage(el: SocConcernReport, extra: Record<string, string> = {}): Promise<void> {
  await setAnswers(el, { ...CONCERN_ANSWERS, 'concern.interpreter.needed': 'no', 'concern.interpreter.language': '', ...extra });
  for (let i = 0; i < 3; i++) {
    expect(el.next(), `step ${i} valid`).to.be.true;
    await el.updateComplete;
    await settle();
  }
  expect(heading(el)).to.equal('Kontrollera dina svar');
}

const report = (action = ACTION) =>
  fixture<SocConcernReport>(html`<soc-concern-report action=${action} phone="08-465 004 00"></soc-concern-report>`);

/** Presses the send or retry button and waits until the send has ended one way or the other. */
async function send(el: SocConcernReport): Promise<'receipt' | 'failed'> {
  const ended = Promise.race([
    oneEvent(el, 'soc-submitted').then(() => 'receipt' as const),
    oneEvent(el, 'soc-submit-error').then(() => 'failed' as const),
  ]);
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.buttons .primary')!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  const result = await ended;
  await el.updateComplete;
  await settle();
  return result;
}

function expectFailureBox(el: SocConcernReport): Element {
  const box = el.shadowRoot!.querySelector('.failure');
  expect(box, 'failure box').to.not.equal(null);
  expect(deepActive()).to.equal(box);
  expect(box!.textContent).to.contain('Dina svar finns kvar. Försök igen om en liten stund.');
  expect(box!.querySelector('a[href^="tel:"]'), 'phone in the failure box').to.not.equal(null);
  expect(shadowText(el)).to.not.contain('Tack!');
  expect(el.shadowRoot!.querySelector('.buttons .primary')!.textContent!.trim()).to.equal('Försök skicka igen');
  return box!;
}

function expectReceipt(el: SocConcernReport, reference: string): void {
  expect(heading(el)).to.equal(RECEIPT);
  expect(el.shadowRoot!.querySelector('.reference')!.textContent).to.equal(reference);
  expect(sessionStorage.getItem(DRAFT)).to.equal(null);
}

describe('sending: a report that was stored never looks lost', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await plan();
  });
  afterEach(() => fixtureCleanup());

  for (const fault of ['lose-504', 'drop'] as const) {
    it(`when the receiver stored it but the answer was lost (${fault}), "Försök skicka igen" shows the original reference`, async () => {
      const before = (await stored()).length;
      const el = await report();
      await reviewPage(el);
      await plan(fault);
      expect(await send(el)).to.equal('failed');
      expectFailureBox(el);
      await plan();
      const records = await stored();
      expect(records.length, 'the receiver did store it').to.equal(before + 1);
      const original = records.at(-1)!;
      // The draft holds the key and the payload exactly as sent.
      const draft = JSON.parse(sessionStorage.getItem(DRAFT)!);
      expect(draft.key).to.equal(original.idempotencyKey);
      expect(concernReportPayload.safeParse(draft.sent).success).to.be.true;
      expect(await send(el)).to.equal('receipt');
      expectReceipt(el, original.reference);
      expect((await stored()).length, 'no second case').to.equal(before + 1);
    });
  }

  it('after a reload the retry sends the identical body with the same key', async () => {
    const bodies: string[] = [];
    const keys: (string | null)[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      if (String(input) === ACTION) {
        bodies.push(String(init?.body));
        keys.push(new Headers(init?.headers).get('idempotency-key'));
      }
      return realFetch(input, init);
    };
    try {
      const first = await report();
      await reviewPage(first);
      await plan('lose-504');
      expect(await send(first)).to.equal('failed');
      await plan();
      first.remove();
      // A second later, after a reload: a new element reads the draft.
      await new Promise((r) => setTimeout(r, 1100));
      const again = await report();
      expect(heading(again)).to.equal('Kontrollera dina svar');
      expect(await send(again)).to.equal('receipt');
      expect(bodies).to.have.length(2);
      expect(bodies[1], 'identical body, submittedAt included').to.equal(bodies[0]);
      expect(keys[1]).to.equal(keys[0]);
      expectReceipt(again, (await stored()).at(-1)!.reference);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a tab duplicated before sending: the same report sent from both tabs is one case', async () => {
    const el = await report();
    await reviewPage(el);
    const copy = sessionStorage.getItem(DRAFT)!;
    const count = (await stored()).length;
    expect(await send(el)).to.equal('receipt');
    const reference = el.shadowRoot!.querySelector('.reference')!.textContent!;
    el.remove();
    // The copy has the same answers and the same key, but it was never sent: its own payload.
    sessionStorage.setItem(DRAFT, copy);
    const tab2 = await report();
    expect(await send(tab2)).to.equal('receipt');
    expectReceipt(tab2, reference);
    expect((await stored()).length).to.equal(count + 1);
  });

  it('a duplicated tab neither makes a second case of one report nor locks the citizen out', async () => {
    const el = await report();
    await reviewPage(el);
    await plan('lose-504');
    expect(await send(el)).to.equal('failed');
    await plan();
    const draft = sessionStorage.getItem(DRAFT)!;
    const count = (await stored()).length;
    // Tab 1 retries and gets its receipt.
    expect(await send(el)).to.equal('receipt');
    const reference = el.shadowRoot!.querySelector('.reference')!.textContent!;
    el.remove();

    // Tab 2 was duplicated before that: it has the same draft. Sending it is the same report.
    sessionStorage.setItem(DRAFT, draft);
    const tab2 = await report();
    expect(await send(tab2)).to.equal('receipt');
    expectReceipt(tab2, reference);
    expect((await stored()).length).to.equal(count);
    tab2.remove();

    // Tab 3, also a copy, changes an answer first: that is a new report, and it is received.
    sessionStorage.setItem(DRAFT, draft);
    const tab3 = await report();
    tab3.edit('oro', 'concern.description');
    await settle();
    tab3.setAnswer('concern.description', 'Barnet är ofta hungrigt och trött.');
    expect(tab3.next()).to.be.true;
    await settle();
    expect(await send(tab3)).to.equal('receipt');
    const third = tab3.shadowRoot!.querySelector('.reference')!.textContent!;
    expect(third).to.not.equal(reference);
    const records = await stored();
    expect(records.length).to.equal(count + 1);
    expect(records.at(-1)!.reference).to.equal(third);
  });
});

describe('sending: only a real answer is a receipt', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await plan();
  });
  afterEach(() => fixtureCleanup());

  for (const [fault, what] of [
    ['html-200', 'a 200 HTML page (wrong action, login page)'],
    ['json-200', 'a 200 JSON answer without a reference'],
  ] as const) {
    it(`${what} is a failure the citizen can retry, with the phone number`, async () => {
      const el = await report();
      await reviewPage(el);
      await plan(fault);
      const failed = oneEvent(el, 'soc-submit-error');
      expect(await send(el)).to.equal('failed');
      expect((await failed).detail.retryable).to.be.true;
      expectFailureBox(el);
      await plan();
      expect(el.answers['concern.description']).to.equal('Barnet är ofta hungrigt.');
      expect(await send(el)).to.equal('receipt');
      expectReceipt(el, (await stored()).at(-1)!.reference);
    });
  }

  it('a custom transport that resolves without a reference does not give a receipt', async () => {
    const el = await report();
    await reviewPage(el);
    el.transport = async () => ({ reference: '  ' });
    expect(await send(el)).to.equal('failed');
    expectFailureBox(el);
  });
});

describe('sending: no endless "Skickar …"', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await plan();
  });
  afterEach(() => fixtureCleanup());

  it('a transport that never settles is stopped at the deadline; the answers stay and a retry works', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report send-timeout="1" phone="08-465 004 00"></soc-concern-report>`);
    await reviewPage(el);
    let signal: AbortSignal | undefined;
    el.transport = (_payload, options) => {
      signal = options.signal;
      return new Promise(() => {});
    };
    const answers = structuredClone(el.answers);
    expect(await send(el)).to.equal('failed');
    expect(signal!.aborted, 'the transport was told to stop').to.be.true;
    expectFailureBox(el);
    expect(el.answers).to.deep.equal(answers);
    expect(JSON.parse(sessionStorage.getItem(DRAFT)!).answers).to.deep.equal(answers);
    el.transport = async () => ({ reference: 'OA-LATE-1' });
    expect(await send(el)).to.equal('receipt');
    expectReceipt(el, 'OA-LATE-1');
  });

  it('the default transport gives up on a server that never answers', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report action=${ACTION} send-timeout="1" phone="08-465 004 00"></soc-concern-report>`);
    await reviewPage(el);
    await plan('hang');
    expect(await send(el)).to.equal('failed');
    expectFailureBox(el);
    await plan();
    expect(await send(el)).to.equal('receipt');
  });

  it('a host that handles soc-submit and never answers is stopped at the deadline too', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report send-timeout="1" phone="08-465 004 00"></soc-concern-report>`);
    await reviewPage(el);
    el.addEventListener('soc-submit', (e) => e.preventDefault(), { once: true });
    expect(await send(el)).to.equal('failed');
    expectFailureBox(el);
  });

  it('sends where AbortSignal.any and AbortSignal.timeout are missing (Safari before 17.4)', async () => {
    const any = Object.getOwnPropertyDescriptor(AbortSignal, 'any');
    const timeout = Object.getOwnPropertyDescriptor(AbortSignal, 'timeout');
    delete (AbortSignal as { any?: unknown }).any;
    delete (AbortSignal as { timeout?: unknown }).timeout;
    try {
      const el = await report();
      await reviewPage(el);
      expect(await send(el)).to.equal('receipt');
      expectReceipt(el, (await stored()).at(-1)!.reference);
    } finally {
      if (any) Object.defineProperty(AbortSignal, 'any', any);
      if (timeout) Object.defineProperty(AbortSignal, 'timeout', timeout);
    }
  });
});

describe('drafts: a damaged draft never shows a receipt, a send or a blank form', () => {
  const answers = { 'child.name': 'Alva', 'child.location': 'Storgatan 1' };
  const cases: [string, unknown, { heading: string; kept: boolean }][] = [
    ['step out of range', { v: 2, answers, step: 99, phase: 'form' }, { heading: 'Om dig', kept: true }],
    ['negative step', { v: 2, answers, step: -4, phase: 'form' }, { heading: 'Om barnet', kept: true }],
    ['step not a number', { v: 2, answers, step: 'två', phase: 'form' }, { heading: 'Om barnet', kept: true }],
    ['answers null', { v: 2, answers: null, step: 1, phase: 'form' }, { heading: 'Om barnet', kept: false }],
    ['answers a list', { v: 2, answers: ['Alva'], step: 0, phase: 'form' }, { heading: 'Om barnet', kept: false }],
    ['phase "sending"', { v: 2, answers, step: 0, phase: 'sending', key: 'abcdefgh-1234' }, { heading: 'Om barnet', kept: true }],
    ['phase "receipt"', { v: 2, answers, step: 2, phase: 'receipt' }, { heading: 'Kontrollera dina svar', kept: true }],
    ['an unknown version', { v: 7, answers, step: 0, phase: 'form' }, { heading: 'Om barnet', kept: false }],
    ['not JSON', '{"v":2,"answers":', { heading: 'Om barnet', kept: false }],
    ['a version 1 draft', { v: 1, answers, step: 1, phase: 'form' }, { heading: 'Din oro', kept: true }],
  ];
  beforeEach(() => sessionStorage.clear());
  afterEach(() => fixtureCleanup());

  for (const [name, draft, expected] of cases) {
    it(`${name}: ${expected.kept ? 'keeps the answers and' : 'starts empty and'} shows "${expected.heading}"`, async () => {
      sessionStorage.setItem(DRAFT, typeof draft === 'string' ? draft : JSON.stringify(draft));
      const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
      await settle();
      expect(heading(el)).to.equal(expected.heading);
      // Questions, or the review with its send button: never an empty page.
      expect(el.shadowRoot!.querySelector('form [name], .buttons .primary'), 'something to act on').to.not.equal(null);
      expect(el.shadowRoot!.querySelector('.buttons .primary')!.hasAttribute('disabled')).to.be.false;
      expect(shadowText(el)).to.not.contain('Skickar');
      expect(shadowText(el)).to.not.contain('Tack!');
      expect(el.answers).to.deep.equal(expected.kept ? answers : {});
    });
  }

  it('keeps the valid answers of a draft and drops values no question can have', async () => {
    const values = JSON.stringify({ ...answers, 'child.siblings': { evil: true }, 'concern.duration': 7, 'concern.childKnows': ['no', 3] });
    // "__proto__" as a key in the JSON: an own property after JSON.parse, never a prototype.
    const draft = `{"v":2,"answers":${values.slice(0, -1)},"__proto__":{"polluted":"yes"}},"step":0,"phase":"form"}`;
    sessionStorage.setItem(DRAFT, draft);
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    expect(el.answers).to.deep.equal(answers);
    expect(Object.getPrototypeOf(el.answers)).to.equal(Object.prototype);
    expect(({} as { polluted?: string }).polluted).to.equal(undefined);
  });

  it('a review draft whose frozen payload is damaged still sends (a new payload under the same key)', async () => {
    await plan();
    const el = await report();
    await reviewPage(el);
    const draft = JSON.parse(sessionStorage.getItem(DRAFT)!);
    el.remove();
    sessionStorage.setItem(DRAFT, JSON.stringify({ ...draft, key: 'kept-key-12345678', sent: { type: 'application', data: null } }));
    const again = await report();
    expect(heading(again)).to.equal('Kontrollera dina svar');
    expect(await send(again)).to.equal('receipt');
    expect((await stored()).at(-1)!.idempotencyKey).to.equal('kept-key-12345678');
  });
});

describe('leaving: nothing typed outlives the wish to leave', () => {
  const original = SocQuickExit.navigate;
  beforeEach(() => {
    sessionStorage.clear();
    SocQuickExit.navigate = () => {};
  });
  afterEach(() => {
    SocQuickExit.navigate = original;
    SocQuickExit.restorePage();
    fixtureCleanup();
  });

  /** On the "Om dig" step with "Nej, jag lämnar mitt namn" chosen, focus in the name field. */
  async function typingName(el: SocConcernReport): Promise<void> {
    await reviewPage(el, { 'reporter.anonymous': 'no', 'reporter.name': 'A', 'reporter.phone': '070-123 45 67' });
    el.edit('du', 'reporter.name');
    await settle();
    await settle();
    const name = el.shadowRoot!.querySelector<HTMLElement & { value: string }>('[name="reporter.name"]')!;
    expect(deepActive()?.closest?.('soc-text-field') ?? activeHost()).to.equal(name);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: 'Anna Berg' });
    expect(JSON.parse(sessionStorage.getItem(DRAFT)!).answers['reporter.name']).to.equal('Anna Berg');
  }

  /** The soc field whose shadow root holds the focus. */
  function activeHost(): Element | null {
    let el: Element | null = document.activeElement;
    let host: Element | null = null;
    while (el?.shadowRoot?.activeElement) {
      if (el.localName.startsWith('soc-text-field')) host = el;
      el = el.shadowRoot.activeElement;
    }
    return host ?? el;
  }

  it('Shift three times while a name is typed: no draft is written afterwards and reopening shows no name', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report quick-exit></soc-concern-report>`);
    await typingName(el);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    // What happens as the page goes: the field loses focus and fires its late `change`.
    (deepActive() as HTMLElement | null)?.blur();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await settle();
    expect(sessionStorage.getItem(DRAFT), 'draft after quick exit').to.equal(null);
    expect(JSON.stringify(el.answers)).to.not.contain('Anna');
    el.remove();
    SocQuickExit.restorePage();
    const reopened = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    expect(reopened.answers).to.deep.equal({});
    expect(shadowText(reopened)).to.not.contain('Anna');
  });

  it('"Avbryt" while a name is typed: the late change does not bring it back; new answers are kept again', async () => {
    const el = await fixture<SocConcernReport>(html`<soc-concern-report></soc-concern-report>`);
    await typingName(el);
    const name = el.shadowRoot!.querySelector('[name="reporter.name"]')!;
    el.cancel();
    // The name field, still on the page in the old step, fires its change as focus leaves it.
    name.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle();
    expect(sessionStorage.getItem(DRAFT)).to.equal(null);
    expect(el.answers).to.deep.equal({});
    // Starting again works as before: what is typed now is kept.
    await fill('child.name', 'Bo');
    expect(el.answers['child.name']).to.equal('Bo');
    expect(JSON.parse(sessionStorage.getItem(DRAFT)!).answers['child.name']).to.equal('Bo');
  });
});
