import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm } from './service-form.js';
import { concernQuestions } from './concern-questions.js';
import { adultConcernQuestions, subjectStep, urgentNote } from './concern-adult-questions.js';
import { IDENTITY, isAnonymous, isAnonymousAdult } from './concern-reporter.js';
import type { Answers, ServiceModel } from '../patterns/wizard/questions.js';
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
 * With `subject="adult"` the report is about an adult (payload type `concern-report-adult`); with
 * `subject="ask"` the first question is whether the concern is about a child or an adult.
 *
 * The adult's questions: who the person is (name and/or where they live or stay), what the worry
 * is about (examples to tick, not a checklist), what the reporter has seen, when and for how long,
 * whether the person knows (optional) and whether it is urgent, then the reporter — anyone may be
 * anonymous, since there is no general duty to report for adults (the step says which duties
 * exist: 6 § LVM; lex Sarah is another matter). The receipt says what happens next for an adult:
 * social services may contact the person, help is mostly voluntary, a private reporter hears
 * nothing back. No time limit is promised (the 14 days are for children).
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
 * @attr {'child' | 'adult' | 'ask'} subject - Who the concern is about: `child` (default), `adult`, or
 * `ask` (the first question, "Gäller din oro ett barn eller en vuxen?", picks the path; changing
 * that answer clears the other path's answers). Each value keeps its own draft. Set it in the
 * page's HTML: it is not meant to change while someone fills in the form.
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @cssprop [--soc-color-button=#0b57d0] - Primary button colour.
 * @fires {SocSubmitEvent} soc-submit - Before sending; cancelable (the host then sends and calls `complete()`).
 * @fires {SocSubmittedEvent} soc-submitted - The back end confirmed; detail `{ reference }`.
 * @fires {SocSubmitErrorEvent} soc-submit-error - Sending failed; detail `{ error, retryable }`.
 * @fires {SocStepChangeEvent} soc-step-change - A new step is shown; detail `{ index, id }`.
 */
export class SocConcernReport extends SocServiceForm {
  static override properties: PropertyDeclarations = {
    subject: { reflect: true },
    emergencyPhone: { attribute: 'emergency-phone' },
    readHours: { attribute: 'read-hours' },
    now: { attribute: false },
  };

  /** Who the concern is about: `child` (default), `adult`, or `ask` (the first question decides). */
  declare subject: 'child' | 'adult' | 'ask';
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

  /** One model per path (`child`, `adult`, `ask:child`, `ask:adult`), made when first needed. */
  #models = new Map<string, ServiceModel>();

  /** The payload type of the path the questions follow now. */
  protected get type(): 'concern-report' | 'concern-report-adult' {
    return this.path === 'adult' ? 'concern-report-adult' : 'concern-report';
  }

  /** The path the questions follow now: `subject`, or with `ask` the first answer (a child until it is given). */
  get path(): 'child' | 'adult' {
    return this.subject === 'adult' || (this.subject === 'ask' && this.answers['subject'] === 'adult') ? 'adult' : 'child';
  }

  /** The question model of the current path (see {@link path}). */
  override get model(): ServiceModel {
    const key = `${this.subject === 'ask' ? 'ask:' : ''}${this.path}`;
    let model = this.#models.get(key);
    if (!model) this.#models.set(key, (model = this.prepareModel(this.questions())));
    return model;
  }

  constructor() {
    super();
    this.subject = 'child';
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
    if (this.subject === 'ask') return msg('Anmäl oro för ett barn eller en vuxen', { desc: 'Name of the concern report service, about a child or an adult.' });
    if (this.subject === 'adult') return msg('Anmäl oro för en vuxen', { desc: 'Name of the concern report service about an adult.' });
    return msg('Anmäl oro för ett barn', { desc: 'Name of the concern report service.' });
  }

  protected override adjustAnswers(a: Answers, changed: string): Answers {
    if (changed === 'subject') {
      // Another path: nothing of the one before stays, so nothing of it can reach the payload.
      const before = this.answers['subject'];
      if (!before || before === a['subject']) return a;
      this.returnToReview = false;
      return { subject: a['subject']! };
    }
    const adult = this.subject === 'adult' || (this.subject === 'ask' && a['subject'] === 'adult');
    if ((adult ? isAnonymousAdult(a) : isAnonymous(a)) && (changed === 'reporter.anonymous' || changed === 'reporter.professional')) {
      for (const k of IDENTITY) delete a[k];
    }
    return a;
  }

  protected questions(): ServiceModel {
    const subLevel = () => Math.min(6, this.headingLevel + 1);
    const path =
      this.path === 'adult'
        ? adultConcernQuestions({ urgentHelp: () => urgentNote(html`${this.#callSocialServices()} ${this.#emergencyAdvice()}`) })
        : concernQuestions(subLevel);
    return this.subject === 'ask' ? { ...path, steps: [subjectStep(), ...path.steps] } : path;
  }

  /** Each subject keeps its own draft: the questions and answers differ. */
  protected override draftName(): string {
    return this.subject === 'adult' ? 'concern-report-adult' : this.subject === 'ask' ? 'concern-report-ask' : 'concern-report';
  }

  protected override renderBeforeSteps(): TemplateResult {
    return html`<div class="notice danger" role="note">
        ${this.#emergencyAdvice()}
        <p class="read-hours">${readHoursText(this.#readHours, getLocale(), this.now())}</p>
      </div>
      <slot name="intro"></slot>`;
  }

  protected renderReceipt(): TemplateResult {
    const adult = this.path === 'adult';
    const anonymous = adult ? isAnonymousAdult(this.answers) : isAnonymous(this.answers);
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
      ${adult ? this.#adultNext(anonymous) : this.#childNext()}
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

  /** What happens next with a report about a child: the safety assessment, 14 days, the process. */
  #childNext(): TemplateResult {
    return html`<p>${safetyAssessment()}</p>
      <p>${msg('Inom 14 dagar från att anmälan kom in bestämmer socialtjänsten om en utredning ska startas.', { desc: 'Receipt: the decision whether to investigate within 14 days of the report coming in.' })}</p>
      <soc-process-steps variant="concern" current="skyddsbedomning" heading-level=${Math.min(6, this.headingLevel + 1)}></soc-process-steps>`;
  }

  /**
   * What happens next with a report about an adult (domain.md §8.1): social services may contact
   * the person; help is mostly voluntary; a private reporter gets no answer. No time limit: the
   * 14 days of SoL 20 kap. 2 § are for children, and no process steps (none fit an adult).
   */
  #adultNext(anonymous: boolean): TemplateResult {
    return html`<p>${msg('Socialtjänsten läser din anmälan och bedömer om personen kan behöva stöd. De kan kontakta personen.', { desc: 'Adult receipt: social services read the report, assess whether the person may need support, and may contact the person.' })}</p>
      ${anonymous ? nothing : html`<p>${msg('De kan också kontakta dig om de har frågor.', { desc: 'Adult receipt, named reporter: they may contact you with questions.' })}</p>`}
      <p>${msg('Stöd till vuxna är oftast frivilligt. Personen kan tacka nej till hjälp.', { desc: 'Adult receipt: help for adults is usually voluntary; the person can say no.' })}</p>
      <p>${msg('Som privatperson får du oftast inte veta vad som händer sedan.', { desc: 'Confidentiality (private reporters): private persons usually get no feedback.' })}</p>`;
  }

  /** "Ring socialtjänsten" with the number, when the element has one. */
  #callSocialServices(): TemplateResult | typeof nothing {
    return this.phone
      ? html`<p>${msg('Ring socialtjänsten:', { desc: 'Before the social services phone number, when it is urgent.' })} ${this.tel(this.phone)}.</p>`
      : nothing;
  }

  /** 112 for danger now, socialjouren evenings and weekends: before the form and on the receipt. */
  #emergencyAdvice(): TemplateResult {
    // Before the form of `ask` nobody knows yet whether it is a child; on the receipt the path does.
    const child = this.phase === 'receipt' ? this.path === 'child' : this.subject !== 'adult' && this.subject !== 'ask';
    return html`<p><strong>${child
        ? msg('Är barnet i fara just nu? Ring 112.', { desc: 'Emergency notice before the concern form.' })
        : msg('Är någon i fara just nu? Ring 112.', { id: 'concern-adult-emergency', desc: 'Emergency notice before the concern form about an adult (or a child or an adult).' })}</strong></p>
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
