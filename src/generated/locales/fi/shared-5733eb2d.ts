// Do not modify this file by hand!
// Re-generate it with `npm run localize:build` (scripts/lib/locale-groups.mjs, from lit-localize's output).
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  's04d75c1934953058': str`${0}–${1}`,
  's6dcb0d61ec9d636a': `Pyhäpäivinä, jouluaattona, juhannusaattona ja uudenvuodenaattona niitä ei lueta.`,
  's82f4a3c3afe9c7b6': `Kun sosiaalipalvelu lukee ilmoituksen, he katsovat ensin yhtä asiaa: onko lapsi vaarassa ja tarvitseeko hän suojelua jo nyt? Sitä kutsutaan suojelutarpeen arvioksi (skyddsbedömning).`,
  's85dfc961785a3aa3': `Jouluaattona, juhannusaattona ja uudenvuodenaattona niitä ei lueta.`,
  's9434e8738c51c65f': `Täällä lähettämäsi ilmoitukset luetaan arkipäivisin virka-aikana.`,
  'sa19d0020a324f5be': str`Ilmoituksesi luetaan aikaisintaan ${0} klo ${1}.`,
  'sbcd665788712dd92': `Jos lähetit ilmoituksesi illalla, viikonloppuna tai pyhäpäivänä, se luetaan aikaisintaan seuraavana arkipäivänä.`,
  'sc4cb4fa898d7b86a': `Voi kestää jonkin aikaa, ennen kuin joku lukee verkossa lähettämäsi ilmoituksen. Iltaisin ja viikonloppuisin se voi kestää kauemmin. Jos lapsi on vaarassa, soita 112.`,
  'se285582d77b87989': str`Täällä lähettämäsi ilmoitukset luetaan ${0}.`,
};
