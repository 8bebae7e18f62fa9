/**
 * The texts of `soc-aid-estimate` (aid-estimate.ts): the labels of incomes and costs, amounts in the
 * page language, the messages for bad amounts, and the result with how it was computed. Worded as an
 * estimate, never a decision.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { getLocale } from '../localization/locale.js';
import { MAX_MONTHLY_AMOUNT, type AmountProblem } from '../schemas/amount.js';
import { formatPhone, parsePhone } from '../schemas/phone.js';
import { heading } from './info-shared.js';
import type { CostKind, Estimate, EstimateResult, IncomeKind, Norms } from './aid-estimate-calc.js';

export const incomeLabel = (k: IncomeKind): string =>
  ({
    salary: msg('Lön', { desc: 'Aid estimate, income: salary after tax.' }),
    unemployment: msg('A-kassa eller aktivitetsstöd', { desc: 'Aid estimate, income: unemployment benefit or activity support.' }),
    sickness: msg('Sjukpenning eller sjukersättning', { desc: 'Aid estimate, income: sickness benefit or sickness compensation.' }),
    pension: msg('Pension', { desc: 'Aid estimate, income: pension.' }),
    studies: msg('Studiemedel', { desc: 'Aid estimate, income: student finance (CSN).' }),
    housingAllowance: msg('Bostadsbidrag', { desc: 'Aid estimate, income: housing allowance.' }),
    childSupport: msg('Underhållsstöd och barnbidrag', { desc: 'Aid estimate, income: maintenance support and child allowance.' }),
    other: msg('Andra inkomster', { desc: 'Aid estimate, income: any other income.' }),
  })[k];

export const costLabel = (k: CostKind): string =>
  ({
    housing: msg('Hyra eller annan kostnad för boendet', { desc: 'Aid estimate, cost: rent or other housing cost.' }),
    electricity: msg('Hushållsel', { desc: 'Aid estimate, cost: household electricity.' }),
    commute: msg('Resor till och från arbetet', { desc: 'Aid estimate, cost: travel to and from work.' }),
    insurance: msg('Hemförsäkring', { desc: 'Aid estimate, cost: home insurance.' }),
    union: msg('Fackavgift och a-kassa', { desc: 'Aid estimate, cost: trade union fee and unemployment insurance fund fee.' }),
  })[k];

const formats = new Map<string, Intl.NumberFormat>();

/** A whole-kronor amount in the page language, e.g. "4 321 kr", "SEK 4,321". */
export function kronor(value: number): string {
  const locale = getLocale();
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'SEK', maximumFractionDigits: 0, minimumFractionDigits: 0 })));
  return f.format(value);
}
const fromOre = (ore: number) => kronor(Math.round(ore / 100));

export function amountMessage(code: AmountProblem, label: string): string {
  switch (code) {
    case 'amount_negative':
      return msg(str`${label}: beloppet kan inte vara mindre än 0.`, { desc: 'Aid estimate: a negative amount. The field label comes first.' });
    case 'amount_too_large':
      return msg(str`${label}: skriv beloppet för en månad. Det kan vara högst ${kronor(MAX_MONTHLY_AMOUNT)}.`, {
        desc: 'Aid estimate: an amount above the upper bound. The field label comes first; the bound is an amount such as "500 000 kr".',
      });
    default:
      return msg(str`${label}: skriv beloppet med siffror, till exempel 12 500.`, { desc: 'Aid estimate: an amount that is not a number. The field label comes first.' });
  }
}

export function resultSentence(r: EstimateResult): TemplateResult {
  if (!r.ok) {
    return html`<p class="answer">
      ${msg('Vi kan inte räkna ut det för ett så stort hushåll. Kontakta kommunen.', { desc: 'Aid estimate: the norm figures do not cover this household size.' })}
    </p>`;
  }
  const e = r.estimate;
  return e.kronor > 0
    ? html`<p class="answer">${msg(str`Enligt beräkningen kan du ha rätt till ungefär ${kronor(e.kronor)} i månaden.`, { desc: 'Aid estimate result: you may be entitled to about X per month. An estimate, not a decision.' })}</p>`
    : html`<p class="answer">
        ${msg('Enligt beräkningen är dina inkomster högre än normen.', { desc: 'Aid estimate result: incomes are above the norm (and the costs that count).' })}
        ${msg('Du kan ändå ansöka.', { desc: 'Aid estimate result: you can apply anyway.' })}
      </p>`;
}

export function breakdown(norms: Norms, e: Estimate): TemplateResult {
  const row = (label: string, value: string, total = false) => html`<tr class=${total ? 'total' : ''}><th scope="row">${label}</th><td dir="ltr">${value}</td></tr>`;
  const minus = (ore: number) => `− ${fromOre(ore)}`;
  return html`<table part="breakdown">
      <caption>
        ${msg('Så räknade vi', { desc: 'Aid estimate: caption of the table that shows the computation.' })}
      </caption>
      <tbody>
        ${row(
          e.persons === 1
            ? msg('Personliga kostnader för 1 person', { desc: 'Aid estimate: personal costs (part of the norm) for one person.' })
            : msg(str`Personliga kostnader för ${e.persons} personer`, { desc: 'Aid estimate: personal costs (part of the norm) for N persons (2 or more).' }),
          fromOre(e.personal),
        )}
        ${row(msg('Gemensamma kostnader för hushållet', { desc: 'Aid estimate: common household costs (part of the norm).' }), `+ ${fromOre(e.household)}`)}
        ${row(msg('Normen för ditt hushåll', { desc: 'Aid estimate: the norm for your household (sum of the two lines above).' }), fromOre(e.norm), true)}
        ${row(msg('Dina kostnader som räknas', { desc: 'Aid estimate: your costs that count (rent etc.).' }), `+ ${fromOre(e.costs)}`)}
        ${row(msg('Hushållets inkomster', { desc: 'Aid estimate: the household’s incomes (subtracted).' }), minus(e.incomes))}
        ${row(msg('Skillnad per månad', { desc: 'Aid estimate: the difference per month (norm + costs − incomes).' }), e.difference < 0 ? minus(-e.difference) : fromOre(e.difference), true)}
      </tbody>
    </table>
    <p>${msg(str`Normen gäller år ${norms.year}. Källa: ${norms.source}.`, { desc: 'Aid estimate: the year and source of the norm figures.' })}</p>`;
}

/** One console warning per problem with the element's attributes. */
const warned = new Set<string>();
export function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(`soc-aid-estimate: ${text}`);
}

/** How to apply: only the municipality decides; the e-service link and the phone number, when given. */
export function applyPart(level: number, applyUrl: string, phoneText: string): TemplateResult {
  const phone = phoneText.trim() ? parsePhone(phoneText) : null;
  if (phone && !phone.ok) warnOnce(`cannot read the phone number "${phoneText}"; it is shown without a link.`);
  const phoneLink = phone?.ok ? html`<a href=${`tel:${phone.value}`} dir="ltr">${formatPhone(phone.value)}</a>` : html`<span dir="ltr">${phoneText}</span>`;
  return html`<div part="apply">
    ${heading(level, 'section', msg('Så ansöker du', { id: 'aid-estimate-apply-heading', desc: 'Aid estimate, heading: how to apply.' }))}
    <p>
      ${msg('Det här är en provberäkning och inget beslut. Bara kommunen kan bestämma om du har rätt till ekonomiskt bistånd.', {
        desc: 'Aid estimate: an estimate, not a decision; only the municipality decides.',
      })}
      ${msg('Kommunen tittar också på dina tillgångar, till exempel pengar på banken, bil eller bostad, och på din situation i övrigt.', {
        desc: 'Aid estimate: assets and other circumstances count too.',
      })}
    </p>
    ${applyUrl.trim() ? html`<p><a href=${applyUrl.trim()}>${msg('Ansök om ekonomiskt bistånd', { desc: 'Aid estimate: link to the application.' })}</a></p>` : nothing}
    ${phoneText.trim()
      ? html`<p>${msg('Du kan också ringa oss:', { id: 'aid-estimate-call', desc: 'Aid estimate: before the phone number (a link).' })} ${phoneLink}</p>`
      : applyUrl.trim()
        ? nothing
        : html`<p>${msg('Kontakta socialtjänsten i din kommun för att ansöka.', { desc: 'Aid estimate: no link or phone given.' })}</p>`}
  </div>`;
}
