/**
 * What the audiences of `soc-confidentiality` have in common: who they are and the chooser's texts,
 * the section shape, the general heading, the law lines, and the sections and sentences that more
 * than one reader gets. Facts and sources: see `confidentiality-content.ts`.
 */
import { msg } from '@lit/localize';
import { readingDelay, safetyAssessment } from './read-hours.js';

export type Audience = 'guardian' | 'child' | 'reporter' | 'professional';

export const AUDIENCES: readonly Audience[] = ['guardian', 'child', 'reporter', 'professional'];

export const isAudience = (value: unknown): value is Audience => AUDIENCES.includes(value as Audience);

/** One disclosure: the question on the summary, the answer's paragraphs, an optional law line. */
export interface Section {
  id: string;
  summary: string;
  body: string[];
  law?: string;
}

export interface AudienceContent {
  /** The element's heading when this audience is fixed. */
  heading: string;
  /** A sentence before the sections. */
  intro: string;
  sections: Section[];
  /** A short line after the sections for the urgent case, if any. */
  urgent?: string;
}

/** The element's heading for the general (chooser) case. */
export const generalHeading = () => msg('Sekretess hos socialtjänsten', { id: 'confidentiality-heading', desc: 'Confidentiality: heading.' });

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

const OSL_26_1 = () =>
  msg('Det står i offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §.', {
    desc: 'Law reference: secrecy in social services. Keep the statute number and paragraph as they are.',
  });
export const OSL_12_3 = () =>
  msg('Det står i offentlighets- och sekretesslagen (2009:400) 12 kap. 3 §.', {
    desc: 'Law reference: secrecy towards guardians. Keep the statute number and paragraph as they are.',
  });
export const OSL_26_5 = () =>
  msg('Skyddet för den som anmäler står i offentlighets- och sekretesslagen (2009:400) 26 kap. 5 §.', {
    desc: 'Law reference: protection of the reporter’s identity. Keep the statute number and paragraph as they are.',
  });
export const SOL_20_2 = () =>
  msg('Tidsgränsen på 14 dagar står i socialtjänstlagen (2025:400) 20 kap. 2 §.', {
    desc: 'Law reference: the 14-day limit. Keep the statute number and paragraph as they are.',
  });

export const secrecy = (): Section => ({
  id: 'sekretess',
  summary: msg('Vad betyder sekretess?', { id: 'confidentiality-what-adult', desc: 'Confidentiality section (adults): what secrecy means.' }),
  body: [
    msg('Sekretess betyder att socialtjänsten inte får berätta om dig eller din familj för andra. Det gäller nästan allt de vet om er. Det kan vara hur ni mår, hur ni har det hemma och vilket stöd ni får.', {
      desc: 'Confidentiality (adults): secrecy covers almost everything social services know about a family.',
    }),
    msg('De får bara lämna ut en uppgift om det är klart att det inte skadar den som uppgiften handlar om. Det får inte heller skada någon närstående.', {
      desc: 'Confidentiality (adults): the reverse harm test — disclosure only when it clearly causes no harm.',
    }),
  ],
  law: OSL_26_1(),
});

export const sharing = (): Section => ({
  id: 'dela',
  summary: msg('När får socialtjänsten berätta för andra?', { desc: 'Confidentiality section (adults): when information may be shared.' }),
  body: [
    msg('Ibland får socialtjänsten lämna uppgifter till andra. Det kan vara en annan myndighet. Det får de bara göra när en lag tillåter det.', {
      desc: 'Confidentiality (adults): sharing with other authorities only when a law allows it.',
    }),
    msg('Socialtjänsten får också lämna uppgifter om du säger ja till det. Det kallas samtycke.', {
      desc: 'Confidentiality (adults): sharing with consent (samtycke).',
    }),
    msg('Om ett barn är i fara kan de kontakta polisen eller vården för att skydda barnet. Det får de göra när lagen tillåter det.', {
      desc: 'Confidentiality (adults): sharing to protect a child in danger.',
    }),
  ],
});

/**
 * The host's server may keep the address a report came from (domain.md §1.3, §7). Also shown in
 * `soc-concern-report` where the reporter chooses anonymity.
 */
export const technicalTraces = () =>
  msg('Webbplatsen kan också spara tekniska uppgifter om din uppkoppling, till exempel en IP-adress. Sådana uppgifter kan ibland visa vem du är.', {
    desc: 'Anonymity: the website may store technical data such as an IP address, which can sometimes show who you are.',
  });

/**
 * Who has the duty to report (domain.md §1.1): authorities whose work concerns children and young
 * people and their staff, and those who work in health care, school, pre-school, child care,
 * social services, the police or the prison and probation service, private providers included.
 * Also the hint of "Har du anmälningsplikt?" in `soc-concern-report`.
 */
export const dutyHolders = () =>
  msg('Anmälningsplikt har den som arbetar i skola, förskola, barnomsorg, hälso- och sjukvård, socialtjänst, polis eller kriminalvård, eller på en annan myndighet som har med barn och unga att göra. Det gäller också privata verksamheter av samma slag.', {
    desc: 'Who has the duty to report (anmälningsplikt).',
  });

export const afterReport = (): string[] => [
  safetyAssessment(),
  readingDelay(),
  msg('Inom 14 dagar bestämmer socialtjänsten om de ska starta en utredning.', {
    desc: 'Confidentiality: the decision whether to investigate within 14 days.',
  }),
  msg('Barnet och vårdnadshavarna får oftast veta att det finns en anmälan. De får oftast också läsa vad som står i den.', {
    desc: 'Confidentiality: the family is usually told about the report and may read it.',
  }),
];

export const tellFamily = (): Section => ({
  id: 'familjen',
  summary: msg('Ska jag berätta för familjen att jag anmäler?', { desc: 'Confidentiality section (reporters): telling the family.' }),
  body: [
    msg('Om du är orolig för våld, sexuella övergrepp eller hedersrelaterat våld ska du inte berätta det för vårdnadshavarna först. Kontakta socialtjänsten i stället.', {
      desc: 'Confidentiality (reporters): do not inform guardians first when the concern is violence or abuse.',
    }),
  ],
});

export const urgentAdult = () =>
  msg('Är ett barn i fara just nu? Ring 112.', { id: 'confidentiality-urgent-adult', desc: 'Confidentiality: urgent line for adults.' });
