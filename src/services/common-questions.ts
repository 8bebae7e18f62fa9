/**
 * What the services' questions share: the yes/no answers, reading an answer as text, and a
 * review row that tells an answer together with what was written about it.
 */
import { msg } from '@lit/localize';
import { cleanText } from '../schemas/text.js';
import { shownValue, pathOf, type Answers, type At, type Choice, type Kind, type Question } from '../patterns/wizard/questions.js';

export const yes = () => msg('Ja', { desc: 'Answer yes.' });
export const no = () => msg('Nej', { desc: 'Answer no.' });
export const yesNo = (): Choice[] => [
  { value: 'yes', label: yes() },
  { value: 'no', label: no() },
];
export const yesNoUnknown = (): Choice[] => [...yesNo(), { value: 'unknown', label: msg('Vet inte', { desc: 'Answer: do not know.' }) }];

/** An answer as cleaned one-line text ('' when there is none). */
export const text = (a: Answers, name: string): string => (typeof a[name] === 'string' ? cleanText(a[name] as string) : '');

/** The non-empty parts, one per line. */
export const lines = (...parts: string[]): string => parts.filter(Boolean).join('\n');

/** "yes"/"no" sent as true/false. */
export const asBoolean = (v: unknown): boolean | undefined => (v === 'yes' ? true : v === 'no' ? false : undefined);

/** How another answer reads on the review page (its label is not needed there). */
export const shown = (name: string, kind: Kind, choices?: (at: At) => Choice[]) => (at: At) => shownValue({ name, kind, choices, label: () => '' }, at);

/** A review value: the chosen answer, and when it is "yes", the follow-up's text after it. */
export const withFollowUp = (q: Pick<Question, 'name' | 'kind' | 'choices'>, follow: string, join = '\n') => (at: At) => {
  const answer = shown(q.name, q.kind, q.choices)(at);
  const more = at.a[pathOf(q.name, at.i)] === 'yes' ? cleanText(String(at.a[pathOf(follow, at.i)] ?? ''), { multiline: true }) : '';
  return [answer, more].filter(Boolean).join(join);
};
