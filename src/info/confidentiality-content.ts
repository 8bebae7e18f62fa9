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
const OSL_12_3 = () =>
  msg('Det står i offentlighets- och sekretesslagen (2009:400) 12 kap. 3 §.', {
    desc: 'Law reference: secrecy towards guardians. Keep the statute number and paragraph as they are.',
  });
const OSL_26_5 = () =>
  msg('Skyddet för den som anmäler står i offentlighets- och sekretesslagen (2009:400) 26 kap. 5 §.', {
    desc: 'Law reference: protection of the reporter’s identity. Keep the statute number and paragraph as they are.',
  });
const SOL_20_2 = () =>
  msg('Tidsgränsen på 14 dagar står i socialtjänstlagen (2025:400) 20 kap. 2 §.', {
    desc: 'Law reference: the 14-day limit. Keep the statute number and paragraph as they are.',
  });

const secrecy = (): Section => ({
  id: 'sekretess',
  summary: msg('Vad betyder sekretess?', { id: 'confidentiality-what-adult', desc: 'Confidentiality section (adults): what secrecy means.' }),
  body: [
    msg('Sekretess betyder att socialtjänsten inte får berätta om dig eller din familj för andra. Det gäller nästan allt socialtjänsten vet om er, till exempel hur ni mår, hur ni har det hemma och vilket stöd ni får.', {
      desc: 'Confidentiality (adults): secrecy covers almost everything social services know about a family.',
    }),
    msg('Socialtjänsten får bara lämna ut en uppgift om det är klart att det inte skadar den som uppgiften handlar om eller någon närstående.', {
      desc: 'Confidentiality (adults): the reverse harm test — disclosure only when it clearly causes no harm.',
    }),
  ],
  law: OSL_26_1(),
});

const sharing = (): Section => ({
  id: 'dela',
  summary: msg('När får socialtjänsten berätta för andra?', { desc: 'Confidentiality section (adults): when information may be shared.' }),
  body: [
    msg('Ibland får socialtjänsten lämna uppgifter till andra, till exempel till en annan myndighet. Det får de bara göra när en lag tillåter det.', {
      desc: 'Confidentiality (adults): sharing with other authorities only when a law allows it.',
    }),
    msg('Socialtjänsten får också lämna uppgifter om du säger ja till det. Det kallas samtycke.', {
      desc: 'Confidentiality (adults): sharing with consent (samtycke).',
    }),
    msg('Om ett barn är i fara kan socialtjänsten, när lagen tillåter det, kontakta till exempel polisen eller vården för att skydda barnet.', {
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

const afterReport = (): string[] => [
  safetyAssessment(),
  readingDelay(),
  msg('Inom 14 dagar bestämmer socialtjänsten om de ska starta en utredning.', {
    desc: 'Confidentiality: the decision whether to investigate within 14 days.',
  }),
  msg('Barnet och vårdnadshavarna får oftast veta att det finns en anmälan. De får oftast också läsa vad som står i den.', {
    desc: 'Confidentiality: the family is usually told about the report and may read it.',
  }),
];

const tellFamily = (): Section => ({
  id: 'familjen',
  summary: msg('Ska jag berätta för familjen att jag anmäler?', { desc: 'Confidentiality section (reporters): telling the family.' }),
  body: [
    msg('Om du är orolig för våld, sexuella övergrepp eller hedersrelaterat våld ska du inte berätta det för vårdnadshavarna först. Kontakta socialtjänsten i stället.', {
      desc: 'Confidentiality (reporters): do not inform guardians first when the concern is violence or abuse.',
    }),
  ],
});

const urgentAdult = () =>
  msg('Är ett barn i fara just nu? Ring 112.', { id: 'confidentiality-urgent-adult', desc: 'Confidentiality: urgent line for adults.' });

function guardian(): AudienceContent {
  return {
    heading: generalHeading(),
    intro: msg('Här kan du läsa vad sekretess betyder och vad socialtjänsten får berätta för dig om ditt barn.', {
      desc: 'Confidentiality intro for guardians.',
    }),
    sections: [
      secrecy(),
      {
        id: 'vardnadshavare',
        summary: msg('Vad får jag veta om mitt barn?', { desc: 'Confidentiality section (guardians): what guardians are told.' }),
        body: [
          msg('Som vårdnadshavare får du oftast veta det som handlar om ditt barn.', {
            desc: 'Confidentiality (guardians): guardians are usually told about their child.',
          }),
          msg('Men socialtjänsten får inte berätta något för dig om det kan skada barnet allvarligt.', {
            desc: 'Confidentiality (guardians): except what could seriously harm the child.',
          }),
        ],
        law: OSL_12_3(),
      },
      {
        id: 'barnets-vilja',
        summary: msg('Får mitt barn bestämma vad jag får veta?', { desc: 'Confidentiality section (guardians): the child’s say.' }),
        body: [
          msg('Ju äldre barnet är, desto mer får barnet självt bestämma om vad som får berättas.', {
            desc: 'Confidentiality (guardians): the older the child, the more the child decides.',
          }),
          msg('Ett äldre barn kan behöva säga ja innan socialtjänsten berättar vissa saker för dig.', {
            desc: 'Confidentiality (guardians): an older child may need to consent first.',
          }),
        ],
      },
      sharing(),
      {
        id: 'anmalan',
        summary: msg('Om någon har anmält oro för mitt barn', { desc: 'Confidentiality section (guardians): a report about their child.' }),
        body: [
          msg('Om någon har gjort en orosanmälan om ditt barn berättar socialtjänsten oftast det för dig. Du får oftast läsa vad som står i anmälan.', {
            desc: 'Confidentiality (guardians): guardians are usually told about a report and may read it.',
          }),
          msg('Om den som anmälde har sagt sitt namn får du oftast veta vem det är. Namnet kan hållas hemligt om det finns risk att personen eller någon närstående utsätts för våld eller annan allvarlig skada.', {
            desc: 'Confidentiality (guardians): a known reporter’s name is usually disclosed, unless there is a risk of violence or serious harm.',
          }),
          msg('Om den som anmälde inte har sagt sitt namn vet socialtjänsten oftast inte heller vem det är.', {
            desc: 'Confidentiality (guardians): anonymous reporters are usually unknown to social services too.',
          }),
        ],
        law: OSL_26_5(),
      },
    ],
  };
}

function child(): AudienceContent {
  return {
    heading: msg('Vad får socialtjänsten berätta om dig?', { desc: 'Confidentiality heading for children. Simple words.' }),
    intro: msg('Här kan du läsa vad socialtjänsten får berätta om dig, och för vem.', {
      desc: 'Confidentiality intro for children. Simple words, short sentences.',
    }),
    sections: [
      {
        id: 'sekretess',
        summary: msg('Vad är sekretess?', { id: 'confidentiality-what-child', desc: 'Confidentiality section (children): what secrecy is. Simple words.' }),
        body: [
          msg('Sekretess betyder att något ska hållas hemligt.', { desc: 'Confidentiality (children): secrecy explained in simple words.' }),
          msg('Socialtjänsten har sekretess. De får inte berätta om dig för vem som helst. De får till exempel inte berätta om dig för dina kompisar eller grannar.', {
            desc: 'Confidentiality (children): social services may not tell just anyone. Short sentences.',
          }),
        ],
      },
      {
        id: 'vardnadshavare',
        summary: msg('Får mina föräldrar veta vad jag säger?', { desc: 'Confidentiality section (children): what parents are told.' }),
        body: [
          msg('Dina vårdnadshavare får oftast veta det som handlar om dig. Vårdnadshavare är de vuxna som bestämmer över dig. Oftast är det dina föräldrar.', {
            desc: 'Confidentiality (children): guardians are usually told; the word vårdnadshavare is explained.',
          }),
          msg('Men socialtjänsten får inte berätta något som kan vara farligt för dig.', {
            desc: 'Confidentiality (children): except what could be dangerous for the child.',
          }),
          msg('Du kan alltid fråga socialtjänsten vad de kommer att berätta.', { desc: 'Confidentiality (children): you can ask.' }),
        ],
      },
      {
        id: 'barnets-vilja',
        summary: msg('Får jag bestämma själv?', { desc: 'Confidentiality section (children): the child’s own say.' }),
        body: [
          msg('Ju äldre du blir, desto mer får du bestämma själv.', { desc: 'Confidentiality (children): more say with age.' }),
          msg('När du är äldre kan socialtjänsten behöva fråga dig först. De frågar om det är okej att de berättar vissa saker för dina vårdnadshavare.', {
            desc: 'Confidentiality (children): an older child may be asked first.',
          }),
        ],
      },
      {
        id: 'dela',
        summary: msg('När får socialtjänsten berätta för andra?', { desc: 'Confidentiality section (adults): when information may be shared.' }),
        body: [
          msg('Ibland får socialtjänsten prata med andra om dig. Det får de göra när en lag säger att det är okej.', {
            desc: 'Confidentiality (children): sharing when a law allows it. Simple words.',
          }),
          msg('Om du är i fara kan socialtjänsten prata med andra för att skydda dig. Till exempel med polisen eller vården.', {
            desc: 'Confidentiality (children): sharing to protect the child.',
          }),
        ],
      },
      {
        id: 'anmalan',
        summary: msg('Om en vuxen är orolig för dig', { desc: 'Confidentiality section (children): a concern report about the child.' }),
        body: [
          msg('Om en vuxen är orolig för dig kan den vuxna berätta det för socialtjänsten. Det kallas orosanmälan.', {
            desc: 'Confidentiality (children): what a concern report is, in simple words.',
          }),
          msg('Då pratar socialtjänsten oftast med dig och dina vårdnadshavare.', {
            desc: 'Confidentiality (children): social services usually talk with the child and guardians.',
          }),
          msg('En orosanmälan betyder inte att du har gjort något fel.', { desc: 'Confidentiality (children): a report is not the child’s fault.' }),
        ],
      },
    ],
    urgent: msg('Är du i fara just nu? Ring 112.', { id: 'confidentiality-urgent-child', desc: 'Confidentiality: urgent line for children.' }),
  };
}

function reporter(): AudienceContent {
  return {
    heading: generalHeading(),
    intro: msg('Här kan du läsa om sekretess och om vad som händer med en orosanmälan och med ditt namn.', {
      desc: 'Confidentiality intro for private reporters.',
    }),
    sections: [
      {
        id: 'anonym',
        summary: msg('Kan jag vara anonym?', { id: 'confidentiality-anonymous', desc: 'Confidentiality section (private reporters): anonymity.' }),
        body: [
          msg('Ja, om du inte berättar vem du är. Men du är bara anonym om inget i anmälan visar vem du är.', {
            desc: 'Confidentiality (private reporters): anonymity holds only if nothing in the report shows who you are.',
          }),
          msg('Skriv inte ditt namn, ditt telefonnummer eller din e-postadress, inte heller i texten. Tänk också på att det du berättar kan visa vem du är, till exempel något som bara du har sett eller hört.', {
            desc: 'Confidentiality (private reporters): give nothing that identifies you, also in what you tell.',
          }),
          msg('Ett mejl är inte anonymt, eftersom adressen visar vem du är.', {
            desc: 'Confidentiality (private reporters): e-mail is not anonymous.',
          }),
          technicalTraces(),
          msg('Om du är anonym kan socialtjänsten inte ställa frågor till dig efteråt. Skriv därför så noga du kan vad du har sett och hört.', {
            desc: 'Confidentiality (private reporters): anonymous reports cannot be followed up, so be detailed.',
          }),
        ],
      },
      {
        id: 'namn',
        summary: msg('Vad händer om jag säger mitt namn?', { desc: 'Confidentiality section (private reporters): giving your name.' }),
        body: [
          msg('Det blir lättare för socialtjänsten om de kan kontakta dig.', {
            desc: 'Confidentiality (private reporters): giving your name helps social services.',
          }),
          msg('Men om socialtjänsten vet vem du är kan familjen oftast få veta det. Familjen får oftast läsa anmälan.', {
            desc: 'Confidentiality (private reporters): the family can usually find out who you are and read the report.',
          }),
          msg('Ditt namn kan hållas hemligt om det finns risk att du eller någon närstående utsätts för våld eller annan allvarlig skada. Men ingen kan lova att ditt namn hålls hemligt.', {
            desc: 'Confidentiality (private reporters): your name can be kept secret if there is a risk of harm, but this cannot be promised.',
          }),
        ],
        law: OSL_26_5(),
      },
      {
        id: 'efter-anmalan',
        summary: msg('Vad händer med anmälan?', { id: 'confidentiality-after-report', desc: 'Confidentiality section: what happens to a report.' }),
        body: [
          ...afterReport(),
          msg('Som privatperson får du oftast inte veta vad som händer sedan.', {
            desc: 'Confidentiality (private reporters): private persons usually get no feedback.',
          }),
        ],
        law: SOL_20_2(),
      },
      tellFamily(),
      secrecy(),
    ],
    urgent: urgentAdult(),
  };
}

function professional(): AudienceContent {
  return {
    heading: generalHeading(),
    intro: msg('Här kan du läsa om sekretess och om vad som gäller när du har anmälningsplikt och anmäler oro för ett barn.', {
      desc: 'Confidentiality intro for those with a duty to report (anmälningsplikt).',
    }),
    sections: [
      {
        id: 'anonym',
        summary: msg('Kan jag vara anonym när jag har anmälningsplikt?', { desc: 'Confidentiality section (duty to report): anonymity.' }),
        body: [
          msg('Nej. När du har anmälningsplikt ska du berätta vem du är och var du arbetar.', {
            desc: 'Confidentiality (duty to report): give your name and workplace.',
          }),
          dutyHolders(),
          msg('Den som inte har anmälningsplikt, till exempel en tränare i en förening, kan vara anonym.', {
            desc: 'Confidentiality (duty to report): others, e.g. a sports coach, may stay anonymous.',
          }),
          msg('Skyddet för namnet på den som anmäler gäller i första hand privatpersoner. Familjen kan därför oftast få veta att anmälan kommer från dig eller din arbetsplats.', {
            desc: 'Confidentiality (professionals): the identity protection is mainly for private persons.',
          }),
        ],
      },
      {
        id: 'efter-anmalan',
        summary: msg('Vad händer med anmälan?', { id: 'confidentiality-after-report', desc: 'Confidentiality section: what happens to a report.' }),
        body: [
          ...afterReport(),
          msg('Om du är skyldig att anmäla kan du få veta om socialtjänsten har startat en utredning, inte har startat en utredning eller om det redan pågår en utredning.', {
            desc: 'Confidentiality (professionals): feedback to reporters with a duty to report.',
          }),
        ],
        law: SOL_20_2(),
      },
      tellFamily(),
      secrecy(),
      sharing(),
    ],
    urgent: urgentAdult(),
  };
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
