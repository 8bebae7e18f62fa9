import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import '../src/info/placement-info.js';
import type { SocPlacementInfo } from '../src/info/placement-info.js';
import { PLACEMENT_AUDIENCES, placementContent, type PlacementAudience } from '../src/info/placement-content.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind, axFindAll } from './helpers/a11y.js';
import { CDP, DRIVER, engine, itChromium, itExcept } from './helpers/engine.js';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/ ([,:.])/g, '$1').trim();
const root = (el: SocPlacementInfo) => el.shadowRoot!;
const details = (el: SocPlacementInfo) => [...root(el).querySelectorAll('details')];
const summaries = (el: SocPlacementInfo) => details(el).map((d) => d.querySelector('summary')!);
const radios = (el: SocPlacementInfo) => [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio]')];
/** Rendered text (closed disclosures' content is not rendered). */
const seen = (el: Element) => clean((el as HTMLElement).innerText);
const headings = async () => (await axFindAll((n) => n.role === 'heading')).map((n) => `${n.level} ${clean(n.name)}`);
const openAll = async (el: SocPlacementInfo) => {
  for (const d of details(el)) d.open = true;
  await el.updateComplete;
};
/** Every text an audience reads, in the active locale, as sentences. */
const allText = (a: PlacementAudience) => {
  const c = placementContent(a);
  const parts = [c.heading, c.intro, ...c.sections.flatMap((s) => [s.summary, ...s.body.flat(), s.law ?? '']), `${c.more.text} ${c.more.link}.`, c.urgent];
  // A summary without a full stop ("Vad är LVU?" has one; "Frivillig placering" has not) is a sentence of its own.
  return parts.filter(Boolean).map((p) => (/[.?!:]$/.test(p) ? p : `${p}.`)).join(' ');
};
/**
 * LIX (läsbarhetsindex): words per sentence plus the share of long words (more than six letters)
 * in per cent. Sentences end with . : ? or !.
 */
const lix = (text: string) => {
  const words = text.match(/[\p{L}\d-]+/gu) ?? [];
  const sentences = (text.match(/[.:?!](\s|$)/g) ?? []).length;
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 6).length;
  return words.length / sentences + (100 * long) / words.length;
};

/** Law references allowed in the copy: only the LVU paragraphs domain.md §8.5 gives. */
const VERIFIED = ['2 § LVU', '3 § LVU', '6 § LVU', '13 § LVU', '14 § LVU'];

describe('<soc-placement-info>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (engine === 'chromium') {
      await executeServerCommand('forced-colors', { active: false });
      await emulateMedia({ media: 'screen' });
    }
  });

  itChromium(CDP.axTree, 'without audience asks "Vem är du?" with three native radios and shows no texts yet', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info></soc-placement-info>`);
    expect(await headings()).to.deep.equal(['2 Om barnet inte kan bo hemma']);
    expect(await axFind((n) => n.role === 'group' && n.name === 'Vem är du?')).to.not.equal(null);
    expect((await axFindAll((n) => n.role === 'radio')).map((n) => n.name)).to.deep.equal([
      'Jag är förälder eller vårdnadshavare',
      'Jag är barn eller ung',
      'Jag arbetar med barn och unga',
    ]);
    expect(details(el).length).to.equal(0);
    el.setAttribute('audience', 'reporter');
    await el.updateComplete;
    expect(radios(el).length, 'an audience it does not know leaves the choice to the reader').to.equal(3);
  });

  it('lets the reader choose with the keyboard alone; focus stays on the radio and a status says what is shown', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info></soc-placement-info>`);
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
    expect(clean(root(el).querySelector('[role=status]')!.textContent)).to.equal('Visar: För dig som är förälder eller vårdnadshavare');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.shownAudience).to.equal('child');
    expect(root(el).activeElement).to.equal(radios(el)[1]);
    expect(el.hasAttribute('audience'), 'the reader’s choice does not change the page’s attribute').to.be.false;
    before.remove();
  });

  it('opens and closes each disclosure with Enter and Space, in document order with Tab', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="child"></soc-placement-info>`);
    const before = document.createElement('button');
    before.textContent = 'före';
    el.before(before);
    before.focus();
    for (const [i, summary] of summaries(el).entries()) {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement, `Tab ${i + 1}`).to.equal(summary);
    }
    // Then the "Läs mer" link.
    await sendKeys({ press: 'Tab' });
    expect(clean(root(el).activeElement?.textContent)).to.equal('Koll på soc');
    // Back to the first question with Shift+Tab.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < details(el).length; i++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    const first = details(el)[0]!;
    expect(root(el).activeElement).to.equal(first.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(first.open).to.be.true;
    expect(seen(first)).to.contain('Först ska soc försöka hjälpa dig och din familj hemma.');
    await sendKeys({ press: 'Enter' });
    expect(first.open).to.be.false;
    await sendKeys({ press: ' ' });
    expect(first.open).to.be.true;
    await sendKeys({ press: ' ' });
    expect(first.open).to.be.false;
    before.remove();
  });

  itChromium(CDP.axTree, 'names each question and says whether it is expanded', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="guardian"></soc-placement-info>`);
    const name = 'Vad är LVU?';
    const node = async () => axFind((n) => n.name === name && n.expanded !== undefined);
    expect((await node())?.expanded).to.equal(false);
    details(el).find((d) => d.dataset['section'] === 'lvu')!.open = true;
    expect((await node())?.expanded).to.equal(true);
    expect(await headings()).to.deep.equal(['2 Om ditt barn inte kan bo hemma']);
    const link = await axFind((n) => n.role === 'link' && n.name === 'Socialstyrelsen');
    expect(link).to.not.equal(null);
  });

  it('tells guardians: home first, consent, the three LVU conditions, who decides, support, rights, contact, the way home', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="guardian"></soc-placement-info>`);
    await openAll(el);
    const text = seen(root(el).querySelector('.content')!);
    for (const fact of [
      'Målet är alltid att barn ska få bo hemma.',
      'I första hand ska det bli bättre hemma.',
      'Det kallas samtycke.',
      'Om barnet har fyllt 15 år måste barnet också säga ja.',
      'missförhållande, i hemmet eller i barnets eget beteende',
      'påtaglig risk',
      'Vården kan inte ges frivilligt.',
      'Det är socialnämnden som ansöker om vård. Förvaltningsrätten, som är en domstol, beslutar.',
      'bestämmer socialtjänsten var barnet ska bo',
      'omedelbart omhändertagande',
      'Familjehem',
      'Jourhem',
      'HVB',
      'Stödboende: för unga mellan 16 och 20 år.',
      'SiS',
      'Du har rätt till stöd från socialtjänsten',
      'offentligt biträde',
      'Staten betalar.',
      'Du har rätt till tolk.',
      'Barn som har fyllt 15 år får själva föra sin talan och överklaga.',
      'begränsa umgänget',
      'hemlig vistelseort',
      'minst var sjätte månad',
      'Målet är att barnet ska kunna bo hemma igen när det går.',
      'Ring 112',
    ])
      expect(text).to.contain(fact);
    const more = root(el).querySelector<HTMLAnchorElement>('[part=more] a')!;
    expect(more.href).to.match(/^https:\/\/www\.socialstyrelsen\.se\//);
  });

  it('tells professionals the law paragraphs domain.md gives, and the 2022 rules on ending care', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="professional"></soc-placement-info>`);
    await openAll(el);
    const text = seen(root(el).querySelector('.content')!);
    for (const fact of ['2 § LVU', '6 § LVU', '13 § LVU', '14 § LVU', 'Sedan 1 juli 2022', 'genomgripande och varaktigt', 'två år i samma familjehem', 'Föräldrarna har rätt till tolk.', 'särskilda skäl'])
      expect(text).to.contain(fact);
  });

  it('cites only the LVU paragraphs of domain.md, and no proposal as law', () => {
    for (const a of PLACEMENT_AUDIENCES) {
      const text = allText(a);
      const refs = text.match(/\d+ § LVU/g) ?? [];
      expect(refs.length, a).to.equal((text.match(/§/g) ?? []).length);
      for (const ref of refs) expect(VERIFIED, ref).to.include(ref);
      expect(text, a).to.not.match(/2025|2027|heder|kriminalitet/i);
    }
  });

  itChromium(CDP.axTree, 'speaks to children in short sentences and common words (LIX at most 25), with no law paragraphs', async () => {
    await fixture<SocPlacementInfo>(html`<soc-placement-info audience="child"></soc-placement-info>`);
    expect(await headings()).to.deep.equal(['2 Om du inte kan bo hemma']);
    const child = allText('child');
    expect(lix(child), `LIX ${lix(child).toFixed(1)}`).to.be.at.most(25);
    for (const a of ['guardian', 'professional'] as const) expect(lix(allText(a)), `${a}: LIX ${lix(allText(a)).toFixed(1)}`).to.be.at.most(30);
    expect(child).to.not.contain('§');
    expect(child).to.contain('Det är de vuxna som bestämmer över dig.');
    expect(child).to.contain('Det kallas offentligt biträde. Det kostar inget för dig.');
    expect(child).to.contain('Målet är att du ska få bo hemma igen när det går.');
  });

  it('links children to Koll på soc; the page can replace the "Läs mer" line through the more slot', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="child"></soc-placement-info>`);
    expect(root(el).querySelector<HTMLAnchorElement>('[part=more] a')!.href).to.equal('https://kollpasoc.se/');
    const own = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="child"
      ><span slot="more">Fråga skolkuratorn eller läs på <a href="https://kollpasoc.se/">kollpasoc.se</a>.</span></soc-placement-info
    >`);
    const more = root(own).querySelector('[part=more]')!;
    expect(more.querySelector('slot')!.assignedElements()).to.have.length(1);
    expect(seen(own.querySelector('[slot=more]')!)).to.equal('Fråga skolkuratorn eller läs på kollpasoc.se.');
    expect(more.querySelector('a')!.getClientRects().length, 'the default link is not shown').to.equal(0);
  });

  itChromium(CDP.axTree, 'follows heading-level for its heading and the chosen reader’s heading', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info heading-level="3" heading="När ett barn behöver flytta"></soc-placement-info>`);
    radios(el)[2]!.click();
    await el.updateComplete;
    expect(await headings()).to.deep.equal(['3 När ett barn behöver flytta', '4 För dig som arbetar med barn och unga']);
  });

  const HEADING: Record<string, RegExp> = { sv: /^Om barnet inte kan bo hemma$/, en: /^If the child cannot live at home$/, ar: /[\u0600-\u06FF]/ };
  // One test per language and reader (three axe runs each: WebKit on a busy machine needs the time).
  for (const { lang, dir } of LOCALES) {
    for (const [i, a] of PLACEMENT_AUDIENCES.entries()) {
      it(`is accessible in ${lang} for ${a}: the chooser, the chosen texts, the fixed audience with every answer open`, async () => {
        await setLocale(lang, dir);
        const el = await fixture<SocPlacementInfo>(html`<soc-placement-info></soc-placement-info>`);
        await expect(el).to.be.accessible();
        // Exact in sv and en, Arabic script in ar; any other language: translated, not the Swedish.
        expect(clean(root(el).querySelector('[part~="heading"]')!.textContent)).to.match(HEADING[lang] ?? /^(?!Om barnet inte kan bo hemma$).+$/);
        radios(el)[i]!.click();
        await el.updateComplete;
        await expect(el).to.be.accessible();
        el.audience = a;
        await el.updateComplete;
        await openAll(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('puts the answer bar and list bullets on the start side in right-to-left', async () => {
    await setLocale('ar', 'rtl');
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="guardian"></soc-placement-info>`);
    await openAll(el);
    const answer = getComputedStyle(root(el).querySelector('.answer')!);
    expect(answer.borderRightWidth).to.equal('4px');
    expect(answer.borderLeftWidth).to.equal('0px');
    const list = root(el).querySelector('.answer ul')!;
    expect(getComputedStyle(list).paddingRight).to.not.equal('0px');
    expect(seen(summaries(el)[0]!)).to.match(/[\u0600-\u06FF]/);
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 px with every disclosure open', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const a of PLACEMENT_AUDIENCES) {
      const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience=${a}></soc-placement-info>`);
      await openAll(el);
      expect(document.documentElement.scrollWidth, a).to.be.at.most(320);
      for (const node of root(el).querySelectorAll('*')) {
        if (node.matches('.visually-hidden, .visually-hidden *')) continue;
        expect(node.getBoundingClientRect().right, `${a} ${node.localName}`).to.be.at.most(321);
      }
    }
  });

  itChromium(CDP.forcedColors, 'keeps the questions, links and bars visible in forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="guardian"></soc-placement-info>`);
    await openAll(el);
    expect(getComputedStyle(summaries(el)[0]!).textDecorationLine).to.equal('underline');
    const answer = getComputedStyle(root(el).querySelector('.answer')!);
    expect(answer.borderInlineStartStyle).to.equal('solid');
    expect(answer.borderInlineStartColor).to.equal(getComputedStyle(root(el).querySelector('.answer p')!).color);
  });

  itChromium(CDP.print, 'prints every answer open and leaves the chooser out', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info></soc-placement-info>`);
    radios(el)[0]!.click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(details(el)[0]!.open).to.be.false;
    expect(seen(details(el)[0]!)).to.contain('I första hand ska det bli bättre hemma.');
    expect(root(el).querySelector<HTMLElement>('fieldset')!.getClientRects().length).to.equal(0);
    // On paper the "Läs mer" link shows its address.
    expect(getComputedStyle(root(el).querySelector('[part=more] a')!, '::after').content).to.contain('https://www.socialstyrelsen.se/');
  });

  it('shows no child without a slot once upgraded (fallback for a page without script)', async () => {
    const el = await fixture<SocPlacementInfo>(html`<soc-placement-info audience="guardian"
      ><p>Ring socialtjänsten om du har frågor.</p></soc-placement-info
    >`);
    const p = el.querySelector('p')!;
    expect(p.assignedSlot).to.equal(null);
    expect(p.getClientRects().length).to.equal(0);
  });
});
