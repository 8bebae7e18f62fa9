import { css, html, nothing, type LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm, type ReviewRow, type Step } from './service-form.js';
import { choiceLabel, type Answers } from './fields.js';
import {
  COUNT_KEY,
  MAX_CHILDREN,
  addChild,
  applicationData,
  childCount,
  parseSupportOptions,
  removeChild,
  withTalkOption,
  type SupportOption,
} from './application-data.js';
import {
  applicantStep,
  childName,
  childrenStep,
  consentStep,
  contactStep,
  livesWith,
  needs,
  okNo,
  roles,
  school,
  situationStep,
  supportStep,
  t,
  yesNo,
  type ChildrenContext,
} from './application-steps.js';
import { cleanText } from '../schemas/text.js';
import { formatPersonnummer, parsePersonnummer } from '../schemas/personnummer.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { define } from '../define.js';
import './support-option.js';
import '../info/process-steps.js';
import '../patterns/quick-exit.js';

/**
 * @summary Application for support (ansökan om stöd) for a family with children: who applies, the
 * children, the support, the situation in their own words, safe contact, which contacts the family
 * agrees to, review, send and a receipt with "Vad händer nu?".
 *
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @slot - `soc-support-option` elements: the municipality's own kinds of support.
 * @cssprop [--soc-color-button=#0b57d0] - Primary button colour.
 * @cssprop [--soc-color-rule=#b1b4b6] - Border around each child's questions, lines in the review.
 * @fires soc-submit - Before sending; cancelable (the host then sends and calls `complete()`).
 * @fires soc-submitted - The back end confirmed; detail `{ reference }`.
 * @fires soc-submit-error - Sending failed; detail `{ error, retryable }`.
 * @fires soc-step-change - A new step is shown; detail `{ index, id }`.
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
      .child-heading:focus {
        outline: none;
      }
      .child-heading:focus-visible {
        outline: var(--soc-focus-width, 3px) solid var(--soc-color-focus, #0b57d0);
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
    childStatus: { state: true },
  };

  /** The municipality's kinds of support as JSON `[{ "value", "label", "hint" }]` (or an array). */
  declare supportOptions: string | SupportOption[];
  /** Said to screen readers after a child is added or removed. */
  declare private childStatus: string;

  protected readonly type = 'application' as const;
  protected override readonly reviewIsStep = true;

  #observer = new MutationObserver(() => this.requestUpdate());
  #parsed: { from: string; options: SupportOption[] | null } | null = null;

  constructor() {
    super();
    this.supportOptions = '';
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
    if (!source) return withTalkOption(null);
    // Parse (and warn) once per value, not on every render.
    const key = typeof source === 'string' ? source : JSON.stringify(source);
    if (this.#parsed?.from !== key) this.#parsed = { from: key, options: parseSupportOptions(source) };
    return withTalkOption(this.#parsed.options);
  }

  protected steps(): Step[] {
    const children: ChildrenContext = {
      heading: (text) => this.heading(text, 1, 'child-heading'),
      status: this.childStatus,
      add: () => void this.addChildEntry(),
      remove: (i) => void this.removeChildEntry(i),
    };
    return [
      { id: 'vem', title: () => msg('Vem söker stöd?', { desc: 'Step heading: who is applying.' }), render: applicantStep },
      { id: 'barn', title: () => msg('Barnen som ansökan gäller', { desc: 'Step heading: the children.' }), render: (a) => childrenStep(a, children) },
      { id: 'stod', title: () => msg('Vilket stöd söker ni?', { desc: 'Step heading: what support.' }), render: (a) => supportStep(a, this.supportList) },
      { id: 'situation', title: () => msg('Berätta om er situation', { desc: 'Step heading: the situation.' }), render: situationStep },
      { id: 'kontakt', title: () => msg('Hur vi kontaktar dig', { desc: 'Step heading: contact.' }), render: contactStep },
      { id: 'samtycke', title: () => msg('Vilka får socialtjänsten prata med?', { desc: 'Step heading: consent to contacts.' }), render: consentStep },
    ];
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

  // ——— review, payload, receipt ———

  protected reviewRows(): ReviewRow[] {
    const a = this.answers;
    const rows: ReviewRow[] = [];
    const add = (step: string, field: string, label: string, value: string) => rows.push({ step, field, label, value });
    const lines = (...v: string[]) => v.filter(Boolean).join('\n');
    const role = a['applicant.role'];
    add('vem', 'applicant.role', msg('Vem som söker', { desc: 'Review label: who is applying.' }), lines(
      choiceLabel(roles(), role),
      role === 'young-person' && a['applicant.fifteenOrOlder']
        ? `${msg('Har du fyllt 15 år?', { desc: 'Label: are you 15 or older.' })} ${choiceLabel(yesNo(), a['applicant.fifteenOrOlder'])}`
        : '',
      role === 'helper' ? t(a, 'applicant.relation') : '',
    ));
    for (let i = 0; i < childCount(a); i++) {
      const k = (key: string) => `children.${i}.${key}`;
      const pnr = parsePersonnummer(t(a, k('personnummer')));
      const id = a[k('hasPnr')] === 'yes' ? (pnr.ok ? formatPersonnummer(pnr.value) : t(a, k('personnummer'))) : a[k('hasPnr')] === 'no' ? t(a, k('age')) : '';
      const home = [choiceLabel(livesWith(), a[k('livesWith')]), a[k('livesWith')] === 'other' ? t(a, k('livesWithOther')) : ''].filter(Boolean).join(': ');
      add('barn', k('name'), childName(i + 1), lines(t(a, k('name')), id, home));
    }
    add('stod', 'support', msg('Stöd', { desc: 'Review label: support.' }), lines(...this.supportList.filter((o) => Array.isArray(a['support']) && a['support'].includes(o.value)).map((o) => o.label)));
    add('situation', 'situation', msg('Er situation', { desc: 'Review label: the situation.' }), typeof a['situation'] === 'string' ? cleanText(a['situation'], { multiline: true }) : '');
    add('kontakt', 'contact.name', msg('Ditt namn', { desc: 'Label: your name.' }), t(a, 'contact.name'));
    add('kontakt', 'contact.phone', msg('Så når vi dig', { desc: 'Review label: how to reach you.' }), lines(((p) => (p.ok ? formatPhone(p.value) : t(a, 'contact.phone')))(parsePhone(t(a, 'contact.phone'))), t(a, 'contact.email'), t(a, 'contact.bestTime')));
    const safe = (k: string, label: string) => `${label} ${choiceLabel(yesNo(), a[k]).toLocaleLowerCase()}`;
    add('kontakt', 'contact.safe.call', msg('Säker kontakt', { desc: 'Review label: safe contact.' }), lines(
      a['contact.safe.call'] ? safe('contact.safe.call', msg('Ringa:', { desc: 'Review: safe to call, answer follows.' })) : '',
      a['contact.safe.letter'] ? safe('contact.safe.letter', msg('Brev hem:', { desc: 'Review: safe to send letters, answer follows.' })) : '',
      a['contact.safe.message'] ? safe('contact.safe.message', msg('Meddelanden:', { desc: 'Review: safe to leave messages, answer follows.' })) : '',
    ));
    add('kontakt', 'contact.interpreter.needed', msg('Tolk', { desc: 'Review label: interpreter.' }), [
      choiceLabel(yesNo(), a['contact.interpreter.needed']),
      a['contact.interpreter.needed'] === 'yes' ? t(a, 'contact.interpreter.language') : '',
    ].filter(Boolean).join(': '));
    const chosenNeeds = Array.isArray(a['contact.needs']) ? a['contact.needs'] : [];
    add('kontakt', 'contact.needs', msg('Annat du behöver', { desc: 'Review label: other needs.' }), lines(
      ...needs().filter((c) => c.value !== 'other' && chosenNeeds.includes(c.value)).map((c) => c.label),
      chosenNeeds.includes('other') ? t(a, 'contact.needsOther') : '',
    ));
    add('samtycke', 'consent.school', msg('Skolan', { desc: 'Review label: consent, school.' }), choiceLabel(school(), a['consent.school']));
    add('samtycke', 'consent.preschool', msg('Förskolan', { desc: 'Review label: consent, pre-school.' }), choiceLabel(school(), a['consent.preschool']));
    add('samtycke', 'consent.healthCare', msg('Hälso- och sjukvården', { desc: 'Review label: consent, health care.' }), choiceLabel(okNo(), a['consent.healthCare']));
    add('samtycke', 'consent.other', msg('Andra', { desc: 'Review label: consent, others.' }), lines(
      choiceLabel(okNo(), a['consent.other']),
      a['consent.other'] === 'yes' ? t(a, 'consent.otherInfo') : '',
    ));
    return rows;
  }

  /** The answers as the payload's `data` (see `applicationPayload`). */
  buildData(): Record<string, unknown> {
    return applicationData(this.answers, this.supportList.map((o) => o.value));
  }

  protected renderReceipt(): TemplateResult {
    const a = this.answers;
    const noCalls = a['contact.safe.call'] === 'no';
    const noLetters = a['contact.safe.letter'] === 'no';
    return html`${this.heading(msg('Tack! Vi har tagit emot din ansökan', { desc: 'Receipt heading, application.' }))}
      ${this.reference
        ? html`<p>${msg('Ditt referensnummer:', { desc: 'Before the reference.' })} <span class="reference">${this.reference}</span></p>`
        : nothing}
      ${this.heading(msg('Vad händer nu?', { desc: 'Receipt: what happens next.' }), 1, 'sub-heading')}
      <p>${msg('Socialtjänsten läser din ansökan och kontaktar dig snart. Sedan utreder de vad ni behöver. De pratar bara med andra, till exempel skolan, om ni har sagt ja till det.', { desc: 'Receipt: next steps after an application.' })}</p>
      <p>${msg('En utredning får ta högst 4 månader. Bara om det finns särskilda skäl får den ta längre tid.', { desc: 'Receipt: the 4-month limit of an investigation.' })}</p>
      <soc-process-steps compact current="utredning" heading-level=${Math.min(6, this.headingLevel + 1)}></soc-process-steps>
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
