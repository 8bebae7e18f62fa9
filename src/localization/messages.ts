/**
 * Turns the language-neutral error codes from `src/schemas/` into plain-language sentences that
 * say how to fix the problem (DIGG webbriktlinjer R149, WCAG 3.3.3). Resolved at render time so
 * they follow the live locale.
 */
import { msg, str } from '@lit/localize';
import type { ErrorCode } from '../schemas/codes.js';

export type FieldKind = 'text' | 'choice' | 'choices' | 'consent';

export interface MessageContext {
  /** The field's label, used in "Fyll i …" so a list of errors says which field is meant. */
  label?: string;
  /** What sort of field: a choice gets "Välj …", a consent box "Kryssa i …". */
  kind?: FieldKind;
  /** The character limit, for `too_long`. */
  max?: number;
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
      if (ctx.max !== undefined) {
        return msg(str`Texten är för lång. Skriv högst ${ctx.max} tecken.`, {
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

function plural(n: number): Intl.LDMLPluralRule {
  const lang = document.documentElement.lang || 'sv';
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n);
}

/** "Du har 120 tecken kvar." */
export function charactersLeft(n: number): string {
  return plural(n) === 'one'
    ? msg(str`Du har ${n} tecken kvar.`, { id: 'chars-left-one', desc: 'Character count, exactly one left.' })
    : msg(str`Du har ${n} tecken kvar.`, { id: 'chars-left-other', desc: 'Character count, n left.' });
}

/** "Du har skrivit 3 tecken för mycket." */
export function tooManyCharacters(n: number): string {
  return plural(n) === 'one'
    ? msg(str`Du har skrivit ${n} tecken för mycket.`, { id: 'chars-over-one', desc: 'One character over.' })
    : msg(str`Du har skrivit ${n} tecken för mycket.`, { id: 'chars-over-other', desc: 'n characters over.' });
}

/** "Du kan skriva upp till 500 tecken." */
export function characterLimit(max: number): string {
  return msg(str`Du kan skriva upp till ${max} tecken.`, { desc: 'Static description of a textarea limit.' });
}
