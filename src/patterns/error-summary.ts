import { LitElement, css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { focusRing, visuallyHidden } from '../styles/shared.js';
import { localeFollowers, startLocalization } from '../localization/locale.js';
import { define } from '../define.js';
import { heading as renderHeading } from './heading.js';

/** An error for the summary: the field's `name` (or id) and the message to show. */
export interface SummaryError {
  field: string;
  message: string;
}

interface Entry {
  message: string;
  target: HTMLElement | null;
}

type Validatable = HTMLElement & {
  name?: string;
  showValidation?: () => boolean;
  checkValidity: () => boolean;
  validationMessage: string;
  error?: string;
};

/**
 * @summary "Det finns problem": lists a form's errors as links that move focus to each field.
 *
 * With `for="<form id>"` (or placed inside a form) it guards that form: on submit it checks every
 * field, stops the submit when any is invalid, shows their messages and takes focus. Errors from a
 * server go in the `errors` property; they are also shown on the matching fields.
 *
 * A page a server renders after a failed POST needs no script for its errors; either works, and
 * both are shown once, links first:
 * - links as children, `<a href="#field-id">message</a>` (in a list, under a heading): they are
 *   the page's content before the script runs or if it never does, and the summary's own list
 *   after (the children are then not shown);
 * - an `error` attribute on fields of the guarded form: the summary lists those fields when it
 *   starts.
 *
 * Focus, not a live region, announces it: the summary is focused when it appears, so a screen
 * reader reads it once (GOV.UK found `role=alert` plus focus read it twice in some readers). It is
 * focusable only while it has focus (`tabindex` goes when focus leaves), so it is not a stop for
 * Tab or a click target afterwards. With `no-autofocus` it appears without taking focus; the page
 * then moves focus itself.
 *
 * A link moves focus into its field and scrolls the question into view, not just the input: the
 * field's label, or — for a field revealed under an answer — the legend of that answer's question
 * when both fit in half the window (GOV.UK's rule), so the question is seen with the field.
 *
 * @slot - Not shown once upgraded: links `<a href="#id">message</a>` to adopt as errors (server-rendered fallback).
 * @csspart summary - The box.
 * @csspart heading - The heading.
 * @csspart list - The list of links.
 * @cssprop [--soc-color-error=#a61e14] - Border and link colour.
 * @cssprop [--soc-error-summary-border=0.3125rem] - Border width.
 * @cssprop [--soc-color-surface=transparent] - Background of the box.
 * @cssprop [--soc-radius=0.25rem] - Corner radius.
 * @cssprop [--soc-space-m=1rem] - Padding inside the box.
 * @cssprop [--soc-space-l=1.5rem] - Space below the box.
 * @cssprop [--soc-color-focus=#0b57d0] - Focus ring.
 */
export class SocErrorSummary extends LitElement {
  static override styles = [
    visuallyHidden,
    focusRing,
    css`
      :host {
        display: block;
        margin-block-end: var(--soc-space-l, 1.5rem);
      }
      :host([hidden]),
      .empty {
        display: none;
      }
      [part~='summary'] {
        line-height: 1.5;
        padding: var(--soc-space-m, 1rem);
        border: var(--soc-error-summary-border, 0.3125rem) solid var(--soc-color-error, #a61e14);
        border-radius: var(--soc-radius, 0.25rem);
        background: var(--soc-color-surface, transparent);
      }
      [part~='heading'] {
        margin: 0 0 var(--soc-space-s, 0.75rem);
        font-size: 1.25em;
        line-height: 1.3;
      }
      ul {
        margin: 0;
        padding-inline-start: 0;
        list-style: none;
      }
      li + li {
        margin-block-start: var(--soc-space-xs, 0.375rem);
      }
      a {
        color: var(--soc-color-error, #a61e14);
        font-weight: 700;
        text-decoration: underline;
        text-underline-offset: 0.15em;
        display: inline-block;
        min-block-size: 1.5rem;
        overflow-wrap: anywhere;
      }
      a:hover {
        text-decoration-thickness: 3px;
      }
      @media (forced-colors: active) {
        [part~='summary'] {
          border-color: CanvasText;
        }
        a {
          color: LinkText;
        }
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    htmlFor: { attribute: 'for' },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noAutofocus: { type: Boolean, attribute: 'no-autofocus' },
    errors: { attribute: false },
    entries: { state: true },
  };

  /** Id of the form to guard. Without it, the form the summary sits in. */
  declare htmlFor: string;
  /** Heading text; defaults to "Det finns problem". */
  declare heading: string;
  /** Heading level, so the summary fits the page outline. */
  declare headingLevel: number;
  /** Does not take focus when errors appear (attribute `no-autofocus`). */
  declare noAutofocus: boolean;
  /** Errors given directly, e.g. from a server: `{ field, message }[]`. */
  declare errors: SummaryError[];

  declare private entries: Entry[];

  #form: HTMLFormElement | null = null;
  #focusNext = false;

  constructor() {
    super();
    this.htmlFor = '';
    this.heading = '';
    this.headingLevel = 2;
    this.noAutofocus = false;
    this.errors = [];
    this.entries = [];
    startLocalization();
  }

  /** The guarded form. */
  get form(): HTMLFormElement | null {
    if (this.htmlFor) return document.getElementById(this.htmlFor) as HTMLFormElement | null;
    return this.closest('form');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The fields' shared locale listener, not @lit/localize's controller: one module fewer in the
    // five fields' budget.
    localeFollowers.add(this);
    // Wait a frame so a form that comes after the summary in the page exists.
    queueMicrotask(() => {
      this.#attach();
      this.#adopt();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    localeFollowers.delete(this);
    this.#detach();
  }

  /**
   * Checks every field of the form, shows their errors and this summary. Returns whether the form
   * is valid. Services call this on "Fortsätt"; the guarded form calls it on submit.
   */
  validate(fields: Iterable<Element> = this.#fields()): boolean {
    const entries: Entry[] = [];
    for (const el of fields as Iterable<Validatable>) {
      if (typeof el.checkValidity !== 'function') continue;
      const valid = el.showValidation ? el.showValidation() : el.checkValidity();
      if (!valid) entries.push({ message: el.validationMessage, target: el });
    }
    this.#show(entries);
    return entries.length === 0;
  }

  /** Hides the summary. */
  clear(): void {
    this.entries = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('errors') && this.errors.length) {
      const form = this.form;
      const entries = this.errors.map(({ field, message }) => {
        const target = this.#findField(form, field);
        // A soc field not defined yet takes the property when it upgrades (Lit keeps it).
        if (target && ('error' in target || target.localName.startsWith('soc-'))) (target as Validatable).error = message;
        return { message, target };
      });
      this.#show(entries);
    }
    if (changed.has('htmlFor')) {
      this.#detach();
      this.#attach();
    }
  }

  protected override updated(): void {
    if (this.#focusNext && this.entries.length) {
      this.#focusNext = false;
      const box = this.renderRoot.querySelector<HTMLElement>('[part~="summary"]');
      if (!box || this.noAutofocus) return;
      box.tabIndex = -1;
      box.addEventListener('blur', () => box.removeAttribute('tabindex'), { once: true });
      box.scrollIntoView?.({ block: 'start' });
      box.focus({ preventScroll: true });
    }
  }

  override render(): TemplateResult {
    if (!this.entries.length) return html`<div class="empty"></div>`;
    const heading = this.heading || msg('Det finns problem', { desc: 'Heading of the error summary.' });
    // A named group: when it takes focus, readers say "Det finns problem, grupp" — a generic box
    // may not carry a name (ARIA 1.2), and some readers then say nothing at all. The list is its
    // description, so the problems are heard at once, without tabbing (Orca said only the name).
    return html`<div part="summary" role="group" aria-labelledby="heading" aria-describedby="list">
      ${renderHeading(this.headingLevel, heading, { id: 'heading', part: 'heading', cls: '' })}
      <ul part="list" id="list">
        ${this.entries.map(
          (e) => html`<li><a href=${e.target?.id ? `#${e.target.id}` : '#'} @click=${(ev: Event) => this.#go(ev, e)}
              >${e.message}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  #show(entries: Entry[]): void {
    this.entries = entries;
    this.#focusNext = entries.length > 0;
  }

  #go(ev: Event, entry: Entry): void {
    ev.preventDefault();
    const target = entry.target;
    if (!target) return;
    // Scroll the label/legend into view, not just the input: on a phone the question must be
    // visible above the keyboard (GOV.UK does the same).
    let label = target.shadowRoot?.querySelector<HTMLElement>('[part~="label"]') ?? target;
    // Revealed under an answer: that answer's question (the group's legend, or a lone checkbox's
    // label), when it and the field fit in half the window.
    const option = target.parentElement?.closest('soc-radio, soc-checkbox');
    const question = (option?.parentElement?.localName.endsWith('-group') ? option.parentElement : option)?.shadowRoot;
    const legend = question?.querySelector<HTMLElement>('[part~="label"]');
    if (legend && target.getBoundingClientRect().bottom - legend.getBoundingClientRect().top < innerHeight / 2) label = legend;
    label.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  /** Errors a server rendered: links among the children, else fields with an `error` attribute. */
  #adopt(): void {
    if (this.errors.length || this.entries.length) return;
    const given: SummaryError[] = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]:not([href="#"])')].map((a) => ({
      field: decodeURIComponent(a.hash.slice(1)),
      message: a.textContent!.trim(),
    }));
    for (const el of this.form?.querySelectorAll('[error]:not([error=""])') ?? []) {
      const name = el.getAttribute('name');
      if (!given.some((g) => g.field === el.id || g.field === name)) given.push({ field: el.id || name!, message: el.getAttribute('error')! });
    }
    if (given.length) this.errors = given;
  }

  #fields(): Element[] {
    const form = this.form;
    return form ? [...form.elements] : [];
  }

  #findField(form: HTMLFormElement | null, key: string): HTMLElement | null {
    // Without a form: the tree the summary is in (a service's shadow root, or the document).
    const scope = (form ?? this.getRootNode()) as ParentNode;
    // The attribute too: a field whose element is not defined yet (a server-rendered page whose
    // summary starts first) is not among `form.elements` and has no `name` property.
    return (
      [...(form ? form.elements : []), ...scope.querySelectorAll('[name], [id]')].find(
        (el) => (el as Validatable).name === key || el.getAttribute('name') === key || el.id === key,
      ) as HTMLElement | undefined
    ) ?? null;
  }

  #onSubmit = (e: SubmitEvent) => {
    if (!this.validate()) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };

  #attach(): void {
    const form = this.form;
    if (!form || form === this.#form) return;
    this.#form = form;
    // We show errors ourselves; the browser's bubbles would cover them.
    form.noValidate = true;
    form.addEventListener('submit', this.#onSubmit, { capture: true });
  }

  #detach(): void {
    this.#form?.removeEventListener('submit', this.#onSubmit, { capture: true });
    this.#form = null;
  }
}

define('soc-error-summary', SocErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'soc-error-summary': SocErrorSummary;
  }
}
