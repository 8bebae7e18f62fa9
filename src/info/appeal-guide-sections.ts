/**
 * The fixed parts of `soc-appeal-guide` (appeal-guide.ts): what the letter must say, where to send
 * it, the help the municipality must give and what happens next. Facts: domain.md §8.4 only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

export const contentsPart = (): TemplateResult =>
  html`<p>${msg('Överklagandet ska vara skriftligt. Skriv:', { desc: 'Appeal guide: the appeal must be written; a list follows.' })}</p>
    <ul>
      <li>${msg('vilket beslut du överklagar: datumet och vem som fattade beslutet', { desc: 'Appeal guide, letter contents: which decision (date, who decided).' })}</li>
      <li>${msg('vilken ändring du vill ha, och varför', { desc: 'Appeal guide, letter contents: what change and why.' })}</li>
      <li>${msg('ditt namn, personnummer, adress och telefonnummer', { desc: 'Appeal guide, letter contents: contact details.' })}</li>
      <li>${msg('din underskrift', { desc: 'Appeal guide, letter contents: signature.' })}</li>
      <li>${msg('dokument som du vill skicka med, om du har några', { desc: 'Appeal guide, letter contents: documents, if any.' })}</li>
    </ul>`;

/** Where to send it: the municipality's social services (the committee that decided), and its address if given. */
export function sendPart(municipality: string, address: string): TemplateResult {
  const where = municipality.trim()
    ? msg(str`Skicka överklagandet till socialtjänsten i ${municipality.trim()}, alltså till den nämnd som fattade beslutet.`, {
        id: 'appeal-send-municipality',
        desc: 'Appeal guide: send it to the social services of the municipality (the committee that decided). The municipality’s name is inside.',
      })
    : msg('Skicka överklagandet till socialtjänsten i din kommun, alltså till den nämnd som fattade beslutet.', {
        desc: 'Appeal guide: send it to the social services (the committee that decided); no municipality given.',
      });
  return html`<p>${where}</p>
    ${address.trim()
      ? html`<p class="address">${msg('Adress:', { desc: 'Appeal guide: before the postal address.' })} ${address.trim()}</p>`
      : nothing}
    <p>${msg('Skriv i brevet att det är ett överklagande till förvaltningsrätten. Socialtjänsten skickar det vidare.', {
      desc: 'Appeal guide: address the letter to förvaltningsrätten; social services forward it.',
    })}</p>`;
}

export const helpPart = (): TemplateResult =>
  html`<p>${msg('Kommunen ska hjälpa dig att ta tillvara dina intressen. Du kan alltid be din socialsekreterare om hjälp att överklaga.', {
      desc: 'Appeal guide: the municipality must help (FL 6 §); you can always ask your social worker.',
    })}</p>
    <p part="law" class="law">${msg('Förvaltningslagen 6 §', { desc: 'Appeal guide: law reference (the Administrative Procedure Act, section 6).' })}</p>`;

export const nextPart = (): TemplateResult =>
  html`<ul>
      <li>${msg('Socialtjänsten kontrollerar att överklagandet kom in i tid.', { desc: 'Appeal guide, next: they check it came in on time.' })}</li>
      <li>${msg('Socialtjänsten kan själv ändra beslutet. Det kallas omprövning.', { desc: 'Appeal guide, next: they may change the decision themselves (omprövning).' })}</li>
      <li>${msg('Annars skickar socialtjänsten överklagandet vidare till förvaltningsrätten.', { desc: 'Appeal guide, next: otherwise it goes on to the court.' })}</li>
    </ul>
    <p>${msg('Ett överklagande som kommer in för sent kan ändå räknas i vissa fall: om det kom in till förvaltningsrätten i tid, eller om du fick fel besked om hur du skulle överklaga.', {
      desc: 'Appeal guide: when a late appeal still counts (domain facts only).',
    })}</p>
    <p>${msg('Har du nya uppgifter som inte fanns med när beslutet fattades? Då kan det vara bättre att ansöka på nytt.', {
      desc: 'Appeal guide: with new facts, a new application may be better than an appeal.',
    })}</p>`;
