import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { economicAidExplained } from '../localization/explained.js';
import { SocServiceForm } from './service-form.js';
import type { Answer } from '../patterns/wizard/questions.js';
import { countProblem, economicAidQuestions, type CountName } from './economic-aid-questions.js';
import { define } from '../define.js';
import '../patterns/quick-exit.js';

const COUNTS: CountName[] = ['household.adults', 'household.children'];

/**
 * @summary First contact about economic aid (ekonomiskt bistånd): the situation in the citizen's
 * own words, how many adults and children live in the household (numbers only), an urgent need
 * today, how and when to be reached safely, interpreter and consent; review, send and a receipt
 * with what happens next, what to bring to the first meeting and the way to the full application.
 *
 * It never asks for incomes, assets or other people's personnummer: the full application is made
 * in the municipality's e-service after login with BankID (`apply-url`), where every adult who
 * applies signs with their own BankID. When the citizen answers that they need help today, a
 * notice at the top of the page says at once to call, with the number, and what nödbistånd is;
 * it stays there on every later page and on the receipt.
 *
 * Children without `slot` are fallback content: shown before the element upgrades and when the
 * script never runs (e.g. "Ring 08-… om ekonomiskt bistånd"), never once it has upgraded.
 *
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @cssprop [--soc-color-button=#0b57d0] - Primary button colour.
 * @fires {SocSubmitEvent} soc-submit - Before sending; cancelable (the host then sends and calls `complete()`).
 * @fires {SocSubmittedEvent} soc-submitted - The back end confirmed; detail `{ reference }`.
 * @fires {SocSubmitErrorEvent} soc-submit-error - Sending failed; detail `{ error, retryable }`.
 * @fires {SocStepChangeEvent} soc-step-change - A new step is shown; detail `{ index, id }`.
 */
export class SocEconomicAidForm extends SocServiceForm {
  static override styles = [
    ...SocServiceForm.styles,
    css`
      .urgent:focus {
        outline: var(--soc-focus-width, 3px) solid var(--soc-color-focus, #0b57d0);
        outline-offset: 2px;
      }
      .notice ul,
      .bring {
        padding-inline-start: 1.25rem;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    emergencyPhone: { attribute: 'emergency-phone' },
    applyUrl: { attribute: 'apply-url' },
    urgentStatus: { state: true },
  };

  /** Socialjouren's number for evenings and weekends. Without it: "ring 112 och fråga efter socialjouren". */
  declare emergencyPhone: string;
  /** The municipality's e-service for the full application (login with BankID). Without it the receipt says to ask when they call. */
  declare applyUrl: string;
  /** Said to screen readers when the citizen answers that they need help today. */
  declare private urgentStatus: string;

  protected readonly type = 'economic-aid' as const;
  /** The message this form last gave each count field. */
  #countErrors = new WeakMap<Element, string>();
  protected override readonly reviewIsStep = true;

  constructor() {
    super();
    this.emergencyPhone = '';
    this.applyUrl = '';
    this.urgentStatus = '';
  }

  protected serviceTitle(): string {
    return msg('Kontakt om ekonomiskt bistånd', { desc: 'Name of the economic aid first-contact service.' });
  }

  protected questions() {
    return economicAidQuestions({ showUrgent: () => this.focusUrgent() });
  }

  /** The citizen said they need help today. */
  get urgent(): boolean {
    return this.answers.urgent === 'yes';
  }

  /** Moves focus to the notice about what to do today (it is at the top of the page). */
  focusUrgent(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.urgent');
    box?.scrollIntoView?.({ block: 'start' });
    box?.focus({ preventScroll: true });
  }

  override setAnswer(name: string, value: Answer): void {
    const was = this.urgent;
    super.setAnswer(name, value);
    if (name !== 'urgent' || was === this.urgent) return;
    this.urgentStatus = this.urgent
      ? msg('Ring socialtjänsten i dag. Numret och vad du kan göra står nu överst på sidan.', { desc: 'Screen reader status when the citizen answers that they need help today.' })
      : '';
  }

  /** A count that is not a whole number within its bounds gets its own message (what was typed stays). */
  override next(): boolean {
    if (this.phase === 'form') {
      for (const name of COUNTS) {
        const field = this.renderRoot.querySelector<HTMLElement & { error: string }>(`[name="${name}"]`);
        const problem = countProblem(name, this.answers[name]);
        if (!field) continue;
        // Our own message goes once the number is right, also when it was set without typing.
        if (problem) field.error = problem;
        else if (field.error && field.error === this.#countErrors.get(field)) field.error = '';
        this.#countErrors.set(field, problem);
      }
    }
    return super.next();
  }

  protected override renderTop(): TemplateResult {
    return html`${super.renderTop()}${this.urgent ? this.#urgentNotice() : nothing}
      <p class="visually-hidden" role="status">${this.urgentStatus}</p>`;
  }

  protected override renderBeforeSteps(): TemplateResult {
    return html`<div class="notice" role="note">
        <p>${economicAidExplained()}</p>
        <p>${msg('Här kan du be socialtjänsten att kontakta dig om ekonomiskt bistånd. Det är inte en ansökan.', { desc: 'Economic aid intro: this asks to be contacted; it is not an application.' })}</p>
        <p>${msg('Du ansöker sedan med BankID. Här frågar vi inte om inkomster eller om det du äger.', { desc: 'Economic aid intro: the application is made with BankID; no incomes or assets here.' })}</p>
      </div>
      <slot name="intro"></slot>`;
  }

  /** Call now, the number, socialjouren, 112, and what nödbistånd is (domain.md §8.1–8.2). */
  #urgentNotice(): TemplateResult {
    return html`<div class="notice danger urgent" tabindex="-1" role="group" aria-labelledby="urgent-title">
      <p id="urgent-title"><strong>${msg('Behöver du hjälp i dag? Ring socialtjänsten nu.', { desc: 'Heading of the urgent notice (economic aid).' })}</strong></p>
      <p>
        ${this.phone
          ? html`${this.municipality
              ? msg(str`Telefon till socialtjänsten i ${this.municipality}:`, { desc: 'Urgent notice (economic aid): phone to social services of the municipality, number follows.' })
              : msg('Telefon till socialtjänsten:', { desc: 'Urgent notice (economic aid): phone to social services, number follows.' })} ${this.tel(this.phone)}`
          : msg('Ring din kommun och fråga efter socialtjänsten.', { desc: 'Urgent notice without a number.' })}
      </p>
      <p>
        ${this.emergencyPhone
          ? html`${msg('Kvällar och helger kan du ringa socialjouren:', { desc: 'Before the socialjour number.' })} ${this.tel(this.emergencyPhone)}.`
          : msg('Kvällar och helger kan du ringa 112 och fråga efter socialjouren.', { desc: 'Socialjour without a number.' })}
      </p>
      <p>${msg('Är någon i fara? Ring 112 direkt.', { desc: 'Economic aid: emergency line, in the urgent notice and on the receipt.' })}</p>
      <p><strong>${msg('Vad är nödbistånd?', { desc: 'Urgent notice: what emergency aid is (heading-like line).' })}</strong></p>
      <p>${msg('Har du inte pengar till mat i dag kan du be om nödbistånd. Det är hjälp när det är akut.', { desc: 'Urgent notice: emergency aid for food can be asked for.' })}</p>
      <p>${msg('Socialtjänsten bedömer om du kan få det. Det är inte säkert att du får pengar. Du kan behöva visa ett kontoutdrag från i dag.', { desc: 'Urgent notice: it is assessed, money is not promised, a current bank statement may be needed.' })}</p>
    </div>`;
  }

  protected renderReceipt(): TemplateResult {
    const a = this.answers;
    const noCalls = a['contact.safe.call'] === 'no';
    const noLetters = a['contact.safe.letter'] === 'no';
    const sub = (text: string) => this.heading(text, 1, 'sub-heading');
    return html`${this.heading(msg('Tack! Vi har tagit emot dina svar', { desc: 'Receipt heading (economic aid).' }))}
      ${this.reference
        ? html`<p>${msg('Ditt referensnummer:', { desc: 'Before the reference.' })} <span class="reference" dir="ltr">${this.reference}</span></p>`
        : nothing}
      ${sub(msg('Vad händer nu?', { desc: 'Receipt: what happens next.' }))}
      <p>${noCalls
        ? msg('Socialtjänsten kontaktar dig för att boka ett första möte. Du har sagt att det inte är säkert att vi ringer, så vi ringer inte.', { desc: 'Receipt (economic aid): they contact you to book a first meeting; no calls.' })
        : msg('Socialtjänsten ringer dig för att boka ett första möte.', { desc: 'Receipt (economic aid): they call you to book a first meeting.' })}
        ${noLetters ? msg('Vi skickar inga brev hem till dig.', { desc: 'Receipt: we will not send letters.' }) : nothing}</p>
      <p>${msg('Hur lång tid det tar är olika i olika kommuner. Fråga när socialtjänsten kontaktar dig.', { desc: 'Receipt (economic aid): times differ between municipalities; ask.' })}</p>
      ${sub(msg('Ansök med BankID', { desc: 'Receipt (economic aid): heading, how to apply (with BankID).' }))}
      <p>${msg('Det du har skickat är inte en ansökan. Du ansöker om ekonomiskt bistånd med BankID.', { desc: 'Receipt (economic aid): this was not an application; apply with BankID.' })}</p>
      <p>${msg('Alla vuxna i hushållet som söker tillsammans skriver under ansökan med sitt eget BankID.', { desc: 'Receipt (economic aid): every adult who applies together signs with their own BankID.' })}</p>
      <p>${this.applyUrl
        ? html`<a href=${this.applyUrl}>${msg('Ansök om ekonomiskt bistånd med BankID', { desc: 'Link to the municipality’s e-service for the full application.' })}</a>`
        : msg('Fråga hur du ansöker när socialtjänsten kontaktar dig.', { desc: 'Receipt (economic aid) without an e-service link: ask how to apply.' })}</p>
      ${sub(msg('Ta med till mötet', { desc: 'Receipt (economic aid): heading, what to bring to the meeting.' }))}
      <p>${msg('Ta med det här om du har det:', { desc: 'Receipt (economic aid): before the list of documents.' })}</p>
      <ul class="bring">
        <li>${msg('id-handling, till exempel pass eller körkort', { desc: 'Document to bring: identity document.' })}</li>
        <li>${msg('kontoöversikt från alla banker där du har konton, också barnens konton', { desc: 'Document to bring: account overview from every bank, children’s accounts too.' })}</li>
        <li>${msg('kontoutdrag för de senaste 3 månaderna', { desc: 'Document to bring: bank statements for 3 months.' })}</li>
        <li>${msg('deklaration eller kontrolluppgift', { desc: 'Document to bring: tax return or statement of income.' })}</li>
        <li>${msg('hyreskontrakt och hyresavi', { desc: 'Document to bring: lease and rent notice.' })}</li>
        <li>${msg('lönespecifikationer', { desc: 'Document to bring: pay slips.' })}</li>
        <li>${msg('planering från Arbetsförmedlingen', { desc: 'Document to bring: the plan from Arbetsförmedlingen.' })}</li>
        <li>${msg('läkarintyg', { desc: 'Document to bring: medical certificate.' })}</li>
        <li>${msg('beslut från Migrationsverket', { desc: 'Document to bring: decision from Migrationsverket.' })}</li>
      </ul>
      <p>${msg('Är du osäker på vad du behöver ta med? Fråga socialtjänsten.', { desc: 'Receipt (economic aid): ask if unsure what to bring.' })}</p>
      ${this.phone
        ? html`<p>${this.municipality
            ? msg(str`Du når socialtjänsten i ${this.municipality} på`, { desc: 'Receipt: phone to social services of the municipality.' })
            : msg('Du når socialtjänsten på', { desc: 'Receipt: phone to social services.' })} ${this.tel(this.phone)}</p>`
        : nothing}
      ${this.urgent
        ? nothing
        : html`<div class="notice danger" role="note">
            <p><strong>${msg('Är någon i fara? Ring 112 direkt.', { desc: 'Economic aid: emergency line, in the urgent notice and on the receipt.' })}</strong></p>
          </div>`}
      <slot name="after-submit"></slot>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => window.print()}>${msg('Skriv ut kvittot', { desc: 'Button: print the receipt.' })}</button>
      </div>`;
  }
}

define('soc-economic-aid-form', SocEconomicAidForm);

declare global {
  interface HTMLElementTagNameMap {
    'soc-economic-aid-form': SocEconomicAidForm;
  }
}
