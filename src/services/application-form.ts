import { css, html, nothing, type LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm, type ReviewRow, type Step } from './service-form.js';
import { choiceLabel, fieldsFor, type Answers, type Choice } from './fields.js';
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
import { cleanText } from '../schemas/text.js';
import { formatPersonnummer, parsePersonnummer } from '../schemas/personnummer.js';
import { define } from '../define.js';
import './support-option.js';
import '../info/process-steps.js';
import '../patterns/quick-exit.js';

const yes = () => msg('Ja', { desc: 'Answer yes.' });
const no = () => msg('Nej', { desc: 'Answer no.' });
const yesNo = (): Choice[] => [
  { value: 'yes', label: yes() },
  { value: 'no', label: no() },
];

const roles = (): Choice[] => [
  {
    value: 'guardian',
    label: msg('Jag är förälder eller vårdnadshavare', { desc: 'Applicant role: guardian.' }),
    hint: msg('Du söker stöd för ditt barn, dina barn eller hela familjen.', { desc: 'Hint of applicant role: guardian.' }),
  },
  {
    value: 'young-person',
    label: msg('Jag är ung och söker stöd för mig själv', { desc: 'Applicant role: a young person applying for themselves.' }),
  },
  {
    value: 'helper',
    label: msg('Jag hjälper en familj att ansöka', { desc: 'Applicant role: someone helping the family.' }),
    hint: msg('Till exempel som släkting, god man eller personal.', { desc: 'Hint of applicant role: helper.' }),
  },
];

const livesWith = (): Choice[] => [
  { value: 'both-parents', label: msg('Med båda sina föräldrar', { desc: 'Child lives with: both parents.' }) },
  { value: 'one-parent', label: msg('Med en av sina föräldrar', { desc: 'Child lives with: one parent.' }) },
  { value: 'alternating', label: msg('Växelvis hos båda föräldrarna', { desc: 'Child lives with: alternating between parents.' }) },
  { value: 'other', label: msg('Med någon annan', { desc: 'Child lives with: someone else.' }) },
];

const school = (): Choice[] => [
  { value: 'yes', label: msg('Ja, det går bra', { desc: 'Consent to a contact: yes.' }) },
  { value: 'no', label: no() },
  { value: 'not-applicable', label: msg('Inget av barnen går där', { desc: 'Consent to a contact: no child goes there.' }) },
];
const okNo = (): Choice[] => [school()[0]!, school()[1]!];

const needs = (): Choice[] => [
  { value: 'hearing', label: msg('Hörselstöd eller teckenspråkstolk', { desc: 'Contact need: hearing support or sign language interpreter.' }) },
  { value: 'easy-read', label: msg('Lättläst text och enkla ord', { desc: 'Contact need: easy-to-read text.' }) },
  { value: 'other', label: msg('Något annat', { desc: 'Contact need: something else.' }) },
];

/** "Barn 2": the heading of a child's questions and its row on the review page. */
const childName = (n: number) => msg(str`Barn ${n}`, { desc: 'Heading of one child in the list.' });

const t = (a: Answers, k: string) => (typeof a[k] === 'string' ? cleanText(a[k] as string) : '');

/**
 * @summary Application for support (ansökan om stöd) for a family with children: who applies, the
 * children, the support, the situation in their own words, safe contact, which contacts the family
 * agrees to, review, send and a receipt with "Vad händer nu?".
 *
 * @slot intro - Extra text above the first question.
 * @slot after-submit - Extra content on the receipt.
 * @slot - `soc-support-option` elements: the municipality's own kinds of support.
 * @cssprop --soc-color-button - Primary button colour.
 * @cssprop --soc-color-rule - Border around each child's questions.
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
  #parsed: { from: unknown; options: SupportOption[] | null } | null = null;

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
    if (children.length) return withTalkOption(parseSupportOptions(children.map((c) => c.toOption())));
    if (!this.supportOptions) return withTalkOption(null);
    // Parse (and warn) once per value, not on every render.
    if (this.#parsed?.from !== this.supportOptions) this.#parsed = { from: this.supportOptions, options: parseSupportOptions(this.supportOptions) };
    return withTalkOption(this.#parsed.options);
  }

  protected steps(): Step[] {
    return [
      { id: 'vem', title: () => msg('Vem söker stöd?', { desc: 'Step heading: who is applying.' }), render: (a) => this.#applicant(a) },
      { id: 'barn', title: () => msg('Barnen som ansökan gäller', { desc: 'Step heading: the children.' }), render: (a) => this.#children(a) },
      { id: 'stod', title: () => msg('Vilket stöd söker ni?', { desc: 'Step heading: what support.' }), render: (a) => this.#support(a) },
      { id: 'situation', title: () => msg('Berätta om er situation', { desc: 'Step heading: the situation.' }), render: (a) => this.#situation(a) },
      { id: 'kontakt', title: () => msg('Hur vi kontaktar dig', { desc: 'Step heading: contact.' }), render: (a) => this.#contact(a) },
      { id: 'samtycke', title: () => msg('Vilka får socialtjänsten prata med?', { desc: 'Step heading: consent to contacts.' }), render: (a) => this.#consent(a) },
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

  // ——— steps ———

  #applicant(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    const young = html`<div class="notice" role="note">
        <p>${msg('Har du fyllt 15 år får du ansöka om stöd själv. Det betyder att du kan ansöka utan att dina föräldrar gör det med dig eller säger ja till det.', { desc: 'What it means that a young person from 15 may apply on their own.' })}</p>
        <p>${msg('Är du yngre kan du också skicka det här. Socialtjänsten kontaktar dig och hjälper dig vidare.', { desc: 'A young person under 15 may still send it.' })}</p>
      </div>
      ${f.radios('applicant.fifteenOrOlder', msg('Har du fyllt 15 år?', { desc: 'Label: are you 15 or older.' }), yesNo(), { required: true, inline: true })}`;
    const helper = html`${f.text('applicant.relation', msg('Hur känner du familjen?', { desc: 'Label: how the helper knows the family.' }), {
        required: true,
        hint: msg('Till exempel moster, god man eller kurator.', { desc: 'Hint: examples of how a helper knows the family.' }),
      })}
      <div class="notice" role="note">
        <p>${msg('Ansökan är familjens. Fyll i den tillsammans med dem, så att de vet vad den handlar om.', { desc: 'Helper: the application belongs to the family.' })}</p>
      </div>`;
    return f.radios(
      'applicant.role',
      msg('Vem är du?', { desc: 'Label: who are you (applicant role).' }),
      roles().map((c) => (c.value === 'young-person' ? { ...c, reveal: young } : c.value === 'helper' ? { ...c, reveal: helper } : c)),
      { required: true },
    );
  }

  #children(a: Answers): TemplateResult {
    const count = childCount(a);
    return html`<p>
        ${a['applicant.role'] === 'young-person'
          ? msg('Skriv dig själv som barn 1. Gäller ansökan också dina syskon kan du lägga till dem.', { desc: 'Children step intro for a young person.' })
          : msg('Skriv alla barn som ansökan gäller. Du kan lägga till fler barn.', { desc: 'Children step intro.' })}
      </p>
      ${Array.from({ length: count }, (_, i) => this.#child(a, i, count))}
      ${count < MAX_CHILDREN
        ? html`<div class="buttons"><button type="button" class="secondary add-child" @click=${() => this.addChildEntry()}>
            ${msg('Lägg till ett barn till', { desc: 'Button: add one more child.' })}
          </button></div>`
        : html`<p>${msg(str`Du kan skriva upp till ${MAX_CHILDREN} barn. Skriv om fler barn i nästa steg.`, { desc: 'Child limit reached.' })}</p>`}
      <p class="visually-hidden" role="status">${this.childStatus}</p>`;
  }

  #child(a: Answers, i: number, count: number): TemplateResult {
    const f = fieldsFor(a);
    const n = i + 1;
    const k = (key: string) => `children.${i}.${key}`;
    return html`<section class="child">
      ${this.heading(childName(n), 1, 'child-heading')}
      ${f.text(k('name'), msg('Barnets namn', { desc: 'Label: child name.' }), {
        required: true,
        autocomplete: 'off',
        requiredMessage: msg(str`Skriv namnet på barn ${n}.`, { desc: 'Error: name of child n missing.' }),
      })}
      ${f.radios(
        k('hasPnr'),
        msg('Har barnet ett svenskt personnummer?', { desc: 'Label: does the child have a personnummer.' }),
        [
          {
            value: 'yes',
            label: yes(),
            reveal: f.text(k('personnummer'), msg('Barnets personnummer', { desc: 'Label: child personnummer.' }), {
              format: 'personnummer',
              required: true,
              width: '20',
              hint: msg('10 eller 12 siffror', { desc: 'Hint: personnummer digits.' }),
              requiredMessage: msg(str`Skriv personnumret för barn ${n}.`, { desc: 'Error: personnummer of child n missing.' }),
            }),
          },
          {
            value: 'no',
            label: msg('Nej, eller jag vet inte', { desc: 'Answer: no or I do not know.' }),
            reveal: f.text(k('age'), msg('Hur gammalt är barnet?', { desc: 'Label: child age.' }), {
              required: true,
              width: '10',
              hint: msg('Till exempel 6 år eller 8 månader.', { desc: 'Hint: child age examples.' }),
              requiredMessage: msg(str`Skriv hur gammalt barn ${n} är.`, { desc: 'Error: age of child n missing.' }),
            }),
          },
        ],
        { required: true, inline: false, requiredMessage: msg(str`Svara om barn ${n} har ett personnummer.`, { desc: 'Error: personnummer question of child n unanswered.' }) },
      )}
      ${f.radios(
        k('livesWith'),
        msg('Vem bor barnet med?', { desc: 'Label: who the child lives with.' }),
        livesWith().map((c) =>
          c.value === 'other'
            ? {
                ...c,
                reveal: f.text(k('livesWithOther'), msg('Vem då?', { desc: 'Label: who else the child lives with.' }), {
                  required: true,
                  hint: msg('Till exempel mormor eller ett familjehem.', { desc: 'Hint: who else a child may live with.' }),
                  requiredMessage: msg(str`Skriv vem barn ${n} bor med.`, { desc: 'Error: who child n lives with missing.' }),
                }),
              }
            : c,
        ),
        { required: true, requiredMessage: msg(str`Välj vem barn ${n} bor med.`, { desc: 'Error: lives-with question of child n unanswered.' }) },
      )}
      ${count > 1
        ? html`<button type="button" class="link remove-child" @click=${() => this.removeChildEntry(i)}>
            ${msg(str`Ta bort barn ${n}`, { desc: 'Button: remove child n.' })}
          </button>`
        : nothing}
    </section>`;
  }

  #support(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    return f.checkboxes('support', msg('Välj det stöd som ni vill ha', { desc: 'Label: choose the support.' }), this.supportList, {
      required: true,
      hint: msg('Du kan välja flera. Socialtjänsten hjälper er sedan att hitta det som passar.', { desc: 'Hint: several kinds of support can be chosen.' }),
      requiredMessage: msg('Välj minst ett stöd, eller välj ”Jag vet inte, jag vill prata med någon”.', { desc: 'Error: no support chosen.' }),
    });
  }

  #situation(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    return html`<div class="notice" role="note">
        <p>${msg('Det kan hjälpa att berätta:', { desc: 'Before a list of what helps to tell about the situation.' })}</p>
        <ul>
          <li>${msg('vad som är svårt just nu', { desc: 'Situation tip: what is hard now.' })}</li>
          <li>${msg('hur länge det har varit så', { desc: 'Situation tip: for how long.' })}</li>
          <li>${msg('hur barnen har det hemma, i skolan och på fritiden', { desc: 'Situation tip: how the children are.' })}</li>
          <li>${msg('vad ni redan har provat', { desc: 'Situation tip: what you have tried.' })}</li>
          <li>${msg('vad du hoppas att stödet ska ge', { desc: 'Situation tip: what you hope for.' })}</li>
        </ul>
      </div>
      ${f.area('situation', msg('Berätta med egna ord', { desc: 'Label: the situation in your own words.' }), {
        required: true,
        maxlength: 5000,
        rows: 8,
        hint: msg('Skriv så mycket eller så lite du vill. Socialtjänsten ställer frågor när de kontaktar dig.', { desc: 'Hint: the situation text.' }),
        requiredMessage: msg('Berätta kort om er situation.', { desc: 'Error: situation missing.' }),
      })}`;
  }

  #contact(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    const safe = (name: string, label: string) => f.radios(name, label, yesNo(), { required: true, inline: true });
    return html`${a['applicant.role'] === 'helper'
        ? html`<p>${msg('Skriv kontaktuppgifter till den som socialtjänsten ska kontakta, dig själv eller någon i familjen.', { desc: 'Contact step intro for a helper.' })}</p>`
        : nothing}
      ${f.text('contact.name', msg('Ditt namn', { desc: 'Label: your name.' }), { required: true, autocomplete: 'name' })}
      ${f.text('contact.phone', msg('Telefonnummer', { desc: 'Label: phone.' }), {
        format: 'phone',
        autocomplete: 'tel',
        width: '20',
        hint: msg('Lämna telefonnummer eller e-post, så att vi kan kontakta dig.', { desc: 'Hint: give a way to reach you.' }),
        required: !t(a, 'contact.email'),
        requiredMessage: msg('Skriv ett telefonnummer eller en e-postadress.', { desc: 'Error: phone or e-mail needed.' }),
      })}
      ${f.text('contact.email', msg('E-postadress', { desc: 'Label: e-mail.' }), { type: 'email', autocomplete: 'email' })}
      ${f.text('contact.bestTime', msg('När passar det bäst att vi ringer?', { desc: 'Label: best time to call.' }), {
        hint: msg('Till exempel vardagar efter kl. 15.', { desc: 'Hint: best time to call.' }),
      })}
      <div class="notice" role="note">
        <p>${msg('Vi frågar för att ingen annan ska få veta att du har kontakt med socialtjänsten, om du inte vill det.', { desc: 'Why the safe-contact questions are asked.' })}</p>
      </div>
      ${safe('contact.safe.call', msg('Är det säkert för dig att vi ringer?', { desc: 'Label: safe to call.' }))}
      ${safe('contact.safe.letter', msg('Är det säkert att vi skickar brev hem till dig?', { desc: 'Label: safe to send letters home.' }))}
      ${safe('contact.safe.message', msg('Är det säkert att vi lämnar meddelanden, till exempel sms eller på telefonsvararen?', { desc: 'Label: safe to leave messages.' }))}
      ${f.radios(
        'contact.interpreter.needed',
        msg('Behöver du tolk?', { desc: 'Label: do you need an interpreter.' }),
        yesNo().map((c) =>
          c.value === 'yes'
            ? { ...c, reveal: f.text('contact.interpreter.language', msg('Vilket språk?', { desc: 'Label: interpreter language.' }), { required: true, width: '20' }) }
            : c,
        ),
        { required: true, inline: false },
      )}
      ${f.checkboxes(
        'contact.needs',
        msg('Behöver du något mer för att kontakten ska fungera?', { desc: 'Label: other needs for contact.' }),
        needs().map((c) =>
          c.value === 'other'
            ? { ...c, reveal: f.text('contact.needsOther', msg('Vad behöver du?', { desc: 'Label: what other need.' }), { required: true }) }
            : c,
        ),
        { hint: msg('Välj det som stämmer, eller inget.', { desc: 'Hint: other needs are optional.' }) },
      )}`;
  }

  #consent(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    return html`<div class="notice" role="note">
        <p>${msg('När socialtjänsten utreder en ansökan vill de ofta prata med andra som känner barnen. Alla kontakter måste vara okej för er.', { desc: 'Consent step: contacts must be okay for the family.' })}</p>
        <p>${msg('Du kan säga nej till varje kontakt. Du kan också ändra dig senare.', { desc: 'Consent step: each contact can be declined.' })}</p>
      </div>
      ${f.radios('consent.school', msg('Får socialtjänsten prata med barnens skola?', { desc: 'Label: consent to contact the school.' }), school(), { required: true })}
      ${f.radios('consent.preschool', msg('Får socialtjänsten prata med barnens förskola?', { desc: 'Label: consent to contact the pre-school.' }), school(), { required: true })}
      ${f.radios('consent.healthCare', msg('Får socialtjänsten prata med hälso- och sjukvården?', { desc: 'Label: consent to contact health care.' }), okNo(), {
        required: true,
        hint: msg('Till exempel BVC, vårdcentralen eller BUP.', { desc: 'Hint: examples of health care.' }),
      })}
      ${f.radios(
        'consent.other',
        msg('Får socialtjänsten prata med någon annan?', { desc: 'Label: consent to contact others.' }),
        okNo().map((c) =>
          c.value === 'yes'
            ? { ...c, reveal: f.text('consent.otherInfo', msg('Vem eller vilka?', { desc: 'Label: which other contacts.' }), { required: true }) }
            : c,
        ),
        { required: true, hint: msg('Till exempel fritids, en tränare eller en släkting.', { desc: 'Hint: examples of other contacts.' }) },
      )}`;
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
      const home = a[k('livesWith')] === 'other' ? t(a, k('livesWithOther')) : choiceLabel(livesWith(), a[k('livesWith')]);
      add('barn', k('name'), childName(i + 1), lines(t(a, k('name')), id, home));
    }
    add('stod', 'support', msg('Stöd', { desc: 'Review label: support.' }), lines(...this.supportList.filter((o) => Array.isArray(a['support']) && a['support'].includes(o.value)).map((o) => o.label)));
    add('situation', 'situation', msg('Er situation', { desc: 'Review label: the situation.' }), typeof a['situation'] === 'string' ? cleanText(a['situation'], { multiline: true }) : '');
    add('kontakt', 'contact.name', msg('Ditt namn', { desc: 'Label: your name.' }), t(a, 'contact.name'));
    add('kontakt', 'contact.phone', msg('Så når vi dig', { desc: 'Review label: how to reach you.' }), lines(t(a, 'contact.phone'), t(a, 'contact.email'), t(a, 'contact.bestTime')));
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
      <soc-process-steps current="utredning" heading-level=${Math.min(6, this.headingLevel + 1)}></soc-process-steps>
      ${this.heading(msg('Kontakta oss', { desc: 'Receipt: heading of how to contact social services.' }), 1, 'sub-heading')}
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
