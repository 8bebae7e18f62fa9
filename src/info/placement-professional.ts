/** What `soc-placement-info` tells professionals (sources: `placement-content.ts`). */
import { msg } from '@lit/localize';
import { type PlacementContent, adultMore, appealable, placesAdult, threeConditions, urgentAdult } from './placement-common.js';

export function professional(): PlacementContent {
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
