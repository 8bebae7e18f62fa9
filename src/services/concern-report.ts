import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { SocServiceForm, type ReviewRow, type Step } from './service-form.js';
import { choiceLabel, fieldsFor, type Answers, type Choice } from './fields.js';
import { cleanText } from '../schemas/text.js';
import { formatPersonnummer, parsePersonnummer } from '../schemas/personnummer.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { parseEmail } from '../schemas/email.js';
import { define } from '../define.js';
import { getLocale } from '../localization/locale.js';
import type { OpeningHours } from '../info/opening-hours.js';
import { parseReadHours, readHoursText, receiptReadText, safetyAssessment } from '../info/read-hours.js';
import { dutyHolders, technicalTraces } from '../info/confidentiality-content.js';
import '../info/process-steps.js';
import '../info/confidentiality.js';
import '../patterns/quick-exit.js';

const yesNoUnknown = (): Choice[] => [
  { value: 'yes', label: msg('Ja', { desc: 'Answer yes.' }) },
  { value: 'no', label: msg('Nej', { desc: 'Answer no.' }) },
  { value: 'unknown', label: msg('Vet inte', { desc: 'Answer: do not know.' }) },
];

const durations = (): Choice[] => [
  { value: 'today', label: msg('Det hände i dag eller nyss', { desc: 'How long worried: today.' }) },
  { value: 'weeks', label: msg('Några dagar eller veckor', { desc: 'How long worried: weeks.' }) },
  { value: 'months', label: msg('Flera månader eller längre', { desc: 'How long worried: months.' }) },
  { value: 'unknown', label: msg('Jag vet inte', { desc: 'Answer: I do not know.' }) },
];

const idKinds = (): Choice[] => [
  { value: 'pnr', label: msg('Jag vet personnumret', { desc: 'Child id: personnummer known.' }) },
  { value: 'age', label: msg('Jag vet ungefär hur gammalt barnet är', { desc: 'Child id: approximate age known.' }) },
  { value: 'unknown', label: msg('Jag vet inte', { desc: 'Answer: I do not know.' }) },
];

/**
 * Who has the duty to report (see `dutyHolders`), for what they learn at work; everyone else may
 * report, and may stay anonymous.
 */
const dutyHint = () =>
  `${dutyHolders()} ${msg('Den gäller det du får veta i arbetet. Andra, till exempel en tränare i en förening eller en granne, svarar Nej.', {
    desc: 'Hint, after who has the duty to report: it covers what you learn at work; others (e.g. a sports coach or a neighbour) answer No.',
  })}`;

/** Answers that say who the reporter is: removed the moment they choose to be anonymous. */
const IDENTITY = ['reporter.name', 'reporter.phone', 'reporter.email', 'reporter.relation', 'reporter.workplace', 'reporter.role'];

const t = (a: Answers, k: string) => (typeof a[k] === 'string' ? cleanText(a[k] as string) : '');
const long = (a: Answers, k: string) => (typeof a[k] === 'string' ? cleanText(a[k] as string, { multiline: true }) : '');
/** A number as the review page shows it: tidied when valid ("20151218-0025"), else as typed. */
const tidy = (s: string, parse: (s: string) => { ok: boolean; value?: string }, format: (v: string) => string) => {
  const r = parse(s);
  return r.ok && r.value ? format(r.value) : s;
};
/** Drops keys whose value is '' or undefined, so optional answers are simply absent. */
const compact = <T extends Record<string, unknown>>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as T;

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
    const anonymous = a['reporter.professional'] === 'no' && a['reporter.anonymous'] === 'yes';
    if (anonymous && (changed === 'reporter.anonymous' || changed === 'reporter.professional')) {
      for (const k of IDENTITY) delete a[k];
    }
    return a;
  }

  protected steps(): Step[] {
    return [
      { id: 'barn', title: () => msg('Om barnet', { desc: 'Step heading: about the child.' }), render: (a) => this.#child(a) },
      { id: 'oro', title: () => msg('Din oro', { desc: 'Step heading: your concern.' }), render: (a) => this.#concern(a) },
      { id: 'du', title: () => msg('Om dig', { desc: 'Step heading: about you.' }), render: (a) => this.#reporter(a) },
    ];
  }

  protected override renderBeforeSteps(): TemplateResult {
    return html`<div class="notice danger" role="note">
        ${this.#emergencyAdvice()}
        <p class="read-hours">${readHoursText(this.#readHours, getLocale(), this.now())}</p>
      </div>
      <slot name="intro"></slot>`;
  }

  #child(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    return html`
      <p>${msg('Gör en anmälan för varje barn som du är orolig för.', { desc: 'One child per report.' })}</p>
      ${f.text('child.name', msg('Barnets namn', { desc: 'Label: child name.' }), { required: a['child.nameUnknown'] !== true })}
      ${f.checkbox('child.nameUnknown', msg('Jag vet inte vad barnet heter', { desc: 'Checkbox: name unknown.' }))}
      ${f.radios(
        'child.idKind',
        msg('Vet du barnets personnummer eller ålder?', { desc: 'Label: child personnummer or age.' }),
        idKinds().map((c) =>
          c.value === 'pnr'
            ? { ...c, reveal: f.text('child.personnummer', msg('Barnets personnummer', { desc: 'Label: child personnummer.' }), { format: 'personnummer', required: true, hint: msg('10 eller 12 siffror', { desc: 'Hint: personnummer digits.' }), width: '20' }) }
            : c.value === 'age'
              ? { ...c, reveal: f.text('child.age', msg('Ungefär hur gammalt är barnet?', { desc: 'Label: child approximate age.' }), { required: true, width: '10' }) }
              : c,
        ),
        { required: true },
      )}
      ${f.area('child.location', msg('Var bor barnet, eller vilken skola eller förskola går barnet i?', { desc: 'Label: where the child lives or goes to school.' }), {
        required: true,
        hint: msg('Skriv det du vet, till exempel adress, område eller skolans namn.', { desc: 'Hint: child location.' }),
        maxlength: 1000,
        rows: 3,
      })}
      ${f.text('child.whereNow', msg('Var är barnet nu, om du vet?', { desc: 'Label: where the child is now.' }), { maxlength: 500 })}
      ${f.radios(
        'child.siblings',
        msg('Har barnet syskon?', { desc: 'Label: siblings.' }),
        yesNoUnknown().map((c) =>
          c.value === 'yes'
            ? { ...c, reveal: f.area('child.siblingsInfo', msg('Skriv det du vet om syskonen', { desc: 'Label: about the siblings.' }), { maxlength: 2000, rows: 3 }) }
            : c,
        ),
        { required: true },
      )}`;
  }

  #concern(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    return html`
      ${f.area('concern.description', msg('Vad är du orolig för?', { desc: 'Label: the concern.' }), {
        required: true,
        maxlength: 5000,
        rows: 8,
        hint: msg('Beskriv vad du har sett eller hört, när det hände och vem som var med. Till exempel att barnet ofta är hungrigt, har skador, är rädd för att gå hem eller att vuxna bråkar.', { desc: 'Hint: what to write about the concern.' }),
      })}
      ${f.radios('concern.duration', msg('Hur länge har du varit orolig?', { desc: 'Label: how long.' }), durations(), { required: true })}
      ${f.area('concern.childSaid', msg('Har barnet sagt något till dig? Skriv i så fall vad.', { desc: 'Label: what the child said.' }), { maxlength: 5000, rows: 4 })}
      ${f.radios('concern.childKnows', msg('Vet barnet att du gör en anmälan?', { desc: 'Label: child knows about report.' }), yesNoUnknown(), { required: true, inline: true })}
      ${f.radios('concern.guardiansKnow', msg('Vet barnets vårdnadshavare att du gör en anmälan?', { desc: 'Label: guardians know.' }), yesNoUnknown(), {
        required: true,
        inline: true,
        hint: msg('Vårdnadshavare är oftast barnets föräldrar.', { desc: 'Hint: who guardians are.' }),
      })}
      ${f.radios(
        'concern.otherChildren',
        msg('Är du orolig för fler barn?', { desc: 'Label: other children.' }),
        yesNoUnknown().map((c) =>
          c.value === 'yes'
            ? { ...c, reveal: f.area('concern.otherChildrenInfo', msg('Vilka barn och varför?', { desc: 'Label: which other children.' }), { maxlength: 2000, rows: 3 }) }
            : c,
        ),
        { required: true, hint: msg('Till exempel syskon eller andra barn i familjen.', { desc: 'Hint: other children.' }) },
      )}
      ${f.radios(
        'concern.interpreter',
        msg('Behöver barnet eller familjen tolk?', { desc: 'Label: interpreter.' }),
        yesNoUnknown().map((c) =>
          c.value === 'yes'
            ? { ...c, reveal: f.text('concern.interpreterLanguage', msg('Vilket språk?', { desc: 'Label: interpreter language.' }), { required: true, width: '20' }) }
            : c,
        ),
        { required: true },
      )}`;
  }

  #reporter(a: Answers): TemplateResult {
    const f = fieldsFor(a);
    const contactHint = msg('Lämna telefonnummer eller e-post, så att vi kan kontakta dig.', { desc: 'Hint: give a way to reach you.' });
    const eitherMessage = msg('Skriv ett telefonnummer eller en e-postadress.', { desc: 'Error: phone or e-mail needed.' });
    const professional = html`<div class="notice" role="note">
        <p>${msg('När du har anmälningsplikt kan du inte vara anonym. Du ska berätta vem du är och var du arbetar, så att socialtjänsten kan ställa frågor till dig.', { desc: 'Why someone with a duty to report (anmälningsplikt) cannot be anonymous.' })}</p>
      </div>
      ${f.text('reporter.name', msg('Ditt namn', { desc: 'Label: your name.' }), { required: true, autocomplete: 'name' })}
      ${f.text('reporter.workplace', msg('Din arbetsplats', { desc: 'Label: workplace.' }), { required: true, autocomplete: 'organization' })}
      ${f.text('reporter.role', msg('Ditt yrke eller din roll', { desc: 'Label: role.' }), { required: true, autocomplete: 'organization-title' })}
      ${f.text('reporter.phone', msg('Telefonnummer', { desc: 'Label: phone.' }), { required: true, format: 'phone', autocomplete: 'tel', width: '20' })}
      ${f.text('reporter.email', msg('E-postadress', { desc: 'Label: e-mail.' }), { type: 'email', autocomplete: 'email' })}`;
    const named = html`<div class="notice" role="note">
        <p>${msg('Om du lämnar ditt namn kan familjen oftast få veta vem som har gjort anmälan.', { desc: 'Named reporter: family may learn the name.' })}</p>
      </div>
      ${f.text('reporter.name', msg('Ditt namn', { desc: 'Label: your name.' }), { required: true, autocomplete: 'name' })}
      ${f.text('reporter.phone', msg('Telefonnummer', { desc: 'Label: phone.' }), { format: 'phone', autocomplete: 'tel', width: '20', hint: contactHint, required: !t(a, 'reporter.email'), requiredMessage: eitherMessage })}
      ${f.text('reporter.email', msg('E-postadress', { desc: 'Label: e-mail.' }), { type: 'email', autocomplete: 'email' })}
      ${f.text('reporter.relation', msg('Hur känner du barnet?', { desc: 'Label: relation to the child.' }), { hint: msg('Till exempel granne, släkting eller förälder till en kompis.', { desc: 'Hint: relation examples.' }) })}`;
    const anonymousNote = html`<div class="notice" role="note">
      <p>${msg('Du är anonym bara om du inte skriver något som visar vem du är, inte heller i texten om din oro.', { desc: 'Anonymity: give nothing identifying.' })}</p>
      <p>${msg('Socialtjänsten kan inte ställa frågor till dig. Skriv därför så utförligt du kan.', { desc: 'Anonymity: no follow-up questions.' })}</p>
      <p>${technicalTraces()}</p>
    </div>`;
    const anonymity = f.radios(
      'reporter.anonymous',
      msg('Vill du vara anonym?', { desc: 'Label: do you want to be anonymous.' }),
      [
        { value: 'yes', label: msg('Ja, jag vill vara anonym', { desc: 'Choice: anonymous.' }), reveal: anonymousNote },
        // The identity questions exist on the page only while "Nej" is chosen.
        { value: 'no', label: msg('Nej, jag lämnar mitt namn', { desc: 'Choice: give my name.' }), reveal: a['reporter.anonymous'] === 'no' ? named : undefined },
      ],
      { required: true },
    );
    return html`
      ${f.radios(
        // The field keeps its name: `reporter.professional` true means "has the duty to report".
        'reporter.professional',
        msg('Har du anmälningsplikt?', { desc: 'Label: do you have a legal duty to report (anmälningsplikt)? Keep the Swedish term recognizable.' }),
        [
          { value: 'yes', label: msg('Ja, jag har anmälningsplikt', { desc: 'Choice: I have a duty to report.' }), reveal: a['reporter.professional'] === 'yes' ? professional : undefined },
          { value: 'no', label: msg('Nej, jag har inte anmälningsplikt', { desc: 'Choice: I have no duty to report (a private person, e.g. a neighbour or a sports coach).' }), reveal: anonymity },
        ],
        { required: true, hint: dutyHint() },
      )}
      <details class="no-print">
        <summary>${msg('Läs mer om anonymitet och sekretess', { desc: 'Disclosure: more about anonymity.' })}</summary>
        <soc-confidentiality audience="reporter" heading-level=${Math.min(6, this.headingLevel + 1)}></soc-confidentiality>
      </details>`;
  }

  protected reviewRows(): ReviewRow[] {
    const a = this.answers;
    const rows: ReviewRow[] = [];
    const add = (step: string, field: string, label: string, value: string, ltr = false) => rows.push({ step, field, label, value, ltr });
    const d = this.buildData();
    add('barn', 'child.name', msg('Barnets namn', { desc: 'Label: child name.' }), a['child.nameUnknown'] === true ? msg('Jag vet inte vad barnet heter', { desc: 'Checkbox: name unknown.' }) : t(a, 'child.name'));
    const id = a['child.idKind'];
    add('barn', 'child.idKind', msg('Personnummer eller ålder', { desc: 'Review label: personnummer or age.' }), id === 'pnr' ? tidy(t(a, 'child.personnummer'), parsePersonnummer, formatPersonnummer) : id === 'age' ? t(a, 'child.age') : choiceLabel(idKinds(), id), id === 'pnr');
    add('barn', 'child.location', msg('Var barnet bor eller går i skola', { desc: 'Review label: child location.' }), long(a, 'child.location'));
    add('barn', 'child.whereNow', msg('Var barnet är nu', { desc: 'Review label: where now.' }), t(a, 'child.whereNow'));
    add('barn', 'child.siblings', msg('Syskon', { desc: 'Review label: siblings.' }), [choiceLabel(yesNoUnknown(), a['child.siblings']), a['child.siblings'] === 'yes' ? long(a, 'child.siblingsInfo') : ''].filter(Boolean).join('\n'));
    add('oro', 'concern.description', msg('Vad du är orolig för', { desc: 'Review label: concern.' }), long(a, 'concern.description'));
    add('oro', 'concern.duration', msg('Hur länge', { desc: 'Review label: duration.' }), choiceLabel(durations(), a['concern.duration']));
    add('oro', 'concern.childSaid', msg('Vad barnet har sagt', { desc: 'Review label: child said.' }), long(a, 'concern.childSaid'));
    add('oro', 'concern.childKnows', msg('Barnet vet om anmälan', { desc: 'Review label: child knows.' }), choiceLabel(yesNoUnknown(), a['concern.childKnows']));
    add('oro', 'concern.guardiansKnow', msg('Vårdnadshavarna vet om anmälan', { desc: 'Review label: guardians know.' }), choiceLabel(yesNoUnknown(), a['concern.guardiansKnow']));
    add('oro', 'concern.otherChildren', msg('Fler barn', { desc: 'Review label: other children.' }), [choiceLabel(yesNoUnknown(), a['concern.otherChildren']), a['concern.otherChildren'] === 'yes' ? long(a, 'concern.otherChildrenInfo') : ''].filter(Boolean).join('\n'));
    add('oro', 'concern.interpreter', msg('Tolk', { desc: 'Review label: interpreter.' }), [choiceLabel(yesNoUnknown(), a['concern.interpreter']), a['concern.interpreter'] === 'yes' ? t(a, 'concern.interpreterLanguage') : ''].filter(Boolean).join(': '));
    if (d.reporter.anonymous) {
      add('du', 'reporter.anonymous', msg('Om dig', { desc: 'Step heading: about you.' }), msg('Du är anonym', { desc: 'Review: you are anonymous.' }));
    } else {
      const who = a['reporter.professional'] === 'yes' ? [t(a, 'reporter.name'), t(a, 'reporter.role'), t(a, 'reporter.workplace')] : [t(a, 'reporter.name'), t(a, 'reporter.relation')];
      add('du', 'reporter.name', msg('Om dig', { desc: 'Step heading: about you.' }), who.filter(Boolean).join(', '));
      add('du', 'reporter.phone', msg('Så når vi dig', { desc: 'Review label: how to reach you.' }), [tidy(t(a, 'reporter.phone'), parsePhone, formatPhone), t(a, 'reporter.email')].filter(Boolean).join('\n'), true);
    }
    return rows;
  }

  /** The answers as the payload's `data` (see `concernReportPayload`). */
  buildData() {
    const a = this.answers;
    const id = a['child.idKind'];
    const pnr = id === 'pnr' ? parsePersonnummer(t(a, 'child.personnummer')) : null;
    const phone = (k: string) => {
      const p = parsePhone(t(a, k));
      return p.ok ? p.value : t(a, k);
    };
    const mail = () => {
      const e = parseEmail(t(a, 'reporter.email'));
      return e.ok ? e.value : t(a, 'reporter.email');
    };
    const child = compact({
      name: a['child.nameUnknown'] === true ? '' : t(a, 'child.name'),
      personnummer: pnr ? (pnr.ok ? pnr.value : t(a, 'child.personnummer')) : '',
      age: id === 'age' ? t(a, 'child.age') : '',
      location: long(a, 'child.location'),
      whereNow: t(a, 'child.whereNow'),
      siblings: a['child.siblings'] as string,
      siblingsInfo: a['child.siblings'] === 'yes' ? long(a, 'child.siblingsInfo') : '',
    });
    const concern = compact({
      description: long(a, 'concern.description'),
      duration: a['concern.duration'] as string,
      childSaid: long(a, 'concern.childSaid'),
      childKnows: a['concern.childKnows'] as string,
      guardiansKnow: a['concern.guardiansKnow'] as string,
      otherChildren: a['concern.otherChildren'] as string,
      otherChildrenInfo: a['concern.otherChildren'] === 'yes' ? long(a, 'concern.otherChildrenInfo') : '',
      interpreter: compact({
        needed: a['concern.interpreter'] as string,
        language: a['concern.interpreter'] === 'yes' ? t(a, 'concern.interpreterLanguage') : '',
      }),
    });
    let reporter: { anonymous: boolean } & Record<string, unknown>;
    if (a['reporter.professional'] === 'yes') {
      reporter = compact({ anonymous: false, professional: true, name: t(a, 'reporter.name'), workplace: t(a, 'reporter.workplace'), role: t(a, 'reporter.role'), phone: phone('reporter.phone'), email: t(a, 'reporter.email') ? mail() : '' });
    } else if (a['reporter.anonymous'] === 'no') {
      reporter = compact({ anonymous: false, professional: false, name: t(a, 'reporter.name'), phone: t(a, 'reporter.phone') ? phone('reporter.phone') : '', email: t(a, 'reporter.email') ? mail() : '', relation: t(a, 'reporter.relation') });
    } else {
      // Exactly this and nothing else: the schema rejects any other key here.
      reporter = { anonymous: true };
    }
    return { child, concern, reporter };
  }

  protected renderReceipt(): TemplateResult {
    const anonymous = this.buildData().reporter.anonymous;
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
