/**
 * What `soc-confidentiality` tells those who report concern: private persons and those with a duty
 * to report (sources: `confidentiality-content.ts`).
 */
import { msg } from '@lit/localize';
import {
  type AudienceContent,
  OSL_26_5,
  SOL_20_2,
  afterReport,
  dutyHolders,
  generalHeading,
  secrecy,
  sharing,
  technicalTraces,
  tellFamily,
  urgentAdult,
} from './confidentiality-common.js';

export function reporter(): AudienceContent {
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

export function professional(): AudienceContent {
  return {
    heading: generalHeading(),
    intro: msg('Här kan du läsa om sekretess. Du kan också läsa vad som gäller när du har anmälningsplikt och anmäler oro för ett barn.', {
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
          msg('Om du är skyldig att anmäla kan du få veta vad socialtjänsten gör. Du kan få veta om de har startat en utredning eller inte, eller om det redan pågår en.', {
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
