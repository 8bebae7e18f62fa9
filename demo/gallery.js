// The gallery page (demo/gallery.html): puts every element into the state a reviewer needs to see
// — errors shown, a follow-up question open, a disclosure open, a fixed clock for open and closed —
// and applies the display options in the address, so any condition can be opened by hand too:
//   ?lang=ar&dir=rtl   the host page's language and direction, as a CMS sets them
//   ?text=200          root font size in per cent (what a larger browser text size does)
// When everything is in place it sets <html data-gallery-ready>; `npm run test:display` waits for it.
// No inline script or style: the page runs under the demo server's strict CSP and Trusted Types.
import { localeReady } from '/dist/soc-elements.js';

const params = new URLSearchParams(location.search);
const root = document.documentElement;
const lang = params.get('lang');
if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) root.lang = lang;
const dir = params.get('dir');
if (dir === 'rtl' || dir === 'ltr') root.dir = dir;

// A constructed stylesheet: allowed by `style-src 'self'`, unlike a <style> element or attribute.
const text = Number(params.get('text'));
const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  .specimen { margin-block: 0; padding-block: 1rem 0.5rem; border-block-start: 1px solid #b1b4b6; }
  .specimen > h2 { margin-block: 0 1rem; font-size: 1rem; font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
  ${text >= 50 && text <= 400 ? `html { font-size: ${text}%; }` : ''}
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const $ = (selector) => document.querySelector(selector);
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
/** Waits until every soc element (also those inside the services) has rendered. */
async function settle() {
  for (let i = 0; i < 3; i++) {
    const all = [];
    const walk = (scope) => {
      for (const el of scope.querySelectorAll('*')) {
        if (el.localName.startsWith('soc-') && el.updateComplete) all.push(el.updateComplete);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(all);
    await frame();
  }
}
const deepActive = () => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
};

await Promise.all([...new Set([...document.querySelectorAll('*')].map((e) => e.localName))]
  .filter((t) => t.startsWith('soc-'))
  .map((t) => customElements.whenDefined(t)));
await localeReady();
await settle();

// A fixed clock (Europe/Stockholm): a Wednesday morning, and a Saturday when only socialjouren answers.
$('#hours-open').now = () => new Date('2026-03-04T10:00:00+01:00');
$('#hours-closed').now = () => new Date('2026-03-07T11:00:00+01:00');

// Errors shown as after the user left the field or tried to continue.
$('#pnr-error').showValidation();
$('#radio-error').showValidation();
$('#consent-error').showValidation();
$('#select-error').showValidation();
$('#date-error').showValidation();
$('#summary').validate();

// The reader says they are a guardian; the first question is open.
const secrecy = $('#secrecy');
secrecy.shadowRoot.querySelector('input[value="guardian"]').click();
await secrecy.updateComplete;
secrecy.shadowRoot.querySelector('details').open = true;

// Concern report: the first step, a personnummer that is too short, "Fortsätt" pressed.
const concern = $('#concern');
concern.setAnswer('child.idKind', 'pnr');
concern.setAnswer('child.personnummer', '12345');
await settle();
concern.next();

// Application: the support step, nothing chosen, "Fortsätt" pressed.
const application = $('#application');
application.edit('stod');
await settle();
application.next();

await settle();
// The steps above moved focus (error summaries take it); a reviewer starts at the top.
deepActive()?.blur();
window.scrollTo(0, 0);
root.dataset.galleryReady = 'true';
