import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm } from './service-form.js';
import type { Answers } from '../patterns/wizard/questions.js';
import { FEEDBACK_IDENTITY, feedbackQuestions, isAnonymousFeedback } from './feedback-questions.js';
import { define } from '../define.js';
import '../patterns/quick-exit.js';

/**
 * @summary Synpunkter och klagomål: what it is about (a meeting, a decision, how the citizen was
 * treated, waiting time, something else), which verksamhet, what happened, what the citizen wants
 * to happen, and anonymous (no reply) or a name with a phone number or an e-mail address; review,
 * send and a receipt with what happens next.
 *
 * Before the form it says plainly that a decision is appealed, not complained about, and links to
 * the appeal guide: `appeal-guide="<id>"` for a `soc-appeal-guide` with that id on the same page
 * (as `soc-process-steps` does), or `appeal-href` for one on another page. It also says where else
 * to turn (IVO, JO, as domain.md §8.3 states it) and that överklaganden and lex Sarah are not
 * synpunkter. Nothing about IVO's replies is promised (their current practice is unverified).
 *
 * The payload's `contact` is exactly `{ anonymous: true }` when the citizen is anonymous: a name,
 * phone number or e-mail address typed before choosing anonymity is removed from the answers.
 *
 * Children without `slot` are fallback content: shown before the element upgrades and when the
 * script never runs (e.g. "Ring 08-… eller skriv till kommunen"), never once it has upgraded.
 *
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @cssprop [--soc-color-button=#0b57d0] - Primary button colour.
 * @fires {SocSubmitEvent} soc-submit - Before sending; cancelable (the host then sends and calls `complete()`).
 * @fires {SocSubmittedEvent} soc-submitted - The back end confirmed; detail `{ reference }`.
 * @fires {SocSubmitErrorEvent} soc-submit-error - Sending failed; detail `{ error, retryable }`.
 * @fires {SocStepChangeEvent} soc-step-change - A new step is shown; detail `{ index, id }`.
 */
export class SocFeedbackForm extends SocServiceForm {
  static override styles = [
    ...SocServiceForm.styles,
    css`
      .appeal-link {
        font-weight: 700;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    appealGuide: { attribute: 'appeal-guide' },
    appealHref: { attribute: 'appeal-href' },
    replyDays: { type: Number, attribute: 'reply-days' },
  };

  /** `id` of a `soc-appeal-guide` on the same page: the text about appeals links to it. */
  declare appealGuide: string;
  /** Address of a page about appeals (used when there is no `appeal-guide`). Without either: no link. */
  declare appealHref: string;
  /** Days within which the municipality replies, when it promises a time (e.g. 10). Without it no time is promised. */
  declare replyDays: number | undefined;

  protected readonly type = 'feedback' as const;
  protected override readonly reviewIsStep = true;

  constructor() {
    super();
    this.appealGuide = '';
    this.appealHref = '';
    this.replyDays = undefined;
  }

  protected serviceTitle(): string {
    return msg('Synpunkter och klagomål', { desc: 'Name of the feedback and complaints service (synpunkter och klagomål).' });
  }

  protected questions() {
    return feedbackQuestions({ appealLink: () => this.#appealLink() });
  }

  /** Choosing anonymity removes every answer that says who the citizen is. */
  protected override adjustAnswers(a: Answers, changed: string): Answers {
    if (changed === 'contact.anonymous' && isAnonymousFeedback(a)) for (const k of FEEDBACK_IDENTITY) delete a[k];
    return a;
  }

  /** The appeal guide's address: on this page by id, or on another page, or none. */
  get #appealTarget(): string {
    const id = this.appealGuide?.trim();
    return id ? `#${encodeURIComponent(id)}` : this.appealHref?.trim() ?? '';
  }

  #appealLink(): TemplateResult | typeof nothing {
    const href = this.#appealTarget;
    return href
      ? html`<p><a class="appeal-link" href=${href}>${msg('Så överklagar du ett beslut', { desc: 'Appeal guide: default heading.' })}</a></p>`
      : nothing;
  }

  protected override renderBeforeSteps(): TemplateResult {
    return html`<p>${msg('Här kan du lämna synpunkter eller klagomål på socialtjänsten. Du kan vara anonym.', { desc: 'Feedback intro: give feedback or complaints; anonymity allowed.' })}</p>
      <div class="notice" role="note">
        <p>${msg('Är du inte nöjd med ett beslut? Då ska du överklaga beslutet. Ett klagomål är inte ett överklagande.', { desc: 'Feedback intro: unhappy with a decision, appeal it; a complaint is not an appeal.' })}</p>
        ${this.#appealLink()}
        <p>${msg('Överklaganden och lex Sarah är inte synpunkter. Vid lex Sarah anmäler personal brister i sin egen verksamhet.', { desc: 'Feedback intro: appeals and lex Sarah are not feedback (Robertsfors); lex Sarah = staff report shortcomings in their own service. Keep "lex Sarah".' })}</p>
      </div>
      <div class="notice" role="note">
        <p><strong>${msg('Andra som granskar socialtjänsten', { desc: 'Feedback intro: lead-in (bold), others who review social services (IVO, JO).' })}</strong></p>
        <p>${msg('Inspektionen för vård och omsorg (IVO) har tillsyn över socialtjänsten. IVO kan säga till socialtjänsten att rätta ett fel. Men IVO kan inte ändra ett beslut.', { desc: 'Feedback intro: IVO is the supervisory authority; it can tell soc to correct a fault but cannot change a decision.' })}</p>
      <p>${msg('Du kan också anmäla till Justitieombudsmannen (JO). Det är gratis, och alla kan anmäla, hur gamla de än är. JO utreder oftast inte anmälningar utan namn eller sådant som hände för mer än 2 år sedan. JO kan inte heller ändra ett beslut.', { desc: 'Feedback intro: JO — free, any age; normally not anonymous reports or events over 2 years old; cannot change a decision.' })}</p>
      </div>
      <slot name="intro"></slot>`;
  }

  protected renderReceipt(): TemplateResult {
    const anonymous = isAnonymousFeedback(this.answers);
    const days = Number(this.replyDays);
    const sub = (text: string) => this.heading(text, 1, 'sub-heading');
    return html`${this.heading(msg('Tack! Vi har tagit emot dina synpunkter', { desc: 'Receipt heading (feedback).' }))}
      ${this.reference
        ? html`<p>${msg('Ditt referensnummer:', { desc: 'Before the reference.' })} <span class="reference" dir="ltr">${this.reference}</span></p>`
        : nothing}
      ${sub(msg('Vad händer nu?', { desc: 'Receipt: what happens next.' }))}
      <p>${msg('Kommunen läser det du har skrivit och tar reda på vad som har hänt.', { desc: 'Receipt (feedback): the municipality reads it and looks into what happened.' })}</p>
      <p>${anonymous
        ? msg('Du är anonym, så vi kan inte svara dig.', { desc: 'Receipt (feedback): anonymous, so no reply.' })
        : Number.isInteger(days) && days > 0
          ? msg(str`Vi svarar dig inom ${days} dagar.`, { desc: 'Receipt (feedback): reply within the days the municipality promises (reply-days).' })
          : msg('Vi svarar dig på telefon eller e-post.', { desc: 'Receipt (feedback): we reply by phone or e-mail.' })}</p>
      <p>${msg('Det du har skrivit är en allmän handling. Känsliga uppgifter kan skyddas av sekretess.', { desc: 'Receipt (feedback): it is a public record; sensitive content can be kept secret.' })}</p>
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
}

define('soc-feedback-form', SocFeedbackForm);

declare global {
  interface HTMLElementTagNameMap {
    'soc-feedback-form': SocFeedbackForm;
  }
}
