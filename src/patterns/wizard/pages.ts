/**
 * The parts of a service form that are the same for every service: the review page's list, the
 * box that says sending failed, the "Avbryt" question, and the browser title.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReviewRow } from './questions.js';

/** "Kontrollera dina svar": one row per answer, each with "Ändra". */
export function reviewList(rows: ReviewRow[], edit: (step: string, field: string) => void): TemplateResult {
  return html`<dl>
    ${rows.map(
      (r) => html`<div class="row">
        <dt>${r.label}</dt>
        <dd>${r.value ? html`<bdi dir=${r.ltr ? 'ltr' : 'auto'}>${r.value}</bdi>` : msg('Inget svar', { desc: 'Review page: the question was not answered.' })}</dd>
        <dd class="no-print">
          <a href="#${r.field}" @click=${(e: Event) => (e.preventDefault(), edit(r.step, r.field))}
            >${msg('Ändra', { desc: 'Link on the review page to change an answer.' })}<span class="visually-hidden"> ${r.label}</span></a
          >
        </dd>
      </div>`,
    )}
  </dl>`;
}

/** The send and back buttons of the review page, and what a screen reader hears while sending. */
export function sendButtons(state: 'ready' | 'sending' | 'failed', send: () => void, back: () => void, cancel: TemplateResult): TemplateResult {
  const sending = state === 'sending';
  return html`<div class="buttons">
      <button class="primary" ?disabled=${sending} @click=${send}>
        ${sending
          ? msg('Skickar …', { desc: 'Send button while sending.' })
          : state === 'failed'
            ? msg('Försök skicka igen', { desc: 'Button: retry sending.' })
            : msg('Skicka', { desc: 'Button: send the form.' })}
      </button>
      <button type="button" class="secondary" ?disabled=${sending} @click=${back}>${msg('Tillbaka', { desc: 'Button: previous step.' })}</button>
      ${cancel}
    </div>
    <p class="visually-hidden" role="status">${sending ? msg('Skickar …', { desc: 'Send button while sending.' }) : ''}</p>`;
}

/** Sending failed: the answers are kept, what to do, and the phone number. */
export function failureBox(retryable: boolean, phone: TemplateResult | typeof nothing): TemplateResult {
  return html`<div class="notice danger failure" tabindex="-1" role="group" aria-labelledby="failure-title">
    <p id="failure-title"><strong>${msg('Vi kunde inte skicka dina svar.', { desc: 'Heading of the send failure box.' })}</strong></p>
    <p>
      ${retryable
        ? msg('Dina svar finns kvar. Försök igen om en liten stund.', { desc: 'Send failure that may work on retry.' })
        : msg('Dina svar finns kvar. Något i svaren kunde inte tas emot.', { desc: 'Send failure that will not work on retry.' })}
      ${phone === nothing ? nothing : html`${msg('Du kan också ringa oss:', { desc: 'Before the phone number in the failure box.' })} ${phone}`}
    </p>
  </div>`;
}

/** "Avbryt och ta bort mina svar", or, once pressed, the question whether to. */
export function cancelControl(confirming: boolean, on: { ask: () => void; yes: () => void; no: () => void }): TemplateResult {
  if (!confirming) {
    return html`<button type="button" class="link cancel" @click=${on.ask}>
      ${msg('Avbryt och ta bort mina svar', { desc: 'Button: cancel the form and delete the answers.' })}
    </button>`;
  }
  // An inline question rather than window.confirm(): it can be read, styled and translated.
  return html`<div class="notice cancel-confirm" role="group" aria-labelledby="cancel-q" tabindex="-1">
    <p id="cancel-q"><strong>${msg('Vill du avbryta? Dina svar tas bort.', { desc: 'Confirmation before cancelling.' })}</strong></p>
    <div class="buttons">
      <button type="button" class="secondary" @click=${on.yes}>${msg('Ja, avbryt', { desc: 'Confirm cancelling.' })}</button>
      <button type="button" class="secondary" @click=${on.no}>${msg('Nej, fortsätt', { desc: 'Do not cancel.' })}</button>
    </div>
  </div>`;
}

/** "Steg 2 av 6". */
export const progressText = (current: number, total: number): string => msg(str`Steg ${current} av ${total}`, { desc: 'Progress in a multi-step form.' });

/** The browser title: what is on screen, the service, the page's own title; "Fel:" first after a failed check. */
export function pageTitle(where: string, service: string, original: string, error: boolean): string {
  const prefix = error ? `${msg('Fel:', { desc: 'Read before an error message.' })} ` : '';
  return `${prefix}${where} – ${service}${original ? ` – ${original}` : ''}`;
}

/** ISO 8601 with the local offset, e.g. 2026-11-22T10:15:00+01:00 (what a Swedish back end logs). */
export function isoWithOffset(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  const local = new Date(d.getTime() + off * 60_000).toISOString().slice(0, 19);
  return `${local}${sign}${pad(off / 60)}:${pad(off % 60)}`;
}
