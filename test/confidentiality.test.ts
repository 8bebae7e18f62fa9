import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import '../src/info/confidentiality.js';
import type { SocConfidentiality } from '../src/info/confidentiality.js';
import { AUDIENCES, audienceContent, type Audience } from '../src/info/confidentiality-content.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind, axFindAll } from './helpers/a11y.js';
import { CDP, DRIVER, engine, itChromium, itExcept } from './helpers/engine.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/ ([,:])/g, '$1').trim();
const root = (el: SocConfidentiality) => el.shadowRoot!;
const details = (el: SocConfidentiality) => [...root(el).querySelectorAll('details')];
const radios = (el: SocConfidentiality) => [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
/** Rendered text (closed disclosures' content is not rendered). */
const seen = (el: Element) => clean((el as HTMLElement).innerText);
const headings = async () => (await axFindAll((n) => n.role === 'heading')).map((n) => `${n.level} ${clean(n.name)}`);
const openAll = async (el: SocConfidentiality) => {
  for (const d of details(el)) d.open = true;
  await el.updateComplete;
};
/** All text of an audience, in the active locale, from the content module. */
const allText = (a: Audience) => {
  const c = audienceContent(a);
  const parts = [c.heading, c.intro, ...c.sections.flatMap((s) => [s.summary, ...s.body, s.law ?? '']), c.urgent ?? ''];
  // A summary without a full stop ("Om en vuxen är orolig för dig") is a sentence of its own.
  return parts.filter(Boolean).map((p) => (/[.?!]$/.test(p) ? p : `${p}.`)).join(' ');
};
const sentences = (text: string) => text.split(/(?<=[.?!])\s+/).filter((s) => /\w/.test(s));
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Law references allowed in the copy: only those verified in domain.md. */
const VERIFIED = [
  'offentlighets- och sekretesslagen (2009:400) 26 kap. 1 §',
  'offentlighets- och sekretesslagen (2009:400) 12 kap. 3 §',
  'offentlighets- och sekretesslagen (2009:400) 26 kap. 5 §',
  'socialtjänstlagen (2025:400) 20 kap. 2 §',
];

describe('<soc-confidentiality>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (engine === 'chromium') {
      if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
      await emulateMedia({ media: 'screen' });
    }
  });

  itChromium(CDP.axTree, 'without audience asks "Vem är du?" with four native radios and shows no texts yet', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality></soc-confidentiality>`);
    expect(await headings()).to.deep.equal(['2 Sekretess hos socialtjänsten']);
    const group = await axFind((n) => n.role === 'group' && n.name === 'Vem är du?');
    expect(group).to.not.equal(null);
    expect((await axFindAll((n) => n.role === 'radio')).map((n) => n.name)).to.deep.equal([
      'Jag är förälder eller vårdnadshavare',
      'Jag är barn eller ung',
      'Jag vill anmäla oro för ett barn',
      'Jag har anmälningsplikt',
    ]);
    expect(details(el).length).to.equal(0);
    // An audience the element does not know leaves the choice to the reader.
    el.setAttribute('audience', 'alla');
    await el.updateComplete;
    expect(radios(el).length).to.equal(4);
  });

  itChromium(CDP.axTree, 'lets the reader choose with the keyboard; focus stays on the radio and a status says what is shown', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality></soc-confidentiality>`);
    const before = document.createElement('button');
    before.textContent = 'före';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(radios(el)[0]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.shownAudience).to.equal('guardian');
    expect(root(el).activeElement).to.equal(radios(el)[0]);
    expect(await headings()).to.deep.equal(['2 Sekretess hos socialtjänsten', '3 För dig som är förälder eller vårdnadshavare']);
    expect(clean(root(el).querySelector('[role=status]')!.textContent)).to.equal('Visar: För dig som är förälder eller vårdnadshavare');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shownAudience).to.equal('child');
    expect(root(el).activeElement).to.equal(radios(el)[1]);
    expect((await headings())[1]).to.equal('3 För dig som är barn eller ung');
    // The attribute is the page's setting; the reader's choice does not change it.
    expect(el.hasAttribute('audience')).to.be.false;
    // Tab goes on from the chosen radio into the first disclosure; Enter opens it.
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(details(el)[0]!.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(details(el)[0]!.open).to.be.true;
    expect(seen(details(el)[0]!)).to.contain('Sekretess betyder att något ska hållas hemligt.');
    before.remove();
  });

  itChromium(CDP.axTree, 'with audience shows no chooser, only that reader’s texts as closed disclosures', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="reporter"></soc-confidentiality>`);
    expect(root(el).querySelector('fieldset')).to.equal(null);
    expect(await headings()).to.deep.equal(['2 Sekretess hos socialtjänsten']);
    const summaries = details(el).map((d) => clean(d.querySelector('summary')!.textContent));
    expect(summaries).to.deep.equal([
      'Kan jag vara anonym?',
      'Vad händer om jag säger mitt namn?',
      'Vad händer med anmälan?',
      'Ska jag berätta för familjen att jag anmäler?',
      'Vad betyder sekretess?',
    ]);
    expect(details(el).every((d) => !d.open)).to.be.true;
    expect(seen(details(el)[0]!)).to.equal('Kan jag vara anonym?');
    const buttons = await axFindAll((n) => n.name === 'Kan jag vara anonym?');
    expect(buttons.length).to.be.greaterThan(0);
  });

  it('tells reporters that anonymity needs nothing that identifies them and cannot be promised once named', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="reporter"></soc-confidentiality>`);
    await openAll(el);
    const text = seen(root(el).querySelector('.content')!);
    expect(text).to.contain('inte heller i texten');
    expect(text).to.contain('Ett mejl är inte anonymt');
    expect(text).to.contain('familjen oftast få veta det');
    expect(text).to.contain('ingen kan lova att ditt namn hålls hemligt');
    expect(text).to.contain('Inom 14 dagar');
    expect(text).to.contain('Ring 112');
  });

  it('tells guardians what they may know, the child’s growing say, and when information is shared', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="guardian"></soc-confidentiality>`);
    await openAll(el);
    const text = seen(root(el).querySelector('.content')!);
    expect(text).to.contain('Som vårdnadshavare får du oftast veta');
    expect(text).to.contain('Ju äldre barnet är');
    expect(text).to.contain('när en lag tillåter det');
    expect(text).to.contain('samtycke');
    expect(text).to.contain('12 kap. 3 §');
  });

  it('tells professionals they cannot be anonymous and what feedback they can get', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="professional"></soc-confidentiality>`);
    await openAll(el);
    const text = seen(root(el).querySelector('.content')!);
    expect(text).to.contain('Nej. När du har anmälningsplikt ska du berätta vem du är');
    expect(text).to.contain('Du kan få veta om de har startat en utredning eller inte, eller om det redan pågår en.');
  });

  it('says who has the duty to report, so that others (a sports coach) know they may stay anonymous', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="professional"></soc-confidentiality>`);
    await openAll(el);
    const text = seen(root(el).querySelector('.content')!);
    for (const named of ['skola, förskola', 'hälso- och sjukvård', 'socialtjänst', 'polis', 'kriminalvård', 'privata verksamheter']) expect(text).to.contain(named);
    expect(text).to.contain('till exempel en tränare i en förening, kan vara anonym');
    for (const a of AUDIENCES) expect(allText(a), a).to.not.match(/i (ditt|mitt) arbete/);
  });

  it('promises no more anonymity than the reporter can get: nothing in the report may identify them, and the website may keep an IP address', async () => {
    const reporter = allText('reporter');
    expect(reporter).to.not.contain('ingen vet vem du är');
    expect(reporter).to.contain('du är bara anonym om inget i anmälan visar vem du är');
    expect(reporter).to.contain('det du berättar kan visa vem du är');
    expect(reporter).to.contain('Webbplatsen kan också spara tekniska uppgifter om din uppkoppling, till exempel en IP-adress.');
    // Guardians are not told that an anonymous reporter is surely unknown.
    expect(allText('guardian')).to.contain('vet socialtjänsten oftast inte heller vem det är');
  });

  it('says what happens once a report is read, never that it is read or assessed "direkt" or "samma dag"', () => {
    for (const a of AUDIENCES) {
      const text = allText(a);
      expect(text, a).to.not.match(/\bdirekt\b/i);
      expect(text, a).to.not.match(/samma dag/i);
    }
    for (const a of ['reporter', 'professional'] as const) {
      expect(allText(a)).to.contain('När socialtjänsten läser en anmälan tittar de först på en sak: är barnet i fara');
      expect(allText(a)).to.contain('Det kan ta tid innan någon läser en anmälan som du skickar på webben');
    }
  });

  itChromium(CDP.axTree, 'uses short sentences and explains words for children, with no law paragraphs', async () => {
    await fixture<SocConfidentiality>(html`<soc-confidentiality audience="child"></soc-confidentiality>`);
    expect(await headings()).to.deep.equal(['2 Vad får socialtjänsten berätta om dig?']);
    const child = sentences(allText('child'));
    const adult = sentences(allText('guardian'));
    const mean = (xs: string[]) => xs.reduce((n, s) => n + words(s), 0) / xs.length;
    expect(Math.max(...child.map(words))).to.be.at.most(15);
    expect(mean(child)).to.be.below(10);
    expect(mean(child)).to.be.below(mean(adult));
    const text = allText('child');
    expect(text).to.contain('Sekretess betyder att något ska hållas hemligt.');
    expect(text).to.contain('Vårdnadshavare är de vuxna som bestämmer över dig.');
    expect(text).to.contain('Det kallas orosanmälan.');
    expect(text).to.not.contain('§');
  });

  it('cites only the law references verified in domain.md', () => {
    for (const a of AUDIENCES) {
      const text = allText(a);
      const refs = text.match(/[a-zåäö \-]+lagen \(\d{4}:\d+\) \d+ kap\. \d+ §/g) ?? [];
      expect(refs.length, a).to.equal((text.match(/§/g) ?? []).length);
      for (const ref of refs) expect(VERIFIED.some((v) => ref.trim().endsWith(v)), ref).to.be.true;
    }
  });

  itChromium(CDP.axTree, 'follows heading-level for its heading and the chosen reader’s heading', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality heading-level="3" heading="Vem får veta vad?"></soc-confidentiality>`);
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(await headings()).to.deep.equal(['3 Vem får veta vad?', '4 För dig som vill anmäla oro för ett barn']);
  });

  it('is accessible in every state in sv, en and ar', async () => {
    const headingTexts: Record<string, string> = {};
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const el = await fixture<SocConfidentiality>(html`<soc-confidentiality></soc-confidentiality>`);
      await expect(el).to.be.accessible();
      headingTexts[lang] = clean(root(el).querySelector('[part~="heading"]')!.textContent);
      for (const r of radios(el)) {
        r.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      for (const a of AUDIENCES) {
        el.audience = a;
        await el.updateComplete;
        await expect(el).to.be.accessible();
        await openAll(el);
        await expect(el).to.be.accessible();
      }
    }
    expect(headingTexts.sv).to.equal('Sekretess hos socialtjänsten');
    expect(headingTexts.en).to.equal('Confidentiality (sekretess) at social services');
    expect(headingTexts.ar).to.match(/[\u0600-\u06FF]/);
  });

  it('puts the answer bar on the start side in right-to-left', async () => {
    await setLocale('ar', 'rtl');
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="guardian"></soc-confidentiality>`);
    await openAll(el);
    const answer = getComputedStyle(root(el).querySelector('.answer')!);
    expect(answer.borderRightWidth).to.equal('4px');
    expect(answer.borderLeftWidth).to.equal('0px');
    expect(seen(details(el)[0]!.querySelector('summary')!)).to.match(/[\u0600-\u06FF]/);
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 px with every disclosure open', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality></soc-confidentiality>`);
    radios(el)[3]!.click();
    await el.updateComplete;
    await openAll(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of root(el).querySelectorAll('*')) {
      if (node.matches('.visually-hidden, .visually-hidden *')) continue;
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(321);
    }
  });

  itChromium(CDP.forcedColors, 'keeps the questions and bars visible in forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="guardian"></soc-confidentiality>`);
    await openAll(el);
    const summary = getComputedStyle(details(el)[0]!.querySelector('summary')!);
    expect(summary.textDecorationLine).to.equal('underline');
    const answer = getComputedStyle(root(el).querySelector('.answer')!);
    expect(answer.borderInlineStartStyle).to.equal('solid');
    expect(answer.borderInlineStartColor).to.equal(getComputedStyle(root(el).querySelector('.answer p')!).color);
  });

  itChromium(CDP.print, 'prints every answer open and leaves the chooser out', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality></soc-confidentiality>`);
    radios(el)[0]!.click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(details(el)[0]!.open).to.be.false;
    expect(seen(details(el)[0]!)).to.contain('Sekretess betyder');
    expect(root(el).querySelector<HTMLElement>('fieldset')!.getClientRects().length).to.equal(0);
  });

  it('shows slotted content after the texts', async () => {
    const el = await fixture<SocConfidentiality>(html`<soc-confidentiality audience="child"
      ><p>Ring socialtjänsten på 019-21 30 00.</p></soc-confidentiality
    >`);
    const p = el.querySelector('p')!;
    expect(p.assignedSlot).to.not.equal(null);
    expect(p.getBoundingClientRect().top).to.be.greaterThan(details(el).at(-1)!.getBoundingClientRect().top);
  });
});
