import { expect, oneEvent } from '@open-wc/testing';
import { nextTask } from './dom.js';
import { deepActive, pressButton } from './keyboard.js';
import type { SocServiceForm } from '../../src/services/service-form.js';

/** One task: lets the chained updates of a service and its fields finish. */
export const settle = nextTask;

/**
 * From the review page: checks axe on the review, on a failed send and on the receipt — the end
 * states every service shares.
 */
export async function expectEndStatesAccessible(el: SocServiceForm, label: string, reference: string): Promise<void> {
  await expect(el, `${label} review`).to.be.accessible();
  el.transport = async () => {
    throw new Error('offline');
  };
  await el.submit();
  await settle();
  await expect(el, `${label} failure`).to.be.accessible();
  el.transport = async () => ({ reference });
  await el.submit();
  await settle();
  await el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('soc-process-steps')?.updateComplete;
  await expect(el, `${label} receipt`).to.be.accessible();
}

/** One request the fake `fetch` saw. */
export interface SentRequest {
  url: string;
  key: string | null;
  body: unknown;
}

/**
 * From the review page: the first "Skicka" fails (`failure`: the network is down, or the server
 * answers 503); the failure box takes focus and says the answers are kept; then "Försök skicka
 * igen", clicked twice, sends once more with the same Idempotency-Key and the receipt follows.
 * The answers and the draft (with the key) survive the failure; the draft is gone after the
 * receipt. Replaces `window.fetch` (restore it in `afterEach`); returns both requests and the
 * failure box for further checks.
 */
export async function failThenRetry(
  el: SocServiceForm,
  failure: 'network' | 'unavailable',
  reference: string,
): Promise<{ calls: SentRequest[]; box: Element }> {
  const calls: SentRequest[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), key: new Headers(init?.headers).get('idempotency-key'), body: JSON.parse(String(init?.body)) });
    if (calls.length === 1 && failure === 'network') throw new TypeError('Failed to fetch');
    if (calls.length === 1) return new Response('', { status: 503 });
    return new Response(JSON.stringify({ reference }), { status: 201, headers: { 'content-type': 'application/json' } });
  };
  const answers = structuredClone(el.answers);
  const failed = oneEvent(el, 'soc-submit-error');
  await pressButton('Skicka');
  expect((await failed).detail.retryable).to.be.true;
  await settle();
  const box = el.shadowRoot!.querySelector('.failure')!;
  expect(deepActive()).to.equal(box);
  expect(box.textContent).to.contain('Dina svar finns kvar');
  expect(el.answers).to.deep.equal(answers);
  // The draft remembers the key, so a retry after a reload is the same submission too.
  const draft = Object.keys(sessionStorage).find((k) => k.startsWith('soc-elements:draft:'))!;
  expect(JSON.parse(sessionStorage.getItem(draft)!).key).to.equal(calls[0]!.key);

  const done = oneEvent(el, 'soc-submitted');
  const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Försök skicka igen'))!;
  retry.click();
  retry.click(); // a double click while sending must not send twice
  expect((await done).detail.reference).to.equal(reference);
  expect(calls.length).to.equal(2);
  expect(calls[0]!.key).to.match(/^[0-9a-f-]{36}$/);
  expect(calls[1]!.key).to.equal(calls[0]!.key);
  expect(calls[1]!.body).to.deep.equal({ ...(calls[0]!.body as object), submittedAt: (calls[1]!.body as { submittedAt: string }).submittedAt });
  expect(sessionStorage.getItem(draft), 'the draft is removed after the receipt').to.equal(null);
  return { calls, box };
}

/**
 * A complete concern report as the form holds it: a child with an approximate age, the concern,
 * an interpreter in Arabic, an anonymous private reporter. Override any answer per test.
 */
export const CONCERN_ANSWERS: Readonly<Record<string, string>> = {
  'child.name': 'Alva',
  'child.idKind': 'age',
  'child.age': '7',
  'child.location': 'Storgatan 1',
  'child.siblings': 'no',
  'concern.description': 'Barnet är ofta hungrigt.',
  'concern.duration': 'weeks',
  'concern.childKnows': 'no',
  'concern.guardiansKnow': 'unknown',
  'concern.otherChildren': 'no',
  'concern.interpreter.needed': 'yes',
  'concern.interpreter.language': 'arabiska',
  'reporter.professional': 'no',
  'reporter.anonymous': 'yes',
};

/** Sets each answer as the user would (in order) and waits for the render. */
export async function setAnswers(el: SocServiceForm, answers: Record<string, string | string[]>): Promise<void> {
  for (const [k, v] of Object.entries(answers)) el.setAnswer(k, v);
  await el.updateComplete;
}
