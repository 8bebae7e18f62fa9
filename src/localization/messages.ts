/**
 * Turns the language-neutral error codes from `src/schemas/` into plain-language sentences that
 * say how to fix the problem (DIGG webbriktlinjer R149, WCAG 3.3.3). Resolved at render time so
 * they follow the live locale.
 */
import { msg, str } from '@lit/localize';
import type { ErrorCode } from '../schemas/codes.js';
import { getLocale } from './locale.js';

export type FieldKind = 'text' | 'choice' | 'choices' | 'consent';

export interface MessageContext {
  /** The field's label, used in "Fyll i …" so a list of errors says which field is meant. */
  label?: string;
  /** What sort of field: a choice gets "Välj …", a consent box "Kryssa i …". */
  kind?: FieldKind;
  /** The character (or word) limit, for `too_long`. */
  max?: number;
  /** `max` counts words, not characters (`soc-textarea maxwords`). */
  words?: boolean;
}

/**
 * Lower-cases the first letter of a label so it reads well inside a sentence, unless the label
 * starts with an abbreviation ("EU-medborgare", "BBIC").
 */
function inSentence(label: string): string {
  const [first = '', second = ''] = [...label];
  if (second && second === second.toLocaleUpperCase() && second !== second.toLocaleLowerCase()) {
    return label;
  }
  return first.toLocaleLowerCase() + label.slice(first.length);
}

function required({ label, kind = 'text' }: MessageContext): string {
  const what = label ? inSentence(label) : '';
  switch (kind) {
    case 'choice':
      return what
        ? msg(str`Välj ett svar: ${what}`, { desc: 'Radio group left empty. Label follows the colon.' })
        : msg('Välj ett av svaren.', { desc: 'Radio group left empty, no label known.' });
    case 'choices':
      return what
        ? msg(str`Välj minst ett svar: ${what}`, { desc: 'Checkbox group left empty. Label follows.' })
        : msg('Välj minst ett av svaren.', { desc: 'Checkbox group left empty, no label known.' });
    case 'consent':
      return msg('Kryssa i rutan för att gå vidare.', { desc: 'Required consent checkbox left unchecked.' });
    default: {
      // "Vad vill du ha hjälp med?" inside "Fyll i … ." must not end in "?.".
      const field = what.replace(/[\s?!.:;]+$/u, '');
      return field
        ? msg(str`Fyll i ${field}.`, { desc: 'Required text field left empty. The label follows "Fyll i".' })
        : msg('Fyll i fältet.', { desc: 'Required text field left empty, no label known.' });
    }
  }
}

/** The localized sentence for an error code. */
export function errorMessage(code: ErrorCode, ctx: MessageContext = {}): string {
  switch (code) {
    case 'required':
      return required(ctx);
    case 'too_long': {
      // The count under a textarea already says how many characters too many; the error says
      // what to do instead of repeating it.
      if (ctx.max !== undefined && ctx.words) {
        return msg(str`Texten är för lång. Skriv högst ${formatNumber(ctx.max)} ord.`, {
          desc: 'Text over the word limit; the limit follows.',
        });
      }
      if (ctx.max !== undefined) {
        return msg(str`Texten är för lång. Skriv högst ${formatNumber(ctx.max)} tecken.`, {
          desc: 'Text over the character limit; the limit follows.',
        });
      }
      return msg('Texten är för lång. Korta den.', { desc: 'Text too long, limit unknown.' });
    }
    case 'invalid_personnummer':
      return msg('Skriv personnumret med 10 eller 12 siffror, till exempel ÅÅÅÅMMDD-NNNN.', {
        desc: 'Personnummer has the wrong number of digits or other characters.',
      });
    case 'invalid_personnummer_date':
      return msg('Datumet i personnumret finns inte. Kontrollera år, månad och dag.', {
        desc: 'Personnummer with an impossible or future birth date.',
      });
    case 'invalid_personnummer_checksum':
      return msg('Personnumret stämmer inte. Kontrollera att alla siffror är rätt.', {
        desc: 'Personnummer whose last (check) digit does not match.',
      });
    case 'invalid_postnummer':
      return msg('Skriv postnumret med 5 siffror, till exempel 123 45.', { desc: 'Invalid Swedish postcode.' });
    case 'invalid_phone':
      return msg('Skriv telefonnumret med riktnummer, till exempel 070-123 45 67.', {
        desc: 'Invalid phone number.',
      });
    case 'invalid_email':
      return msg('Skriv e-postadressen som namn@exempel.se.', { desc: 'Invalid e-mail address.' });
    default:
      return msg('Kontrollera svaret.', { desc: 'Fallback for an unknown validation problem.' });
  }
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

// The language the messages are in now (@lit/localize's active locale), so numbers, plural forms
// and words agree: a page in a language we do not translate gets Swedish text and Swedish numbers.
const lang = (): string => getLocale();

function plural(n: number): Intl.LDMLPluralRule {
  const l = lang();
  let rules = pluralRules.get(l);
  if (!rules) pluralRules.set(l, (rules = new Intl.PluralRules(l)));
  return rules.select(n);
}

/** A number as the active locale writes it: "10 000" (sv), "10,000" (en), Arabic's own for ar. */
export function formatNumber(n: number): string {
  const l = lang();
  let f = numberFormats.get(l);
  if (!f) numberFormats.set(l, (f = new Intl.NumberFormat(l)));
  return f.format(n);
}

/** "Du har 120 tecken kvar." */
export function charactersLeft(n: number): string {
  const c = formatNumber(n);
  return plural(n) === 'one'
    ? msg(str`Du har ${c} tecken kvar.`, { id: 'chars-left-one', desc: 'Character count, exactly one left.' })
    : msg(str`Du har ${c} tecken kvar.`, { id: 'chars-left-other', desc: 'Character count, n left.' });
}

/** "Du har skrivit 3 tecken för mycket." */
export function tooManyCharacters(n: number): string {
  const c = formatNumber(n);
  return plural(n) === 'one'
    ? msg(str`Du har skrivit ${c} tecken för mycket.`, { id: 'chars-over-one', desc: 'One character over.' })
    : msg(str`Du har skrivit ${c} tecken för mycket.`, { id: 'chars-over-other', desc: 'n characters over.' });
}

/** "Du kan skriva upp till 500 tecken." */
export function characterLimit(max: number): string {
  return msg(str`Du kan skriva upp till ${formatNumber(max)} tecken.`, { desc: 'Static description of a textarea limit.' });
}

/** "Du har 120 ord kvar." */
export function wordsLeft(n: number): string {
  const c = formatNumber(n);
  return plural(n) === 'one'
    ? msg(str`Du har ${c} ord kvar.`, { id: 'words-left-one', desc: 'Word count, exactly one word left.' })
    : msg(str`Du har ${c} ord kvar.`, { id: 'words-left-other', desc: 'Word count, n words left.' });
}

/** "Du har skrivit 3 ord för mycket." */
export function tooManyWords(n: number): string {
  const c = formatNumber(n);
  return plural(n) === 'one'
    ? msg(str`Du har skrivit ${c} ord för mycket.`, { id: 'words-over-one', desc: 'One word over the limit.' })
    : msg(str`Du har skrivit ${c} ord för mycket.`, { id: 'words-over-other', desc: 'n words over the limit.' });
}

/** "Du kan skriva upp till 300 ord." */
export function wordLimit(max: number): string {
  return msg(str`Du kan skriva upp till ${formatNumber(max)} ord.`, { desc: 'Static description of a textarea word limit.' });
}
