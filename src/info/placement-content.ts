/**
 * The texts of `soc-placement-info`, per reader: when a child cannot live at home, voluntary
 * placement and LVU, where a child can live, the parents' support and rights, contact with the
 * child, and the way back home.
 *
 * No DOM here; `msg()` calls inside functions so the texts follow the live locale. Facts only from
 * domain.md §8.5 (Koll på soc, Socialstyrelsen, Danderyd, Skövde, Hudiksvall, Strängnäs, SKR/IVO,
 * Lawline, riksdagen.se on lex lilla hjärtat) and seeds 002 ("I första hand ska det bli bättre
 * hemma", "Stöd om barnet inte kan bo kvar hemma") and 003 ("målsättningen är alltid att barn ska
 * få bo hemma"). LVU paragraphs only as domain.md gives them (2, 3, 6, 13, 14 §§); no SFS numbers
 * it does not give. The proposal of December 2025 to widen LVU is not law here (UNVERIFIED).
 */
import type { PlacementAudience, PlacementContent } from './placement-common.js';
import { child, guardian } from './placement-family.js';
import { professional } from './placement-professional.js';

export {
  type PlacementAudience,
  PLACEMENT_AUDIENCES,
  isPlacementAudience,
  type PlacementSection,
  type PlacementContent,
  KOLL_PA_SOC,
  SOCIALSTYRELSEN_LVU,
  placementHeading,
  placementLabel,
  placementAudienceHeading,
} from './placement-common.js';

/** Everything shown for one audience. */
export function placementContent(a: PlacementAudience): PlacementContent {
  switch (a) {
    case 'child':
      return child();
    case 'professional':
      return professional();
    default:
      return guardian();
  }
}
