/**
 * The questions of `soc-application-form`, one function per step, drawn from the answers with the
 * `fieldsFor` helpers. Field names are payload paths relative to `data`; a child's questions are
 * named `children.<index>.<key>` (see application-data.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fieldsFor, type Answers, type Choice } from './fields.js';
import { MAX_CHILDREN, childCount, type SupportOption } from './application-data.js';
import { cleanText } from '../schemas/text.js';

export const yes = () => msg('Ja', { desc: 'Answer yes.' });
export const no = () => msg('Nej', { desc: 'Answer no.' });
export const yesNo = (): Choice[] => [
  { value: 'yes', label: yes() },
  { value: 'no', label: no() },
];

export const roles = (): Choice[] => [
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

export const livesWith = (): Choice[] => [
  { value: 'both-parents', label: msg('Med båda sina föräldrar', { desc: 'Child lives with: both parents.' }) },
  { value: 'one-parent', label: msg('Med en av sina föräldrar', { desc: 'Child lives with: one parent.' }) },
  { value: 'alternating', label: msg('Växelvis hos båda föräldrarna', { desc: 'Child lives with: alternating between parents.' }) },
  { value: 'other', label: msg('Med någon annan', { desc: 'Child lives with: someone else.' }) },
];

export const school = (): Choice[] => [
  { value: 'yes', label: msg('Ja, det går bra', { desc: 'Consent to a contact: yes.' }) },
  { value: 'no', label: no() },
  { value: 'not-applicable', label: msg('Inget av barnen går där', { desc: 'Consent to a contact: no child goes there.' }) },
];
export const okNo = (): Choice[] => [school()[0]!, school()[1]!];

export const needs = (): Choice[] => [
  { value: 'hearing', label: msg('Hörselstöd eller teckenspråkstolk', { desc: 'Contact need: hearing support or sign language interpreter.' }) },
  { value: 'easy-read', label: msg('Lättläst text och enkla ord', { desc: 'Contact need: easy-to-read text.' }) },
  { value: 'other', label: msg('Något annat', { desc: 'Contact need: something else.' }) },
];

/** "Barn 2": the heading of a child's questions and its row on the review page. */
export const childName = (n: number) => msg(str`Barn ${n}`, { desc: 'Heading of one child in the list.' });

export const t = (a: Answers, k: string) => (typeof a[k] === 'string' ? cleanText(a[k] as string) : '');

/** What the children step needs from the form. */
export interface ChildrenContext {
  /** A heading one level below the step heading. */
  heading: (text: string) => TemplateResult;
  /** Read out after a child is added or removed. */
  status: string;
  add: () => void;
  remove: (index: number) => void;
}

export function applicantStep(a: Answers): TemplateResult {
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

export function childrenStep(a: Answers, ctx: ChildrenContext): TemplateResult {
  const count = childCount(a);
  return html`<p>
      ${a['applicant.role'] === 'young-person'
        ? msg('Skriv dig själv som barn 1. Gäller ansökan också dina syskon kan du lägga till dem.', { desc: 'Children step intro for a young person.' })
        : msg('Skriv alla barn som ansökan gäller. Du kan lägga till fler barn.', { desc: 'Children step intro.' })}
    </p>
    ${Array.from({ length: count }, (_, i) => childQuestions(a, i, count, ctx))}
    ${count < MAX_CHILDREN
      ? html`<div class="buttons"><button type="button" class="secondary add-child" @click=${ctx.add}>
          ${msg('Lägg till ett barn till', { desc: 'Button: add one more child.' })}
        </button></div>`
      : html`<p>${msg(str`Du kan skriva upp till ${MAX_CHILDREN} barn. Skriv om fler barn i nästa steg.`, { desc: 'Child limit reached.' })}</p>`}
    <p class="visually-hidden" role="status">${ctx.status}</p>`;
}

function childQuestions(a: Answers, i: number, count: number, ctx: ChildrenContext): TemplateResult {
  const f = fieldsFor(a);
  const n = i + 1;
  const k = (key: string) => `children.${i}.${key}`;
  return html`<section class="child">
    ${ctx.heading(childName(n))}
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
      ? html`<button type="button" class="link remove-child" @click=${() => ctx.remove(i)}>
          ${msg(str`Ta bort barn ${n}`, { desc: 'Button: remove child n.' })}
        </button>`
      : nothing}
  </section>`;
}

export function supportStep(a: Answers, options: SupportOption[]): TemplateResult {
  const f = fieldsFor(a);
  return f.checkboxes('support', msg('Välj det stöd som ni vill ha', { desc: 'Label: choose the support.' }), options, {
    required: true,
    hint: msg('Du kan välja flera. Socialtjänsten hjälper er sedan att hitta det som passar.', { desc: 'Hint: several kinds of support can be chosen.' }),
    requiredMessage: msg('Välj minst ett stöd, eller välj ”Jag vet inte, jag vill prata med någon”.', { desc: 'Error: no support chosen.' }),
  });
}

export function situationStep(a: Answers): TemplateResult {
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

export function contactStep(a: Answers): TemplateResult {
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
      <p>${msg('Vi frågar för att socialtjänsten ska kunna kontakta dig på ett sätt som är säkert för dig.', { desc: 'Why the safe-contact questions are asked: so that social services contact you safely (no promise that nobody will know).' })}</p>
      ${a['applicant.role'] === 'young-person'
        ? html`<p>${msg('Är du under 18 år får dina vårdnadshavare oftast veta att du har kontakt med socialtjänsten. Men socialtjänsten får inte berätta något som kan skada dig. Du kan alltid fråga vad de kommer att berätta.', { desc: 'Young applicant: guardians are usually told, except what could harm the young person; you can ask.' })}</p>`
        : nothing}
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

export function consentStep(a: Answers): TemplateResult {
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
