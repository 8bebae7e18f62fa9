import { css, html, nothing, type LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm } from './service-form.js';
import type { Answers, StepModel } from '../patterns/wizard/questions.js';
import { COUNT_KEY, MAX_CHILDREN, addChild, childCount, parseSupportOptions, removeChild, withTalkOption, type SupportOption } from './application-data.js';
import { applicationQuestions, childName } from './application-questions.js';
import { define } from '../define.js';
import './support-option.js';
import '../info/process-steps.js';
import '../patterns/quick-exit.js';

/**
 * @summary Application for support (ansökan om stöd) for a family with children: who applies, the
 * children, the support, the situation in their own words, safe contact, which contacts the family
 * agrees to, review, send and a receipt with "Vad händer nu?". With `audience="adult"` an adult
 * applies for themselves: no children step, the kinds of support for adults, no school questions.
 *
 * Other children without `slot` are fallback content: shown before the element upgrades and when
 * the script never runs (e.g. "Ring 08-… så hjälper vi dig att ansöka"), never once it has upgraded.
 *
 * @attr {'family' | 'adult'} audience - `family` (default): a family with children. `adult`: an adult
 * applies for themselves (or with a helper); the payload gets `audience: "adult"` and no children.
 * Set it in the page's HTML: it is not meant to change while someone fills in the form.
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @slot - `soc-support-option` elements: the municipality's own kinds of support.
 * @cssprop [--soc-color-button=#0b57d0] - Primary button colour.
 * @cssprop [--soc-color-rule=#b1b4b6] - Border around each child's questions, lines in the review.
 * @fires {SocSubmitEvent} soc-submit - Before sending; cancelable (the host then sends and calls `complete()`).
 * @fires {SocSubmittedEvent} soc-submitted - The back end confirmed; detail `{ reference }`.
 * @fires {SocSubmitErrorEvent} soc-submit-error - Sending failed; detail `{ error, retryable }`.
 * @fires {SocStepChangeEvent} soc-step-change - A new step is shown; detail `{ index, id }`.
 */
export class SocApplicationForm extends SocServiceForm {
  static override styles = [
    ...SocServiceForm.styles,
    css`
      .child {
        border: 1px solid var(--soc-color-rule, #b1b4b6);
        border-radius: var(--soc-radius, 0.25rem);
        padding: var(--soc-space-m, 1rem);
        margin-block-end: var(--soc-space-l, 1.5rem);
      }
      .child-heading {
        margin-block: 0 var(--soc-space-m, 1rem);
        line-height: 1.25;
      }
      .notice ul {
        padding-inline-start: 1.25rem;
      }
      @media print {
        .child {
          border: none;
          padding: 0;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    supportOptions: { attribute: 'support-options' },
    audience: { reflect: true },
    childStatus: { state: true },
  };

  /** The municipality's kinds of support as JSON `[{ "value", "label", "hint" }]` (or an array). */
  declare supportOptions: string | SupportOption[];
  /** Who the form is for: `family` (default) or `adult` (an adult applying for themselves, no children). */
  declare audience: 'family' | 'adult';
  /** Said to screen readers after a child is added or removed. */
  declare private childStatus: string;

  protected readonly type = 'application' as const;
  protected override readonly reviewIsStep = true;

  #observer = new MutationObserver(() => this.requestUpdate());
  #parsed: { from: string; options: SupportOption[] | null } | null = null;

  constructor() {
    super();
    this.supportOptions = '';
    this.audience = 'family';
    this.childStatus = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  protected serviceTitle(): string {
    return msg('Ansök om stöd', { desc: 'Name of the application service.' });
  }

  /** The kinds of support on screen: child elements, else the attribute, else the seed list. */
  get supportList(): SupportOption[] {
    const children = [...this.querySelectorAll('soc-support-option')];
    const source = children.length ? JSON.stringify(children.map((c) => c.toOption())) : this.supportOptions;
    if (!source) return withTalkOption(null, this.adult);
    // Parse (and warn) once per value, not on every render.
    const key = typeof source === 'string' ? source : JSON.stringify(source);
    if (this.#parsed?.from !== key) this.#parsed = { from: key, options: parseSupportOptions(source) };
    return withTalkOption(this.#parsed.options, this.adult);
  }

  /** The form is for an adult applying for themselves. */
  get adult(): boolean {
    return this.audience === 'adult';
  }

  protected questions() {
    return applicationQuestions({ supportOptions: () => this.supportList, adult: () => this.adult });
  }

  /** An adult's draft and a family's are kept apart: the questions and answers differ. */
  protected override draftName(): string {
    return this.adult ? `${this.type}-adult` : this.type;
  }

  /** The children step: each child's questions under its own heading, with "Lägg till" and "Ta bort". */
  protected override renderQuestions(step: StepModel): TemplateResult {
    if (step.id !== 'barn') return super.renderQuestions(step);
    const count = childCount(this.answers);
    return html`<p>
        ${this.answers['applicant.role'] === 'young-person'
          ? msg('Skriv dig själv som barn 1. Gäller ansökan också dina syskon kan du lägga till dem.', { desc: 'Children step intro for a young person.' })
          : msg('Skriv alla barn som ansökan gäller. Du kan lägga till fler barn.', { desc: 'Children step intro.' })}
      </p>
      ${Array.from(
        { length: count },
        (_, i) => html`<section class="child">
          ${this.heading(childName(i + 1), 1, 'child-heading')} ${this.renderQuestionsAt(step, i)}
          ${count > 1
            ? html`<button type="button" class="link remove-child" @click=${() => void this.removeChildEntry(i)}>
                ${msg(str`Ta bort barn ${i + 1}`, { desc: 'Button: remove child n.' })}
              </button>`
            : nothing}
        </section>`,
      )}
      ${count < MAX_CHILDREN
        ? html`<div class="buttons"><button type="button" class="secondary add-child" @click=${() => void this.addChildEntry()}>
            ${msg('Lägg till ett barn till', { desc: 'Button: add one more child.' })}
          </button></div>`
        : html`<p>${msg(str`Du kan skriva upp till ${MAX_CHILDREN} barn. Skriv om fler barn i nästa steg.`, { desc: 'Child limit reached.' })}</p>`}
      <p class="visually-hidden" role="status">${this.childStatus}</p>`;
  }

  // ——— children ———

  /** Adds a child and moves focus to its name. */
  async addChildEntry(): Promise<void> {
    if (childCount(this.answers) >= MAX_CHILDREN) return;
    const next = addChild(this.answers);
    const n = childCount(next);
    this.#setChildren(next, msg(str`Barn ${n} är tillagt.`, { desc: 'Status after adding a child.' }));
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLElement>(`[name="children.${n - 1}.name"]`);
    await (field as Partial<LitElement> | null)?.updateComplete;
    field?.focus();
  }

  /** Removes child `index`; the later children move up, the others keep their answers. */
  async removeChildEntry(index: number): Promise<void> {
    const next = removeChild(this.answers, index);
    if (next === this.answers) return;
    this.#setChildren(
      next,
      msg(str`Barn ${index + 1} är borttaget. Svaren om de andra barnen finns kvar.`, { desc: 'Status after removing a child.' }),
    );
    await this.updateComplete;
    const headings = this.renderRoot.querySelectorAll<HTMLElement>('.child-heading');
    headings[Math.min(index, headings.length - 1)]?.focus();
  }

  #setChildren(next: Answers, status: string): void {
    this.renderRoot.querySelector<HTMLElement & { clear(): void }>('soc-error-summary')?.clear();
    this.answers = next;
    // Through setAnswer, so the draft is saved.
    this.setAnswer(COUNT_KEY, next[COUNT_KEY]!);
    this.childStatus = status;
  }

  // ——— receipt ———

  protected renderReceipt(): TemplateResult {
    const a = this.answers;
    const noCalls = a['contact.safe.call'] === 'no';
    const noLetters = a['contact.safe.letter'] === 'no';
    return html`${this.heading(msg('Tack! Vi har tagit emot din ansökan', { desc: 'Receipt heading, application.' }))}
      ${this.reference
        ? html`<p>${msg('Ditt referensnummer:', { desc: 'Before the reference.' })} <span class="reference">${this.reference}</span></p>`
        : nothing}
      ${this.heading(msg('Vad händer nu?', { desc: 'Receipt: what happens next.' }), 1, 'sub-heading')}
      ${this.adult
        ? // No time limit here: the 4 months of domain.md are for investigations about children.
          html`<p>${msg('Socialtjänsten läser din ansökan och kontaktar dig snart. Sedan utreder de vad du behöver. De pratar bara med andra, till exempel vården, om du har sagt ja till det.', { desc: 'Receipt (form for adults): next steps after an application.' })}</p>`
        : html`<p>${msg('Socialtjänsten läser din ansökan och kontaktar dig snart. Sedan utreder de vad ni behöver. De pratar bara med andra, till exempel skolan, om ni har sagt ja till det.', { desc: 'Receipt: next steps after an application.' })}</p>
            <p>${msg('En utredning får ta högst 4 månader. Bara om det finns särskilda skäl får den ta längre tid.', { desc: 'Receipt: the 4-month limit of an investigation.' })}</p>`}
      ${this.adult
        ? nothing // soc-process-steps tells a family's path (guardians, the 4 months); it has no adult variant yet.
        : html`<soc-process-steps compact current="utredning" heading-level=${Math.min(6, this.headingLevel + 1)}></soc-process-steps>`}
      ${noCalls || noLetters || this.phone
        ? html`${this.heading(msg('Kontakta oss', { desc: 'Receipt: heading of how to contact social services.' }), 1, 'sub-heading')}
          ${noCalls || noLetters
            ? html`<p>
                ${noCalls ? msg('Du har sagt att det inte är säkert att vi ringer dig, så vi ringer inte.', { desc: 'Receipt: we will not call.' }) : nothing}
                ${noLetters ? msg('Vi skickar inga brev hem till dig.', { desc: 'Receipt: we will not send letters.' }) : nothing}
              </p>`
            : nothing}
          ${this.phone
            ? html`<p>${this.municipality
                ? msg(str`Du når socialtjänsten i ${this.municipality} på`, { desc: 'Receipt: phone to social services of the municipality.' })
                : msg('Du når socialtjänsten på', { desc: 'Receipt: phone to social services.' })} ${this.tel(this.phone)}</p>`
            : nothing}`
        : nothing}
      <div class="notice danger" role="note">
        <p><strong>${msg('Är någon i fara just nu? Ring 112.', { desc: 'Emergency notice on the application receipt.' })}</strong></p>
      </div>
      <slot name="after-submit"></slot>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => window.print()}>${msg('Skriv ut kvittot', { desc: 'Button: print the receipt.' })}</button>
      </div>`;
  }
}

define('soc-application-form', SocApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'soc-application-form': SocApplicationForm;
  }
}
