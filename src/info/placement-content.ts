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

const urgentAdult = () => msg('Är ett barn i fara just nu? Ring 112.', { id: 'placement-urgent-adult', desc: 'Placement info: urgent line for adults.' });

const adultMore = () => ({
  text: msg('Läs mer om placering och LVU hos', { id: 'placement-more-adult', desc: 'Placement info: before the link to Socialstyrelsen (the national board), which follows.' }),
  link: msg('Socialstyrelsen', { id: 'placement-socialstyrelsen', desc: 'Link text: Socialstyrelsen, the National Board of Health and Welfare.' }),
  href: SOCIALSTYRELSEN_LVU,
});

/** Where a child can live: shared by the adults' texts. */
const placesAdult = (): string[] => [
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

const threeConditions = (): string[] => [
  msg('Det finns ett missförhållande, i hemmet eller i barnets eget beteende.', { desc: 'Placement info (adults), LVU condition 1: a serious problem at home or in the child’s own behaviour (missförhållande).' }),
  msg('Det finns en påtaglig risk att barnets hälsa eller utveckling skadas.', { desc: 'Placement info (adults), LVU condition 2: a clear risk (påtaglig risk) to the child’s health or development.' }),
  msg('Vården kan inte ges frivilligt.', { desc: 'Placement info (adults), LVU condition 3: care cannot be given with consent.' }),
];

const appealable = () =>
  msg('Beslut om placeringen, om umgänge, om hemlig vistelseort och om flyttningsförbud går att överklaga.', {
    desc: 'Placement info (adults): decisions that can be appealed (placement, contact, secret whereabouts, ban on moving the child).',
  });

function guardian(): PlacementContent {
  return {
    heading: msg('Om ditt barn inte kan bo hemma', { desc: 'Placement info: heading for guardians.' }),
    intro: msg('Målet är alltid att barn ska få bo hemma. Ibland behöver ett barn ändå bo någon annanstans en tid. Här kan du läsa hur det går till och vilka rättigheter du har.', {
      desc: 'Placement info (guardians): intro.',
    }),
    sections: [
      {
        id: 'hemma',
        summary: msg('Vad gör socialtjänsten först?', { desc: 'Placement info section (guardians): what social services do first.' }),
        body: [
          msg('I första hand ska det bli bättre hemma. Socialtjänsten kan ge stöd till barnet och familjen medan barnet bor kvar hemma.', {
            desc: 'Placement info (guardians): support at home comes first.',
          }),
        ],
      },
      {
        id: 'frivillig',
        summary: msg('Vad är en frivillig placering?', { desc: 'Placement info section (guardians): voluntary placement.' }),
        body: [
          msg('Om barnet behöver bo någon annanstans sker det oftast frivilligt. Då säger du och den andra vårdnadshavaren ja till det. Det kallas samtycke.', {
            desc: 'Placement info (guardians): most placements are voluntary, with the guardians’ consent (samtycke).',
          }),
          msg('Om barnet har fyllt 15 år måste barnet också säga ja.', { desc: 'Placement info: from 15 the child must also consent.' }),
          msg('En frivillig placering görs enligt socialtjänstlagen.', { desc: 'Placement info: voluntary placement is under the Social Services Act (socialtjänstlagen).' }),
        ],
      },
      {
        id: 'lvu',
        summary: msg('Vad är LVU?', { desc: 'Placement info section (guardians): what LVU is.' }),
        body: [
          msg('LVU är en lag om vård av unga. Den gör det möjligt att ge ett barn vård utan samtycke. Det får bara ske om tre saker gäller samtidigt:', {
            desc: 'Placement info (guardians): LVU allows care without consent, only if three conditions all hold. A list of them follows.',
          }),
          threeConditions(),
          msg('Det är socialnämnden som ansöker om vård. Förvaltningsrätten, som är en domstol, beslutar. Om rätten säger ja bestämmer socialtjänsten var barnet ska bo.', {
            desc: 'Placement info: socialnämnden applies, förvaltningsrätten (administrative court) decides, social services decide where the child lives.',
          }),
        ],
      },
      {
        id: 'bradskande',
        summary: msg('Vad händer om det är bråttom?', { desc: 'Placement info section (guardians): urgent cases.' }),
        body: [
          msg('Om barnet behöver skydd och det inte går att vänta på domstolen kan socialnämnden besluta att barnet ska flytta genast. Det kallas omedelbart omhändertagande.', {
            desc: 'Placement info (adults): immediate taking into care (omedelbart omhändertagande).',
          }),
          msg('Socialnämnden ska anmäla beslutet till förvaltningsrätten inom en vecka.', { desc: 'Placement info (adults): the decision goes to the administrative court within a week.' }),
        ],
      },
      {
        id: 'boende',
        summary: msg('Var kan barnet bo?', { desc: 'Placement info section (adults): where a child can live.' }),
        body: [placesAdult(), msg('När barnet bor i ett familjehem betalar föräldrarna en ersättning, och underhållsstödet upphör.', {
          desc: 'Placement info (adults): in a foster home the parents pay a contribution and child maintenance support (underhållsstöd) stops.',
        })],
      },
      {
        id: 'stod',
        summary: msg('Vilket stöd kan jag få?', { desc: 'Placement info section (guardians): support for the parent.' }),
        body: [
          msg('Du har rätt till stöd från socialtjänsten när ditt barn bor någon annanstans. Du kan till exempel få hjälp att utvecklas som förälder.', {
            desc: 'Placement info (guardians): the parents’ right to support, e.g. in their parenting.',
          }),
        ],
      },
      {
        id: 'rattigheter',
        summary: msg('Vilka rättigheter har vi vid LVU?', { desc: 'Placement info section (guardians): rights in an LVU case.' }),
        body: [
          msg('Du och barnet får var sitt offentligt biträde. Det är en person som hjälper er i ärendet. Staten betalar. Om ni vill samma sak kan ni dela på ett biträde.', {
            desc: 'Placement info (adults): child and parents each get an offentligt biträde (public counsel) paid by the state; shared if they want the same.',
          }),
          msg('Du har rätt till tolk.', { desc: 'Placement info (guardians): the parent’s right to an interpreter.' }),
          msg('Barn som har fyllt 15 år får själva föra sin talan och överklaga.', { desc: 'Placement info (adults): from 15 the child can speak for themselves in court (föra talan) and appeal.' }),
          appealable(),
        ],
      },
      {
        id: 'umgange',
        summary: msg('Får jag träffa mitt barn?', { desc: 'Placement info section (guardians): contact with the child.' }),
        body: [
          msg('Att barnet och föräldrarna träffas eller hörs kallas umgänge.', { desc: 'Placement info (adults): what umgänge (contact) means.' }),
          msg('Vid vård enligt LVU kan socialnämnden begränsa umgänget. Nämnden kan också besluta att barnets adress ska hållas hemlig för föräldrarna. Det kallas hemlig vistelseort.', {
            desc: 'Placement info (adults): under LVU contact can be restricted and the child’s whereabouts kept secret.',
          }),
        ],
      },
      {
        id: 'hem',
        summary: msg('Kan barnet flytta hem igen?', { desc: 'Placement info section (adults): returning home.' }),
        body: [
          msg('Målet är att barnet ska kunna bo hemma igen när det går.', { desc: 'Placement info (adults): the goal is that the child returns home when possible.' }),
          msg('Socialnämnden ska minst var sjätte månad pröva om vården enligt LVU fortfarande behövs.', {
            desc: 'Placement info (adults): LVU care is reviewed at least every six months.',
          }),
          msg('Om barnet har bott i samma familjehem i två år ska socialnämnden överväga om vårdnaden ska flyttas till familjehemmet.', {
            desc: 'Placement info (adults): after two years in the same foster home, the board must consider transferring custody.',
          }),
        ],
      },
    ],
    more: adultMore(),
    urgent: urgentAdult(),
  };
}

function child(): PlacementContent {
  return {
    heading: msg('Om du inte kan bo hemma', { desc: 'Placement info: heading for children.' }),
    intro: msg('Alla barn ska få bo hemma om det går. Ibland går det inte. Då kan du få bo på ett annat ställe en tid. Här kan du läsa hur det går till. Soc är ett kort ord för socialtjänsten.', {
      desc: 'Placement info (children): intro; very simple words. "Soc" is the short word for social services that children use.',
    }),
    sections: [
      {
        id: 'varfor',
        summary: msg('Varför kan ett barn behöva flytta?', { desc: 'Placement info section (children): why a child may need to move.' }),
        body: [
          msg('Det kan vara för att du inte är trygg hemma. Det kan också vara för att du gör saker som är farliga för dig.', {
            desc: 'Placement info (children): reasons, in simple words.',
          }),
          msg('Först ska soc försöka hjälpa dig och din familj hemma.', { desc: 'Placement info (children): help at home comes first.' }),
        ],
      },
      {
        id: 'vem',
        summary: msg('Vem bestämmer?', { desc: 'Placement info section (children): who decides.' }),
        body: [
          msg('Oftast säger dina vårdnadshavare ja till att du flyttar. Det är de vuxna som bestämmer över dig. Om du är 15 år eller äldre måste du också säga ja.', {
            desc: 'Placement info (children): guardians consent; from 15 the child too. Explains vårdnadshavare.',
          }),
          msg('Ibland säger någon nej. Om det är farligt för dig kan soc då fråga en domstol. Domstolen bestämmer om du ska få vård ändå. Det står i en lag som heter LVU. Sedan bestämmer soc var du ska bo.', {
            desc: 'Placement info (children): LVU in simple words: the court decides, then social services decide where the child lives.',
          }),
        ],
      },
      {
        id: 'fort',
        summary: msg('Kan det gå fort?', { desc: 'Placement info section (children): can it happen quickly.' }),
        body: [
          msg('Ja. Om du är i fara kan soc bestämma att du ska flytta på en gång. Sedan får domstolen titta på det.', {
            desc: 'Placement info (children): immediate taking into care in simple words; the court then looks at it.',
          }),
        ],
      },
      {
        id: 'boende',
        summary: msg('Var kan jag bo?', { desc: 'Placement info section (children): where the child can live.' }),
        body: [
          [
            msg('I ett familjehem. Det är en familj som tar hand om dig.', { desc: 'Placement info (children): familjehem in simple words.' }),
            msg('I ett jourhem. Där bor du en kort tid när det går fort.', { desc: 'Placement info (children): jourhem in simple words.' }),
            msg('På ett HVB. Det är ett hem där vuxna jobbar.', { desc: 'Placement info (children): HVB in simple words.' }),
            msg('I ett stödboende. Det är för unga som är 16 till 20 år.', { desc: 'Placement info (children): stödboende, ages 16–20.' }),
            msg('På ett SiS-hem. Dit kan unga komma som får vård med LVU.', { desc: 'Placement info (children): SiS special youth homes, for LVU care.' }),
          ],
        ],
      },
      {
        id: 'traffa',
        summary: msg('Får jag träffa min familj?', { desc: 'Placement info section (children): meeting the family.' }),
        body: [
          msg('Oftast får du träffa eller prata med din familj. Det kallas umgänge.', { desc: 'Placement info (children): umgänge in simple words.' }),
          msg('Ibland kan soc bestämma att ni ska ses mindre. Det är för att skydda dig. Soc kan också hålla hemligt var du bor.', {
            desc: 'Placement info (children): contact can be restricted and the address kept secret, to protect the child.',
          }),
        ],
      },
      {
        id: 'hjalp',
        summary: msg('Vem kan hjälpa mig?', { desc: 'Placement info section (children): who helps the child.' }),
        body: [
          msg('Om det gäller LVU får du en egen vuxen som hjälper dig. Det kallas offentligt biträde. Det kostar inget för dig.', {
            desc: 'Placement info (children): the child’s own public counsel (offentligt biträde), free of charge.',
          }),
          msg('Om du är 15 år eller äldre får du själv säga vad du vill i domstolen. Du kan också överklaga. Då ber du en domstol att titta på beslutet igen.', {
            desc: 'Placement info (children): from 15 the child can speak in court and appeal; explains överklaga.',
          }),
        ],
      },
      {
        id: 'hem',
        summary: msg('Får jag flytta hem igen?', { desc: 'Placement info section (children): moving back home.' }),
        body: [
          msg('Målet är att du ska få bo hemma igen när det går. Vid LVU ska soc titta på det minst var sjätte månad.', {
            desc: 'Placement info (children): the goal of going home; LVU is reviewed at least every six months.',
          }),
        ],
      },
    ],
    more: {
      text: msg('Du kan läsa mer på', { id: 'placement-more-child', desc: 'Placement info (children): before the link to Koll på soc, which follows.' }),
      link: msg('Koll på soc', { id: 'placement-koll-pa-soc', desc: 'Link text: Koll på soc, Socialstyrelsen’s site for children and young people. Keep the name.' }),
      href: KOLL_PA_SOC,
    },
    urgent: msg('Är du i fara just nu? Ring 112.', { id: 'placement-urgent-child', desc: 'Placement info: urgent line for children.' }),
  };
}

function professional(): PlacementContent {
  return {
    heading: msg('Placering av barn: frivilligt och enligt LVU', { desc: 'Placement info: heading for professionals.' }),
    intro: msg('Målet är alltid att barn ska få bo hemma. Här är en kort översikt av vad som gäller om ett barn ändå behöver bo på annat håll.', {
      desc: 'Placement info (professionals): intro.',
    }),
    sections: [
      {
        id: 'frivillig',
        summary: msg('Frivillig placering', { desc: 'Placement info section (professionals): voluntary placement.' }),
        body: [
          msg('En frivillig placering görs enligt socialtjänstlagen och kräver samtycke. Under 15 år räcker det att vårdnadshavarna samtycker. Från 15 år måste också barnet samtycka. De flesta placeringar är frivilliga.', {
            desc: 'Placement info (professionals): voluntary placement under SoL; consent of guardians, and of the child from 15.',
          }),
        ],
      },
      {
        id: 'lvu',
        summary: msg('Vård enligt LVU', { desc: 'Placement info section (professionals): care under LVU.' }),
        body: [
          msg('Utan samtycke kan barnet få vård enligt LVU. Då måste tre villkor vara uppfyllda:', {
            desc: 'Placement info (professionals): LVU without consent only if three conditions hold. A list follows.',
          }),
          threeConditions(),
          msg('Socialnämnden ansöker om vården. Förvaltningsrätten beslutar. Sedan bestämmer socialtjänsten var barnet ska bo.', {
            desc: 'Placement info (professionals): who applies, who decides, who decides where the child lives.',
          }),
        ],
        law: msg('Det står i 2 § LVU (hemmet) och 3 § LVU (barnets eget beteende).', {
          desc: 'Law reference: LVU 2 § (home) and 3 § (own behaviour). Keep the paragraph numbers and the abbreviation LVU.',
        }),
      },
      {
        id: 'bradskande',
        summary: msg('Omedelbart omhändertagande', { desc: 'Placement info section (professionals): immediate taking into care.' }),
        body: [
          msg('Om det är bråttom kan socialnämnden omhänderta ett barn omedelbart. Beslutet ska gå till förvaltningsrätten inom en vecka.', {
            desc: 'Placement info (professionals): the board can take a child into care immediately; reported to the court within a week.',
          }),
        ],
        law: msg('Det står i 6 § LVU.', { desc: 'Law reference: LVU 6 §. Keep the paragraph number and the abbreviation LVU.' }),
      },
      {
        id: 'boende',
        summary: msg('Var barnet kan bo', { desc: 'Placement info section (professionals): forms of placement.' }),
        body: [placesAdult()],
      },
      {
        id: 'rattigheter',
        summary: msg('Rättigheter för barn och föräldrar', { desc: 'Placement info section (professionals): rights of child and parents.' }),
        body: [
          msg('Barnet och föräldrarna får var sitt offentligt biträde. Staten betalar. Om de vill samma sak kan de dela på ett. Föräldrarna har rätt till tolk.', {
            desc: 'Placement info (professionals): public counsel each, paid by the state; an interpreter for the parents.',
          }),
          msg('Från 15 år får barnet föra sin talan och överklaga.', { desc: 'Placement info (professionals): from 15 the child may speak for themselves and appeal.' }),
          appealable(),
          msg('Föräldrarna har också rätt till stöd från socialtjänsten.', { desc: 'Placement info (professionals): the parents’ right to support.' }),
        ],
      },
      {
        id: 'umgange',
        summary: msg('Umgänge och hemlig vistelseort', { desc: 'Placement info section (professionals): contact and secret whereabouts.' }),
        body: [
          msg('Vid vård enligt LVU kan nämnden begränsa umgänget med föräldrarna. Nämnden kan också besluta att barnets vistelseort ska hållas hemlig för dem.', {
            desc: 'Placement info (professionals): restricting contact and keeping the child’s whereabouts secret under LVU.',
          }),
        ],
        law: msg('Det står i 14 § LVU.', { desc: 'Law reference: LVU 14 §. Keep the paragraph number and the abbreviation LVU.' }),
      },
      {
        id: 'hem',
        summary: msg('Prövning och vägen hem', { desc: 'Placement info section (professionals): review and reunion.' }),
        body: [
          msg('Målet är att barnet ska kunna flytta hem när det är möjligt. Behovet av vård enligt LVU ska prövas minst var sjätte månad.', {
            desc: 'Placement info (professionals): the goal of reunion; review at least every six months.',
          }),
          msg('Sedan 1 juli 2022 gäller strängare regler. Vård enligt 2 § LVU får bara upphöra när förhållandena har ändrats genomgripande och varaktigt. Efter två år i samma familjehem ska nämnden överväga att flytta vårdnaden.', {
            desc: 'Placement info (professionals): the 2022 amendment ("lex lilla hjärtat"): lasting change before care ends; consider transferring custody after two years.',
          }),
        ],
        law: msg('Det står i 13 § LVU.', { desc: 'Law reference: LVU 13 §. Keep the paragraph number and the abbreviation LVU.' }),
      },
    ],
    more: adultMore(),
    urgent: urgentAdult(),
  };
}

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
