import { LitElement, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { focusRing, visuallyHidden } from '../styles/shared.js';
import { startLocalization } from '../localization/locale.js';
import { define } from '../define.js';
import { processStepsStyles } from './process-steps.styles.js';
import { PrintExpander, clampLevel, disclosureStyles, heading, mediaSlot, mediaStyles } from './info-shared.js';
import { defaultProcess, stepStates, type ProcessStep, type ProcessVariant, type StepState } from './process-data.js';
import type { SocProcessStep } from './process-step.js';
import './process-step.js';

/** A step to draw: from the default process, or a `soc-process-step` child (`slot`). */
type DrawnStep = ProcessStep & { slot?: number };

/**
 * @summary The steps of a case as an ordered list with headings, not a picture: the application
 * process by default, the concern-report path with `variant="concern"`, or your own steps.
 *
 * The assessment's yes and no outcomes are two nested lists inside the assessment step, each
 * under a heading that reads as a sentence ("Om socialtjänsten säger ja"), so a screen reader
 * user hears where the path splits. `current` marks the case's step with `aria-current="step"`
 * and the visible text "Du är här"; the steps before it on the way there say "Klart".
 *
 * Other children are fallback content (e.g. the same steps as an `<ol>` with headings): shown
 * before the element upgrades and when the script never runs, never once it has upgraded.
 *
 * With `appeal-guide="<id>"` the "Du kan överklaga" step links to the `soc-appeal-guide` with that
 * `id` on the same page ("Så överklagar du"). An explicit id rather than a search of the page: the
 * link is there from the first render, whatever order the elements upgrade in.
 *
 * @slot - `soc-process-step` elements; when there are any, they replace the default process.
 * @slot media - A film under the heading: the page's own `<video>` with `<track kind="captions">`, or a
 * wrapper that loads an embedded player only when the citizen chooses to play ("Filmer" docs page).
 * @csspart media - The slot of the film.
 * @csspart heading - The element's own heading.
 * @csspart list - Each ordered list of steps.
 * @csspart step - Each step (`li`); the current one also has `current`, finished ones `done`.
 * @csspart step-heading - Each step's heading.
 * @csspart status - The "Du är här" / "Klart" label.
 * @csspart branch - One outcome of a decision, with its heading and list.
 * @csspart branch-heading - The heading of an outcome ("Om socialtjänsten säger ja").
 * @cssprop [--soc-process-accent=#0b57d0] - The current step's circle and label.
 * @cssprop [--soc-process-line=#6f6f6f] - The line that joins the steps.
 * @cssprop [--soc-color-hint=#474747] - Secondary text.
 * @cssprop [--soc-color-link=#0b57d0] - Colour of "Läs mer" disclosures.
 * @cssprop [--soc-radius=0.25rem] - Corner radius of the "Du är här" and "Klart" labels.
 * @cssprop [--soc-space-m=1rem] - Space between the steps.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocProcessSteps extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };
  static override styles = [
    visuallyHidden,
    focusRing,
    disclosureStyles,
    mediaStyles,
    processStepsStyles,
    css`
      .appeal-link {
        color: var(--soc-color-link, #0b57d0);
        font-weight: 700;
        text-underline-offset: 0.15em;
      }
      .appeal-link:hover {
        text-decoration-thickness: 3px;
      }
      @media (forced-colors: active) {
        .appeal-link {
          color: LinkText;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    current: {},
    variant: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    compact: { type: Boolean, reflect: true },
    appealGuide: { attribute: 'appeal-guide' },
  };

  /** Id of the case's current step, e.g. `utredning`. Steps before it on its path count as done. */
  declare current: string;
  /** `application` (default): applying for support; `concern`: what happens after a concern report. */
  declare variant: ProcessVariant;
  /** The element's heading; defaults to one that fits the variant. */
  declare heading: string;
  /** Level of the element's heading (default 2); steps are one level below it. */
  declare headingLevel: number;
  /** Show only the headings; each step's text opens with "Läs mer" (the current step starts open). */
  declare compact: boolean;
  /** `id` of a `soc-appeal-guide` on the page (`appeal-guide`): the appeal step links to it. */
  declare appealGuide: string | null;

  // Made when connected, not when constructed: a server renderer (@lit-labs/ssr) constructs the
  // element in Node, where there is no MutationObserver, and never connects it.
  #observer?: MutationObserver;

  constructor() {
    super();
    this.current = '';
    this.variant = 'application';
    this.heading = '';
    this.headingLevel = 2;
    this.compact = false;
    this.appealGuide = '';
    new PrintExpander(this);
    startLocalization();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(() => this.requestUpdate());
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['step-id', 'heading'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  /** The `soc-process-step` children, in order. */
  get customSteps(): SocProcessStep[] {
    // A server renderer's element has no children (it renders the default steps).
    return [...(this.children ?? [])].filter((c): c is SocProcessStep => c.localName === 'soc-process-step');
  }

  override render(): TemplateResult {
    const custom = this.customSteps;
    const process = defaultProcess(this.variant === 'concern' ? 'concern' : 'application');
    const steps: DrawnStep[] = custom.length
      ? custom.map((el, i) => ({ id: el.getAttribute('step-id') ?? '', heading: el.getAttribute('heading') ?? '', body: [], slot: i }))
      : process.steps;
    const title =
      this.heading || (custom.length ? msg('Så går det till', { id: 'process-steps-heading-custom', desc: 'Process steps: heading for custom steps.' }) : process.heading);
    const level = clampLevel(this.headingLevel);
    return html`<div class="process">
      ${heading(level, 'heading', title)} ${mediaSlot()}
      ${this.#list(steps, level + 1, stepStates(steps, this.current), 1)}
    </div>`;
  }

  protected override updated(): void {
    // Manual slot assignment: each child goes into the body of its own step, text nodes nowhere.
    const custom = this.customSteps;
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[data-step]')) {
      const el = custom[Number(slot.dataset['step'])];
      slot.assign(...(el ? [el] : []));
    }
    this.renderRoot.querySelector<HTMLSlotElement>('slot[name=media]')?.assign(...[...this.children].filter((c) => c.slot === 'media'));
  }

  #list(steps: DrawnStep[], level: number, states: Map<string, StepState>, start: number): TemplateResult {
    return html`<ol part="list" class="steps" start=${start}>
      ${steps.map((step, i) => this.#step(step, level, states.get(step.id) ?? 'upcoming', states, start + i))}
    </ol>`;
  }

  #step(step: DrawnStep, level: number, state: StepState, states: Map<string, StepState>, n: number): TemplateResult {
    const body = html`${step.body.map((p) => html`<p>${p}</p>`)}
    ${step.law ? html`<p class="law">${step.law}</p>` : nothing}
    ${step.id === 'overklagande' && this.appealGuide?.trim()
      ? html`<p><a class="appeal-link" href=${`#${encodeURIComponent(this.appealGuide.trim())}`}>${msg('Så överklagar du', { desc: 'Process steps: link from the appeal step to the appeal guide on the same page.' })}</a></p>`
      : nothing}
    ${step.slot !== undefined ? html`<slot data-step=${step.slot}></slot>` : nothing}`;
    return html`<li part="step ${state === 'upcoming' ? '' : state}" class="step ${state}" aria-current=${state === 'current' ? 'step' : nothing}>
      ${heading(level, 'step-heading', html`${step.heading}${this.#status(state)}`)}
      ${this.compact
        ? html`<details ?open=${state === 'current'}>
            <summary>${msg('Läs mer', { id: 'process-steps-read-more', desc: 'Process steps (compact): opens a step’s text.' })}<span class="visually-hidden">: ${step.heading}</span></summary>
            <div class="body">${body}</div>
          </details>`
        : html`<div class="body">${body}</div>`}
      ${step.branches?.length
        ? html`<div class="branches">
            ${step.branches.map(
              (b) => html`<div part="branch" class="branch">
                ${heading(level + 1, 'branch-heading', b.heading)}
                <p class="intro">${b.intro}</p>
                ${this.#list(b.steps, level + 2, states, n + 1)}
              </div>`,
            )}
          </div>`
        : nothing}
    </li>`;
  }

  #status(state: StepState): TemplateResult | typeof nothing {
    if (state === 'upcoming') return nothing;
    // The hidden comma makes a screen reader pause between the step's name and its status; the
    // space after it is the visible gap (a space in the text, so every name has it).
    const text =
      state === 'current'
        ? msg('Du är här', { id: 'process-steps-current', desc: 'Process steps: label on the case’s current step.' })
        : msg('Klart', { id: 'process-steps-done', desc: 'Process steps: label on a finished step.' });
    return html`<span class="pause">,</span> <span part="status" class="status ${state}"
      >${state === 'done' ? checkIcon : nothing}${text}</span
    >`;
  }
}

const checkIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"
  ><path d="M2 8.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.5"
/></svg>`;

define('soc-process-steps', SocProcessSteps);

declare global {
  interface HTMLElementTagNameMap {
    'soc-process-steps': SocProcessSteps;
  }
}
