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
import type { Audience, AudienceContent } from './confidentiality-common.js';
import { child, guardian } from './confidentiality-family.js';
import { professional, reporter } from './confidentiality-reporters.js';

export {
  type Audience,
  AUDIENCES,
  isAudience,
  type Section,
  type AudienceContent,
  generalHeading,
  audienceLabel,
  audienceHeading,
  technicalTraces,
  dutyHolders,
} from './confidentiality-common.js';

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
