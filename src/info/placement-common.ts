/**
 * What the readers of `soc-placement-info` have in common: who they are, the chooser's texts, the
 * content's shape, the links, and the sentences the adults' texts share. Facts and sources: see
 * `placement-content.ts`.
 */
import { msg } from '@lit/localize';

export type PlacementAudience = 'guardian' | 'child' | 'professional';

export const PLACEMENT_AUDIENCES: readonly PlacementAudience[] = ['guardian', 'child', 'professional'];

export const isPlacementAudience = (value: unknown): value is PlacementAudience =>
  PLACEMENT_AUDIENCES.includes(value as PlacementAudience);

/** One disclosure: the question, the answer (a string is a paragraph, an array a list), a law line. */
export interface PlacementSection {
  id: string;
  summary: string;
  body: (string | string[])[];
  law?: string;
}

export interface PlacementContent {
  /** The element's heading when this audience is fixed. */
  heading: string;
  /** Sentences before the sections. */
  intro: string;
  sections: PlacementSection[];
  /** Where to read more: the text before the link, the link's text and address. */
  more: { text: string; link: string; href: string };
  /** The urgent line after the sections. */
  urgent: string;
}

export const KOLL_PA_SOC = 'https://kollpasoc.se/';
export const SOCIALSTYRELSEN_LVU =
  'https://www.socialstyrelsen.se/om-socialtjansten/socialtjansten-hjalper-barn-och-familjer/omhandertaganden-av-barn-enligt-lvu/';

export const placementHeading = () =>
  msg('Om barnet inte kan bo hemma', { id: 'placement-heading', desc: 'Placement info: heading (when a child cannot live at home).' });

export function placementLabel(a: PlacementAudience): string {
  switch (a) {
    case 'guardian':
      return msg('Jag är förälder eller vårdnadshavare', { id: 'placement-guardian', desc: 'Placement info chooser: the reader is a parent or guardian.' });
    case 'child':
      return msg('Jag är barn eller ung', { id: 'placement-child', desc: 'Placement info chooser: the reader is a child or young person.' });
    default:
      return msg('Jag arbetar med barn och unga', { id: 'placement-professional', desc: 'Placement info chooser: the reader works with children (school, health care, social services).' });
  }
}

export function placementAudienceHeading(a: PlacementAudience): string {
  switch (a) {
    case 'guardian':
      return msg('För dig som är förälder eller vårdnadshavare', { id: 'placement-for-guardian', desc: 'Placement info: heading over the texts for guardians.' });
    case 'child':
      return msg('För dig som är barn eller ung', { id: 'placement-for-child', desc: 'Placement info: heading over the texts for children.' });
    default:
      return msg('För dig som arbetar med barn och unga', { id: 'placement-for-professional', desc: 'Placement info: heading over the texts for professionals.' });
  }
}

export const urgentAdult = () => msg('Är ett barn i fara just nu? Ring 112.', { id: 'placement-urgent-adult', desc: 'Placement info: urgent line for adults.' });

export const adultMore = () => ({
  text: msg('Läs mer om placering och LVU hos', { id: 'placement-more-adult', desc: 'Placement info: before the link to Socialstyrelsen (the national board), which follows.' }),
  link: msg('Socialstyrelsen', { id: 'placement-socialstyrelsen', desc: 'Link text: Socialstyrelsen, the National Board of Health and Welfare.' }),
  href: SOCIALSTYRELSEN_LVU,
});

/** Where a child can live: shared by the adults' texts. */
export const placesAdult = (): string[] => [
  msg('Familjehem: en familj som tar emot barnet i sitt hem. Barnet blir folkbokfört där. Föräldrarna är oftast kvar som vårdnadshavare.', {
    desc: 'Placement info (adults): what a familjehem (foster home) is.',
  }),
  msg('Jourhem: ett hem som tar emot barn när det är bråttom.', { desc: 'Placement info (adults): what a jourhem (emergency foster home) is.' }),
  msg('HVB, hem för vård eller boende: ett boende med personal.', { desc: 'Placement info (adults): what an HVB (residential care home) is.' }),
  msg('Stödboende: för unga mellan 16 och 20 år. För den som är 16 eller 17 år krävs särskilda skäl.', {
    desc: 'Placement info (adults): stödboende (supported housing) for ages 16–20; 16–17 only for special reasons.',
  }),
  msg('Särskilda ungdomshem som SiS driver: för unga som får vård enligt LVU.', {
    desc: 'Placement info (adults): SiS special youth homes, for young people cared for under LVU.',
  }),
];

export const threeConditions = (): string[] => [
  msg('Det finns ett missförhållande, i hemmet eller i barnets eget beteende.', { desc: 'Placement info (adults), LVU condition 1: a serious problem at home or in the child’s own behaviour (missförhållande).' }),
  msg('Det finns en påtaglig risk att barnets hälsa eller utveckling skadas.', { desc: 'Placement info (adults), LVU condition 2: a clear risk (påtaglig risk) to the child’s health or development.' }),
  msg('Vården kan inte ges frivilligt.', { desc: 'Placement info (adults), LVU condition 3: care cannot be given with consent.' }),
];

export const appealable = () =>
  msg('Beslut om placeringen, om umgänge, om hemlig vistelseort och om flyttningsförbud går att överklaga.', {
    desc: 'Placement info (adults): decisions that can be appealed (placement, contact, secret whereabouts, ban on moving the child).',
  });
