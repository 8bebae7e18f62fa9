/**
 * The texts of `soc-confidentiality`, per reader: what secrecy means, what guardians are told, the
 * child's growing say, when information may be shared, and what happens to a concern report and
 * the reporter's name.
 *
 * No DOM here; `msg()` calls inside functions so the texts follow the live locale. Facts:
 * domain.md §1.2 (OSL 26 kap. 1 §, 12 kap. 3 §, 26 kap. 5 §), §1.3 (anonymity, JO Krokom:
 * anonymity cannot be promised once the name is known; it holds only if nothing in the report, nor
 * what the host's server keeps, shows who the reporter is: domain.md §7), seed 002 ("Vad får
 * socialtjänsten berätta?"), SoL (2025:400) 20 kap. 2 § for the 14 days (domain.md §7). No other
 * paragraphs. When a report is read is left to the element that takes it (`read-hours` on
 * `soc-concern-report`): these texts say what happens once it is read, never "direkt" or "samma dag".
 */
import { msg } from '@lit/localize';
import type { AudienceContent } from './confidentiality-sections.js';
import { child, guardian } from './confidentiality-family.js';
import { professional, reporter } from './confidentiality-reporters.js';

export { type AudienceContent, type Section, dutyHolders, generalHeading, technicalTraces } from './confidentiality-sections.js';

export type Audience = 'guardian' | 'child' | 'reporter' | 'professional';

export const AUDIENCES: readonly Audience[] = ['guardian', 'child', 'reporter', 'professional'];

export const isAudience = (value: unknown): value is Audience => AUDIENCES.includes(value as Audience);

/** The chooser's answer for each audience. */
export function audienceLabel(a: Audience): string {
  switch (a) {
    case 'guardian':
      return msg('Jag är förälder eller vårdnadshavare', { id: 'confidentiality-guardian', desc: 'Confidentiality chooser: the reader is a parent or guardian.' });
    case 'child':
      return msg('Jag är barn eller ung', { id: 'confidentiality-child', desc: 'Confidentiality chooser: the reader is a child or young person.' });
    case 'reporter':
      return msg('Jag vill anmäla oro för ett barn', { id: 'confidentiality-reporter', desc: 'Confidentiality chooser: the reader wants to report concern as a private person.' });
    default:
      return msg('Jag har anmälningsplikt', { id: 'confidentiality-professional', desc: 'Confidentiality chooser: the reader has a legal duty to report (anmälningsplikt) through their job.' });
  }
}

/** The heading over an audience's sections when the reader chose it. */
export function audienceHeading(a: Audience): string {
  switch (a) {
    case 'guardian':
      return msg('För dig som är förälder eller vårdnadshavare', { desc: 'Confidentiality: heading over the texts for guardians.' });
    case 'child':
      return msg('För dig som är barn eller ung', { desc: 'Confidentiality: heading over the texts for children.' });
    case 'reporter':
      return msg('För dig som vill anmäla oro för ett barn', { desc: 'Confidentiality: heading over the texts for private reporters.' });
    default:
      return msg('För dig som har anmälningsplikt', { desc: 'Confidentiality: heading over the texts for those with a duty to report (anmälningsplikt).' });
  }
}

/** Everything shown for one audience. */
export function audienceContent(a: Audience): AudienceContent {
  switch (a) {
    case 'child':
      return child();
    case 'reporter':
      return reporter();
    case 'professional':
      return professional();
    default:
      return guardian();
  }
}
