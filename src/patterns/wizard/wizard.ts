/**
 * The wizard under every service form: one step at a time from a question model, progress in the
 * caption and the browser title, Back without losing answers, a review page with "Ändra" links
 * back to each answer, focus where the user expects it, and "Avbryt" with a question first.
 * Sending, drafts and the receipt belong to the service form built on it (services/service-form.ts).
 *
 * Answers flow one way: a field's event → `answers` (through `setAnswer`) → draft → render.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { startLocalization } from '../../localization/locale.js';
import { focusRing, visuallyHidden } from '../../styles/shared.js';
import { heading as renderHeading } from '../heading.js';
import type { SocErrorSummary } from '../error-summary.js';
import { serviceStyles } from './styles.js';
import { activeSteps, byName, questionOf, reviewRows, type Answer, type Answers, type ServiceModel, type StepModel } from './questions.js';
import { renderItems } from './render.js';
import { cancelControl, pageTitle, progressText, reviewList } from './pages.js';
import { SocStepChangeEvent } from './events.js';
import '../error-summary.js';

export type Phase = 'form' | 'review' | 'sending' | 'failed' | 'receipt';

export abstract class SocWizard extends LitElement {
  static override styles = [visuallyHidden, focusRing, serviceStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    answers: { state: true },
    stepIndex: { state: true },
    phase: { state: true },
    confirmingCancel: { state: true },
  };

  /** Level of the step headings, so the element fits the host page's outline (default 2). */
  declare headingLevel: number;
  /** The answers, by field name (payload path). */
  declare answers: Answers;
  declare protected stepIndex: number;
  declare protected phase: Phase;
  declare protected confirmingCancel: boolean;

  /** Count the review page as the last step of the progress line ("Steg 7 av 7"). */
  protected readonly reviewIsStep: boolean = false;
  /** The service's name, e.g. "Anmäl oro för ett barn". */
  protected abstract serviceTitle(): string;
  /** The questions, step by step (made once; texts are read when rendered). */
  protected abstract questions(): ServiceModel;
  /** Keeps the answers somewhere safe after each change (the service form's draft). */
  protected abstract saveDraft(): void;
  /** Throws the answers away and starts again ("Ja, avbryt"). */
  abstract cancel(): void;
  /** What is shown once the answers are sent. */
  protected abstract renderReceipt(): TemplateResult;
  /** The review page's send buttons (and what goes above the list, e.g. a failure box). */
  protected abstract renderReviewActions(): { top: TemplateResult | typeof nothing; buttons: TemplateResult };

  /** Set after "Ändra": the next valid step returns to the review page. */
  protected returnToReview = false;
  /** Run once after the next render, to move focus. */
  protected focusAfterRender: (() => void | Promise<void>) | null = null;
  /** After the answers were wiped: a field's late `change` (e.g. on blur) must not bring one back. */
  protected ignoreChanges = false;
  protected originalTitle = '';
  #model: ServiceModel | null = null;

  constructor() {
    super();
    startLocalization();
    updateWhenLocaleChanges(this);
    this.headingLevel = 2;
    this.answers = {};
    this.stepIndex = 0;
    this.phase = 'form';
    this.confirmingCancel = false;
  }

  /** The question model (see {@link questions}); {@link prepareModel} may complete it. */
  get model(): ServiceModel {
    return (this.#model ??= this.prepareModel(this.questions()));
  }

  /** Hook: completes a new model (the service form adds each text question's limit). */
  protected prepareModel(model: ServiceModel): ServiceModel {
    return model;
  }

  /** The steps that apply to the current answers. */
  get activeSteps(): StepModel[] {
    return activeSteps(this.model, this.answers);
  }

  /** The id of what is on screen: a step id, `granska` or `kvitto`. */
  get currentId(): string {
    if (this.phase === 'receipt') return 'kvitto';
    if (this.phase !== 'form') return 'granska';
    return this.activeSteps[this.stepIndex]?.id ?? '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.originalTitle = document.title;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.title = this.originalTitle;
  }

  // ——— navigation ———

  /** Checks the step on screen; moves on when it is valid. Returns whether it moved. */
  next(): boolean {
    const form = this.renderRoot.querySelector('form');
    if (!this.summary()?.validate(form ? [...form.elements] : [])) {
      this.setTitle(true);
      return false;
    }
    const toReview = this.returnToReview || this.stepIndex >= this.activeSteps.length - 1;
    this.returnToReview = false;
    this.go(toReview ? 'review' : 'form', toReview ? this.stepIndex : this.stepIndex + 1);
    return true;
  }

  /** One step back; answers stay. */
  back(): void {
    if (this.phase === 'review' || this.phase === 'failed') this.go('form', this.activeSteps.length - 1);
    else if (this.stepIndex > 0) this.go('form', this.stepIndex - 1);
  }

  /** Opens a step (and focuses one of its fields), e.g. from an "Ändra" link. */
  edit(stepId: string, field?: string): void {
    const index = this.activeSteps.findIndex((s) => s.id === stepId);
    if (index < 0) return;
    this.returnToReview = this.phase === 'review' || this.phase === 'failed';
    this.go('form', index, field);
  }

  /** Shows step `index` (or the review page), saves the draft and moves focus to the heading or `field`. */
  protected go(phase: 'form' | 'review', index: number, field?: string): void {
    this.phase = phase;
    this.confirmingCancel = false;
    this.stepIndex = Math.max(0, Math.min(index, this.activeSteps.length - 1));
    this.saveDraft();
    this.focusAfterRender = async () => {
      const target = this.renderRoot.querySelector<HTMLElement>(field ? `[name="${CSS.escape(field)}"]` : '.step-heading');
      // A field renders after this element; wait for it so there is a control to focus.
      await (target as Partial<LitElement> | null)?.updateComplete;
      target?.focus();
      if (!field) target?.scrollIntoView?.({ block: 'start' });
    };
    this.dispatchEvent(new SocStepChangeEvent({ index: phase === 'form' ? this.stepIndex : this.activeSteps.length, id: this.currentId }));
  }

  // ——— answers ———

  /** Sets an answer (as the user would); subclasses may wipe dependent answers. */
  setAnswer(name: string, value: Answer): void {
    this.answers = this.adjustAnswers({ ...this.answers, [name]: value }, name);
    this.saveDraft();
  }

  /** Hook: change other answers when one changes (e.g. anonymity removes identity answers). */
  protected adjustAnswers(a: Answers, _changed: string): Answers {
    return a;
  }

  /** A field's `input` or `change`: its value, read as its question's kind says. */
  #onFieldEvent = (e: Event) => {
    const el = e.target as HTMLElement & { name?: string; value?: string; checked?: boolean; values?: string[] };
    const q = el.name ? questionOf(this.model, el.name) : undefined;
    if (!q || !el.name) return;
    // After the answers were wiped, only new typing or choosing counts.
    if (this.ignoreChanges) {
      if (e.type !== 'input') return;
      this.ignoreChanges = false;
    }
    const value: Answer = q.kind === 'checkboxes' ? [...(el.values ?? [])] : q.kind === 'consent' ? !!el.checked : (el.value ?? '');
    if (this.answers[el.name] !== value) this.setAnswer(el.name, value);
  };

  // ——— rendering ———

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setTitle(false);
    const focus = this.focusAfterRender;
    this.focusAfterRender = null;
    void focus?.();
  }

  /** The browser title: where the user is, the service, the page; "Fel:" first after a failed check. */
  protected setTitle(error: boolean): void {
    if (!this.originalTitle && !document.title) return;
    const review = msg('Kontrollera dina svar', { desc: 'Review page heading.' });
    const where =
      this.phase === 'receipt'
        ? msg('Skickat', { desc: 'Browser title part after sending.' })
        : this.phase === 'form'
          ? `${this.progress()}: ${this.activeSteps[this.stepIndex]?.title() ?? ''}`
          : this.reviewIsStep
            ? `${this.progress()}: ${review}`
            : review;
    document.title = pageTitle(where, this.serviceTitle(), this.originalTitle, error);
  }

  protected progress(): string {
    const total = this.activeSteps.length + (this.reviewIsStep ? 1 : 0);
    return progressText(this.phase === 'form' ? this.stepIndex + 1 : total, total);
  }

  protected summary(): SocErrorSummary | null {
    return this.renderRoot.querySelector('soc-error-summary');
  }

  /** A heading at `heading-level` (+ offset). */
  protected heading(text: string | TemplateResult, offset = 0, cls = 'step-heading'): TemplateResult {
    return renderHeading((Math.round(this.headingLevel) || 2) + offset, text, { cls, focusable: true });
  }

  /** Content before the steps (emergency notice, intro slot). */
  protected renderBeforeSteps(): TemplateResult | typeof nothing {
    return html`<slot name="intro"></slot>`;
  }

  /** The questions of a step; a service may lay out a repeated step itself (see the application). */
  protected renderQuestions(step: StepModel): TemplateResult {
    return this.renderQuestionsAt(step, -1);
  }

  /** The questions of a step for one index of its repeated group (-1: not repeated). */
  protected renderQuestionsAt(step: StepModel, i: number): TemplateResult {
    return renderItems(step, { a: this.answers, i }, byName(this.model));
  }

  override render(): TemplateResult {
    return html`${this.renderTop()}
      ${this.phase === 'form' ? this.#renderStep() : this.phase === 'receipt' ? this.renderReceipt() : this.#renderReview()}`;
  }

  /** Hook: what stays at the top of every page (the quick-exit button). */
  protected renderTop(): TemplateResult | typeof nothing {
    return nothing;
  }

  #renderStep(): TemplateResult {
    const step = this.activeSteps[this.stepIndex];
    if (!step) return html``;
    return html`${this.stepIndex === 0 ? this.renderBeforeSteps() : nothing}
      <p class="caption">${this.serviceTitle()} – ${this.progress()}</p>
      ${this.heading(step.title())}
      <soc-error-summary heading-level=${Math.min(6, this.headingLevel + 1)}></soc-error-summary>
      <form novalidate @input=${this.#onFieldEvent} @change=${this.#onFieldEvent} @submit=${this.#onSubmit}>
        ${this.renderQuestions(step)}
        <div class="buttons">
          <button class="primary">${msg('Fortsätt', { desc: 'Button: go to the next step.' })}</button>
          ${this.stepIndex > 0
            ? html`<button type="button" class="secondary" @click=${() => this.back()}>${msg('Tillbaka', { desc: 'Button: previous step.' })}</button>`
            : nothing}
          ${this.renderCancel()}
        </div>
      </form>`;
  }

  #onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    this.next();
  };

  protected renderCancel(): TemplateResult {
    return cancelControl(this.confirmingCancel, {
      ask: () => {
        this.confirmingCancel = true;
        this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.cancel-confirm')?.focus();
      },
      yes: () => this.cancel(),
      no: () => {
        this.confirmingCancel = false;
        this.focusAfterRender = () => this.renderRoot.querySelector<HTMLElement>('.cancel')?.focus();
      },
    });
  }

  #renderReview(): TemplateResult {
    const { top, buttons } = this.renderReviewActions();
    return html`<p class="caption">${this.serviceTitle()}${this.reviewIsStep ? ` – ${this.progress()}` : ''}</p>
      ${this.heading(msg('Kontrollera dina svar', { desc: 'Review page heading.' }))} ${top}
      ${reviewList(reviewRows(this.model, this.answers), (step, field) => this.edit(step, field))} ${buttons}`;
  }
}
