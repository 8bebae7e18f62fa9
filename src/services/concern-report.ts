import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm } from './service-form.js';
import { concernQuestions } from './concern-questions.js';
import { IDENTITY, isAnonymous } from './concern-reporter.js';
import type { Answers } from '../patterns/wizard/questions.js';
import { define } from '../define.js';
import { getLocale } from '../localization/locale.js';
import type { OpeningHours } from '../info/opening-hours.js';
import { parseReadHours, readHoursText, receiptReadText, safetyAssessment } from '../info/read-hours.js';
import '../info/process-steps.js';
import '../info/confidentiality.js';
import '../patterns/quick-exit.js';

/**
 * @summary Concern report (orosanmälan) about a child: emergency help first, then the child, the
 * concern and the reporter — anonymously if they have no duty to report — review, send and receipt.
 *
 * When reports are read is one fact, set by the municipality with `read-hours` (the same
 * `opening_hours` subset as `soc-contact-hours`' `hours`, in Europe/Stockholm time with Swedish
 * holidays, e.g. `Mo-Fr 08:00-16:00; PH off`). The text before the form gives those hours in the
 * page's language; the receipt of a report sent outside them says when it is read at the earliest
 * ("Din anmälan läses tidigast måndag 7 december kl. 8."). Without `read-hours`, or with a value it
 * cannot read (one console warning), both say "vardagar under kontorstid". No text promises that a
 * report is read or assessed at once; 112 and socialjouren stay on the receipt as before the form.
 *
 * Children without `slot` are fallback content: shown before the element upgrades and when the
 * script never runs (e.g. "Ring 08-… eller skriv till …"), never once it has upgraded.
 *
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @cssprop [--soc-color-button=#0b57d0] - Primary button colour.
 * @fires soc-submit - Before sending; cancelable (the host then sends and calls `complete()`).
 * @fires soc-submitted - The back end confirmed; detail `{ reference }`.
 * @fires soc-submit-error - Sending failed; detail `{ error, retryable }`.
 * @fires soc-step-change - A new step is shown; detail `{ index, id }`.
 */
export class SocConcernReport extends SocServiceForm {
  static override properties: PropertyDeclarations = {
    emergencyPhone: { attribute: 'emergency-phone' },
    readHours: { attribute: 'read-hours' },
    now: { attribute: false },
  };

  /** Socialjouren's number for evenings and weekends. Without it: "ring 112 och fråga efter socialjouren". */
  declare emergencyPhone: string;
  /**
   * When reports sent here are read (`read-hours`), e.g. `Mo-Fr 08:00-16:00; PH off`; julafton,
   * midsommarafton and nyårsafton count as closed unless a date rule names them. Default (and for a
   * value that cannot be read): the text "vardagar under kontorstid".
   */
  declare readHours: string;
  /** The clock: a function returning the current time (for tests and previews). */
  declare now: () => Date;

  #readHours: OpeningHours | null = null;
  /** When the receipt was first shown: the time the report counts as sent. */
  #sentAt: Date | null = null;

  protected readonly type = 'concern-report' as const;

  constructor() {
    super();
    this.emergencyPhone = '';
    this.readHours = '';
    this.now = () => new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('readHours')) this.#readHours = parseReadHours(this.readHours, 'soc-concern-report');
    if (this.phase === 'receipt') this.#sentAt ??= this.now();
    else this.#sentAt = null;
  }

  protected serviceTitle(): string {
    return msg('Anmäl oro för ett barn', { desc: 'Name of the concern report service.' });
  }

  protected override adjustAnswers(a: Answers, changed: string): Answers {
    if (isAnonymous(a) && (changed === 'reporter.anonymous' || changed === 'reporter.professional')) {
      for (const k of IDENTITY) delete a[k];
    }
    return a;
  }

  protected questions() {
    return concernQuestions(() => Math.min(6, this.headingLevel + 1));
  }

  protected override renderBeforeSteps(): TemplateResult {
    return html`<div class="notice danger" role="note">
        ${this.#emergencyAdvice()}
        <p class="read-hours">${readHoursText(this.#readHours, getLocale(), this.now())}</p>
      </div>
      <slot name="intro"></slot>`;
  }

  protected renderReceipt(): TemplateResult {
    const anonymous = isAnonymous(this.answers);
    const sent = this.#sentAt ?? this.now();
    return html`${this.heading(msg('Tack! Vi har tagit emot din anmälan', { desc: 'Receipt heading.' }))}
      ${this.reference
        ? html`<p>${msg('Ditt referensnummer:', { desc: 'Before the reference.' })} <span class="reference" dir="ltr">${this.reference}</span></p>`
        : nothing}
      ${anonymous ? html`<p>${msg('Du är anonym, så vi kan inte kontakta dig.', { desc: 'Receipt: anonymous.' })}</p>` : nothing}
      <div class="notice danger" role="note">
        <p class="read-hours"><strong>${receiptReadText(this.#readHours, getLocale(), sent)}</strong></p>
        ${this.#emergencyAdvice()}
      </div>
      ${this.heading(msg('Vad händer nu?', { desc: 'Receipt: what happens next.' }), 1, 'sub-heading')}
      <p>${safetyAssessment()}</p>
      <p>${msg('Inom 14 dagar från att anmälan kom in bestämmer socialtjänsten om en utredning ska startas.', { desc: 'Receipt: the decision whether to investigate within 14 days of the report coming in.' })}</p>
      <soc-process-steps variant="concern" current="skyddsbedomning" heading-level=${Math.min(6, this.headingLevel + 1)}></soc-process-steps>
      ${this.phone
        ? html`<p>${this.municipality
            ? msg(str`Du når socialtjänsten i ${this.municipality} på`, { desc: 'Receipt: phone to social services of the municipality.' })
            : msg('Du når socialtjänsten på', { desc: 'Receipt: phone to social services.' })} ${this.tel(this.phone)}</p>`
        : nothing}
      <slot name="after-submit"></slot>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => window.print()}>${msg('Skriv ut kvittot', { desc: 'Button: print the receipt.' })}</button>
      </div>`;
  }

  /** 112 for danger now, socialjouren evenings and weekends: before the form and on the receipt. */
  #emergencyAdvice(): TemplateResult {
    return html`<p><strong>${msg('Är barnet i fara just nu? Ring 112.', { desc: 'Emergency notice before the concern form.' })}</strong></p>
      <p>
        ${this.emergencyPhone
          ? html`${msg('Kvällar och helger kan du ringa socialjouren:', { desc: 'Before the socialjour number.' })} ${this.tel(this.emergencyPhone)}.`
          : msg('Kvällar och helger kan du ringa 112 och fråga efter socialjouren.', { desc: 'Socialjour without a number.' })}
      </p>`;
  }
}

define('soc-concern-report', SocConcernReport);

declare global {
  interface HTMLElementTagNameMap {
    'soc-concern-report': SocConcernReport;
  }
}
