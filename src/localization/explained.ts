/**
 * Words explained where a citizen meets them first (issue 17): the sentence that says what a
 * term means, shared by the elements where it can come first. No DOM; texts resolve at render.
 */
import { msg } from '@lit/localize';

/** What ekonomiskt bistånd is: the economic-aid form and the aid estimate open with it. */
export const economicAidExplained = (): string =>
  msg('Ekonomiskt bistånd är pengar från kommunen till det du behöver för att leva, till exempel mat och hyra. Du kan få det om du inte kan betala på något annat sätt.', {
    id: 'economic-aid-explained',
    desc: 'What ekonomiskt bistånd is, the first time a page names it. Keep the Swedish term in brackets after its translation.',
  });
