/** What `soc-placement-info` tells guardians and children (sources: `placement-content.ts`). */
import { msg } from '@lit/localize';
import { KOLL_PA_SOC, type PlacementContent, adultMore, appealable, placesAdult, threeConditions, urgentAdult } from './placement-common.js';

export function guardian(): PlacementContent {
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

export function child(): PlacementContent {
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
