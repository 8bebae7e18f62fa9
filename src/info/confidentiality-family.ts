/** What `soc-confidentiality` tells guardians and children (sources: `confidentiality-content.ts`). */
import { msg } from '@lit/localize';
import { type AudienceContent, OSL_12_3, OSL_26_5, generalHeading, secrecy, sharing } from './confidentiality-common.js';

export function guardian(): AudienceContent {
  return {
    heading: generalHeading(),
    intro: msg('Här kan du läsa vad sekretess är. Du kan också läsa vad socialtjänsten får berätta för dig om ditt barn.', {
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
          msg('Men de får inte berätta något som kan skada barnet allvarligt.', {
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
          msg('Ett äldre barn kan behöva säga ja innan de berättar vissa saker för dig.', {
            desc: 'Confidentiality (guardians): an older child may need to consent first.',
          }),
        ],
      },
      sharing(),
      {
        id: 'anmalan',
        summary: msg('Om någon har anmält oro för mitt barn', { desc: 'Confidentiality section (guardians): a report about their child.' }),
        body: [
          msg('Om någon har gjort en orosanmälan om ditt barn får du oftast veta det. Du får oftast läsa vad som står i anmälan.', {
            desc: 'Confidentiality (guardians): guardians are usually told about a report and may read it.',
          }),
          msg('Om den som anmälde har sagt sitt namn får du oftast veta vem det är. Namnet kan hållas hemligt om det finns risk för våld eller annan allvarlig skada. Risken kan gälla personen eller någon närstående.', {
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

export function child(): AudienceContent {
  return {
    heading: msg('Vad får socialtjänsten berätta om dig?', { desc: 'Confidentiality heading for children. Simple words.' }),
    intro: msg('Socialtjänsten kallas ofta soc. Här kan du läsa vad soc får berätta om dig, och för vem.', {
      desc: 'Confidentiality intro for children. Simple words, short sentences.',
    }),
    sections: [
      {
        id: 'sekretess',
        summary: msg('Vad är sekretess?', { id: 'confidentiality-what-child', desc: 'Confidentiality section (children): what secrecy is. Simple words.' }),
        body: [
          msg('Sekretess betyder att något ska hållas hemligt.', { desc: 'Confidentiality (children): secrecy explained in simple words.' }),
          msg('Soc har sekretess. De får inte berätta om dig för vem som helst. De får inte prata om dig med dina vänner eller grannar.', {
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
          msg('Men soc får inte berätta något som kan vara farligt för dig.', {
            desc: 'Confidentiality (children): except what could be dangerous for the child.',
          }),
          msg('Du kan alltid fråga soc vad de kommer att berätta.', { desc: 'Confidentiality (children): you can ask.' }),
        ],
      },
      {
        id: 'barnets-vilja',
        summary: msg('Får jag bestämma själv?', { desc: 'Confidentiality section (children): the child’s own say.' }),
        body: [
          msg('Ju äldre du blir, desto mer får du bestämma själv.', { desc: 'Confidentiality (children): more say with age.' }),
          msg('När du är äldre kan soc behöva fråga dig först. De frågar om det är okej att de berättar vissa saker för dina vårdnadshavare.', {
            desc: 'Confidentiality (children): an older child may be asked first.',
          }),
        ],
      },
      {
        id: 'dela',
        summary: msg('När får soc berätta för andra?', { desc: 'Confidentiality section (children): when information may be shared. Simple words.' }),
        body: [
          msg('Ibland får soc prata med andra om dig. Det får de göra när en lag säger att det är okej.', {
            desc: 'Confidentiality (children): sharing when a law allows it. Simple words.',
          }),
          msg('Om du är i fara kan soc prata med andra för att skydda dig. Det kan vara polisen eller vården.', {
            desc: 'Confidentiality (children): sharing to protect the child.',
          }),
        ],
      },
      {
        id: 'anmalan',
        summary: msg('Om en vuxen är orolig för dig', { desc: 'Confidentiality section (children): a concern report about the child.' }),
        body: [
          msg('Om en vuxen är orolig för dig kan den vuxna berätta det för soc. Det kallas orosanmälan.', {
            desc: 'Confidentiality (children): what a concern report is, in simple words.',
          }),
          msg('Då pratar soc oftast med dig och dina vårdnadshavare.', {
            desc: 'Confidentiality (children): social services usually talk with the child and guardians.',
          }),
          msg('En orosanmälan betyder inte att du har gjort något fel.', { desc: 'Confidentiality (children): a report is not the child’s fault.' }),
        ],
      },
    ],
    urgent: msg('Är du i fara just nu? Ring 112.', { id: 'confidentiality-urgent-child', desc: 'Confidentiality: urgent line for children.' }),
  };
}
