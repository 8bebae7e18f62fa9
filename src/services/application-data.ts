/**
 * The application form's logic without DOM: the list of children in the answers (add, remove and
 * shift) and the kinds of support (seed list or the municipality's own). How the answers become
 * the payload's `data` comes from the questions (application-questions.ts).
 *
 * A child's answers are stored under `children.<index>.<key>`, the payload path, so a back-end
 * error such as `data.children.1.personnummer` finds its field; `children.count` says how many
 * children the form shows (at least one, also when a child has no answers yet).
 */
import { msg } from '@lit/localize';
import type { Answers } from '../patterns/wizard/questions.js';
import { cleanText } from '../schemas/text.js';
import { MAX_CHILDREN, SUPPORT_VALUE } from '../schemas/limits.js';

export { MAX_CHILDREN, SUPPORT_VALUE };

export const COUNT_KEY = 'children.count';
const CHILD_KEY = /^children\.(\d+)\.(.+)$/;

/** The applicant is a young person applying for themselves. */
export const young = (a: Answers): boolean => a['applicant.role'] === 'young-person';

/** How many children the form shows (1…MAX_CHILDREN). */
export function childCount(a: Answers): number {
  const n = Number(a[COUNT_KEY]);
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_CHILDREN) : 1;
}

/** One more (empty) child; the others' answers stay as they are. */
export function addChild(a: Answers): Answers {
  return { ...a, [COUNT_KEY]: String(Math.min(childCount(a) + 1, MAX_CHILDREN)) };
}

/**
 * Removes child `index`: its answers go, the later children's answers move down one place
 * (child 3 becomes child 2) and the others stay as they are. The last child cannot be removed.
 */
export function removeChild(a: Answers, index: number): Answers {
  const count = childCount(a);
  if (count <= 1 || index < 0 || index >= count) return a;
  const next: Answers = {};
  for (const [key, value] of Object.entries(a)) {
    const m = CHILD_KEY.exec(key);
    if (!m) {
      next[key] = value;
      continue;
    }
    const i = Number(m[1]);
    if (i < index) next[key] = value;
    else if (i > index) next[`children.${i - 1}.${m[2]}`] = value;
  }
  next[COUNT_KEY] = String(count - 1);
  return next;
}

// ——— kinds of support ———

export interface SupportOption {
  /** Id sent in the payload (`data.support`), e.g. `kontaktfamilj`. */
  value: string;
  label: string;
  /** One plain sentence about what it is. */
  hint?: string;
}

/** "Jag vet inte, jag vill prata med någon": always offered, also with the municipality's own list. */
export const TALK_VALUE = 'prata-med-nagon';

function talkOption(adult = false): SupportOption {
  return {
    value: TALK_VALUE,
    label: msg('Jag vet inte, jag vill prata med någon', { desc: 'Support choice: unsure, wants to talk to someone.' }),
    hint: adult
      ? msg('Socialtjänsten hjälper dig att ta reda på vilket stöd som passar dig.', { desc: 'Hint of the support choice: unsure (form for adults).' })
      : msg('Socialtjänsten hjälper dig att ta reda på vilket stöd som passar er.', { desc: 'Hint of the support choice: unsure.' }),
  };
}

/** The kinds of support in seeds 000 and 001, each with one plain sentence. */
export function defaultSupportOptions(): SupportOption[] {
  return [
    {
      value: 'stodsamtal',
      label: msg('Stödsamtal', { desc: 'Kind of support: supportive talks with a social worker.' }),
      hint: msg('Du pratar med en socialsekreterare, en gång eller flera gånger. Det går också att prata i telefon.', { desc: 'Hint: what stödsamtal is.' }),
    },
    {
      value: 'gruppverksamhet',
      label: msg('Gruppverksamhet', { desc: 'Kind of support: group activities.' }),
      hint: msg('Barn eller föräldrar träffas i en grupp och pratar med andra som har det på liknande sätt.', { desc: 'Hint: what gruppverksamhet is.' }),
    },
    {
      value: 'kontaktfamilj',
      label: msg('Kontaktfamilj', { desc: 'Kind of support: a contact family.' }),
      hint: msg('Barnet är hos en annan familj varannan eller var tredje helg och är med i familjens vardag.', { desc: 'Hint: what kontaktfamilj is.' }),
    },
    {
      value: 'kontaktperson',
      label: msg('Kontaktperson', { desc: 'Kind of support: a contact person for a young person.' }),
      hint: msg('En ung person träffar en vuxen, oftast en gång i veckan, för att göra något tillsammans.', { desc: 'Hint: what kontaktperson is.' }),
    },
    {
      value: 'familjebehandling',
      label: msg('Familjebehandling', { desc: 'Kind of support: family therapy.' }),
      hint: msg('Familjen träffar en behandlare tillsammans och får hjälp att hitta lösningar på det som är svårt.', { desc: 'Hint: what familjebehandling is.' }),
    },
    {
      value: 'foraldraskapsstod',
      label: msg('Föräldraskapsstöd', { desc: 'Kind of support: parenting support.' }),
      hint: msg('Du får råd och stöd i att vara förälder, i en grupp eller själv. Det är gratis.', { desc: 'Hint: what föräldraskapsstöd is.' }),
    },
    talkOption(),
  ];
}

/**
 * The kinds of support in the form for adults (`audience="adult"`), as municipal pages for adults
 * name them (domain.md §8), each with one plain sentence that promises nothing.
 */
export function adultSupportOptions(): SupportOption[] {
  return [
    {
      value: 'stodsamtal',
      label: msg('Stödsamtal', { desc: 'Kind of support: supportive talks with a social worker.' }),
      hint: msg('Du pratar med någon på socialtjänsten om det som är svårt, en gång eller flera gånger.', { desc: 'Hint: what stödsamtal is, for an adult.' }),
    },
    {
      value: 'missbruk-beroende',
      label: msg('Stöd vid missbruk eller beroende', { desc: 'Kind of support for adults: support with alcohol, drugs, gambling or other addiction.' }),
      hint: msg('Till exempel alkohol, droger, spel eller läkemedel.', { desc: 'Hint: examples of addiction.' }),
    },
    {
      value: 'vald-nara-relation',
      label: msg('Stöd vid våld i nära relation', { desc: 'Kind of support for adults: support for someone exposed to violence by a partner or relative.' }),
      hint: msg('Om någon du lever med eller står nära slår, hotar eller kontrollerar dig.', { desc: 'Hint: what violence in a close relationship can be.' }),
    },
    {
      value: 'boende',
      label: msg('Hjälp med boende', { desc: 'Kind of support for adults: help with housing.' }),
      hint: msg('Om du inte har någonstans att bo eller är rädd att förlora din bostad.', { desc: 'Hint: when help with housing may be needed.' }),
    },
    talkOption(true),
  ];
}

function isOption(o: unknown): o is SupportOption {
  if (!o || typeof o !== 'object') return false;
  const { value, label, hint } = o as Record<string, unknown>;
  return (
    typeof value === 'string' &&
    SUPPORT_VALUE.test(value) &&
    typeof label === 'string' &&
    cleanText(label) !== '' &&
    (hint === undefined || typeof hint === 'string')
  );
}

/**
 * The municipality's list: an array, or JSON text of one (`[{ "value", "label", "hint" }]`).
 * Returns null (and says why in the console) when it cannot be used, so the seed list is shown.
 */
export function parseSupportOptions(input: unknown): SupportOption[] | null {
  let list = input;
  if (typeof input === 'string') {
    try {
      list = JSON.parse(input);
    } catch {
      console.warn('soc-application-form: support-options is not valid JSON; showing the default kinds of support.');
      return null;
    }
  }
  if (!Array.isArray(list) || !list.length || !list.every(isOption)) {
    console.warn(
      'soc-application-form: support-options must be a list of { "value", "label", "hint" } with values of a–z, 0–9 and - (at most 50); showing the default kinds of support.',
    );
    return null;
  }
  return list.map(({ value, label, hint }) => ({ value, label: cleanText(label), hint: hint ? cleanText(hint) : undefined }));
}

/**
 * The list to show: own options (first without duplicates) or the defaults (the family's, or with
 * `adult` the adult's), always with "talk to someone".
 */
export function withTalkOption(options: SupportOption[] | null, adult = false): SupportOption[] {
  if (!options) return adult ? adultSupportOptions() : defaultSupportOptions();
  const seen = new Set<string>();
  const own = options.filter((o) => !seen.has(o.value) && seen.add(o.value));
  return seen.has(TALK_VALUE) ? own : [...own, talkOption(adult)];
}
