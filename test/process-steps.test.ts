import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import '../src/info/process-steps.js';
import type { SocProcessSteps } from '../src/info/process-steps.js';
import { applicationProcess, stepIds, stepStates } from '../src/info/process-data.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFindAll, type AXNode } from './helpers/a11y.js';
import { CDP, DRIVER, engine, itChromium, itExcept } from './helpers/engine.js';

const APPLICATION_IDS = [
  'ansokan',
  'utredning',
  'bedomning',
  'beviljas',
  'genomforande',
  'uppfoljning',
  'tillgodosett',
  'avslut',
  'avslag',
  'overklagande',
  'avslut-nej',
];

// Chrome puts a space before the visually hidden ", " / ": " in names; a screen reader ignores it.
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/ ([,:])/g, '$1').trim();
const steps = (el: SocProcessSteps) => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('li.step')];
const headingOf = (li: Element) => clean(li.querySelector('.step-heading')?.textContent);
/** What a sighted reader sees of an element: its rendered text (no hidden text, no closed details). */
const seen = (el: Element) => clean((el as HTMLElement).innerText);
const headings = async () =>
  (await axFindAll((n) => n.role === 'heading')).map((n: AXNode) => `${n.level} ${clean(n.name)}`);

describe('<soc-process-steps>', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (engine === 'chromium') {
      if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
      await emulateMedia({ media: 'screen' });
    }
  });

  describe('data', () => {
    it('has the step ids of DESIGN.md, in reading order', () => {
      expect(stepIds(applicationProcess().steps)).to.deep.equal(APPLICATION_IDS);
    });

    it('marks the steps on the way to the current one as done, the other branch not', () => {
      const states = stepStates(applicationProcess().steps, 'overklagande');
      expect([...states].filter(([, s]) => s === 'done').map(([id]) => id)).to.deep.equal([
        'ansokan',
        'utredning',
        'bedomning',
        'avslag',
      ]);
      expect(states.get('overklagande')).to.equal('current');
      expect(states.get('beviljas')).to.equal('upcoming');
      expect([...stepStates(applicationProcess().steps, 'okänt').values()]).to.not.include('done');
      // A custom step without step-id is never "current" just because `current` is empty too.
      const noIds = [{ id: '', heading: 'A', body: [] }];
      expect(stepStates(noIds, '').get('')).to.equal('upcoming');
    });
  });

  itChromium(CDP.axTree, 'is an ordered list with headings; the yes and no outcomes are two nested lists under headings', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps></soc-process-steps>`);
    expect(await headings()).to.deep.equal([
      '2 Så går det till när du ansöker om stöd',
      '3 Du ansöker om stöd',
      '3 Socialtjänsten utreder',
      '3 Socialtjänsten bedömer om ni behöver stöd',
      '4 Om socialtjänsten säger ja',
      '5 Du får stöd',
      '5 Stödet börjar',
      '5 Socialtjänsten följer upp',
      '5 Målen är nådda',
      '5 Ärendet avslutas',
      '4 Om socialtjänsten säger nej',
      '5 Du får avslag',
      '5 Du kan överklaga',
      '5 Ärendet avslutas',
    ]);
    const root = el.shadowRoot!;
    const main = root.querySelector('ol')!;
    expect(main.children.length).to.equal(3);
    const nested = [...main.lastElementChild!.querySelectorAll('ol')];
    expect(nested.map((ol) => [ol.start, ol.children.length])).to.deep.equal([
      [4, 5],
      [4, 3],
    ]);
    // The numbers a reader sees and hears continue into each outcome.
    const lists = await axFindAll((n) => n.role === 'list');
    expect(lists.length).to.equal(3);
    const items = await axFindAll((n) => n.role === 'listitem');
    const firstText = (n: AXNode): string =>
      n.role === 'StaticText' ? n.name : (n.children ?? []).map(firstText).find(Boolean) ?? '';
    expect(items.map(firstText)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '4', '5', '6']);
  });

  it('says that the investigation takes at most 4 months', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps></soc-process-steps>`);
    expect(seen(steps(el)[1]!)).to.contain('inom 4 månader');
  });

  itChromium(CDP.axTree, 'marks the current step with aria-current and "Du är här", and earlier steps "Klart"', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps current="uppfoljning"></soc-process-steps>`);
    const all = steps(el);
    const current = all.filter((li) => li.getAttribute('aria-current') === 'step');
    expect(current.map(headingOf)).to.deep.equal(['Socialtjänsten följer upp, Du är här']);
    expect(seen(current[0]!.querySelector('.step-heading')!)).to.contain('Du är här');
    const done = all.filter((li) => seen(li.querySelector('.step-heading')!).includes('Klart'));
    expect(done.length).to.equal(5);
    expect(all.filter((li) => li.classList.contains('done')).length).to.equal(5);
    // The heading a screen reader lists says it too.
    expect(await headings()).to.include('5 Socialtjänsten följer upp, Du är här');
    // No step is marked for an unknown id.
    el.current = 'finns-inte';
    await el.updateComplete;
    expect(steps(el).some((li) => li.hasAttribute('aria-current'))).to.be.false;
  });

  itChromium(CDP.axTree, 'follows heading-level, and never goes below h6', async () => {
    await fixture(html`<soc-process-steps heading-level="4" heading="Så går det till"></soc-process-steps>`);
    const levels = await headings();
    expect(levels[0]).to.equal('4 Så går det till');
    expect(levels[1]).to.equal('5 Du ansöker om stöd');
    expect(levels[4]).to.equal('6 Om socialtjänsten säger ja');
    expect(levels[5]).to.equal('6 Du får stöd');
  });

  itChromium(CDP.axTree, 'shows the concern-report path with its 14 days and only the verified law reference', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps variant="concern"></soc-process-steps>`);
    const names = await headings();
    expect(names.slice(0, 4)).to.deep.equal([
      '2 Så går det till efter en orosanmälan',
      '3 Någon anmäler sin oro för ett barn',
      '3 Först: är barnet i fara?',
      '3 Socialtjänsten bestämmer om de ska utreda',
    ]);
    expect(names).to.include('4 Om det blir en utredning');
    expect(names).to.include('4 Om det inte blir någon utredning');
    const text = seen(el.shadowRoot!.querySelector('.process')!);
    expect(text).to.contain('Det kallas skyddsbedömning.');
    expect(text).to.contain('Inom 14 dagar');
    expect(text).to.contain('socialtjänstlagen (2025:400) 20 kap. 2 §');
    expect(text.match(/§/g)!.length).to.equal(1);
  });

  it('the concern path promises no time for reading a report ("direkt", "samma dag") and names who has the duty to report', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps variant="concern"></soc-process-steps>`);
    const text = seen(el.shadowRoot!.querySelector('.process')!);
    expect(text).to.not.match(/\bdirekt\b/i);
    expect(text).to.not.match(/samma dag/i);
    expect(text).to.contain('När socialtjänsten läser en anmälan tittar de först på en sak: är barnet i fara');
    expect(text).to.contain('Det kan ta tid innan någon läser en anmälan som du skickar på webben. På kvällar och helger kan det dröja. Är ett barn i fara, ring 112.');
    expect(text).to.contain('Den som har anmälningsplikt måste anmäla');
    expect(text).to.not.contain('Den som arbetar med barn');
  });

  itChromium(CDP.axTree, 'uses soc-process-step children instead of the default, with their bodies and current', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps current="mote">
      <soc-process-step step-id="kontakt" heading="Du kontaktar oss"><p>Ring eller skriv.</p></soc-process-step>
      <soc-process-step step-id="mote" heading="Vi träffas"><p>Vi bokar en tid som passar dig.</p></soc-process-step>
      <soc-process-step step-id="plan" heading="Vi gör en plan"><p>Tillsammans.</p></soc-process-step>
    </soc-process-steps>`);
    expect(steps(el).map(headingOf)).to.deep.equal(['Du kontaktar oss, Klart', 'Vi träffas, Du är här', 'Vi gör en plan']);
    // The child's content shows inside its own step.
    const mote = el.querySelector('soc-process-step[step-id=mote]')!;
    expect(mote.assignedSlot?.closest('li')).to.equal(steps(el)[1]);
    expect(seen(mote)).to.equal('Vi bokar en tid som passar dig.');
    expect(mote.getBoundingClientRect().height).to.be.greaterThan(0);
    expect((await headings())[0]).to.equal('2 Så går det till');
    // Adding a step or changing a heading shows at once.
    const extra = document.createElement('soc-process-step');
    extra.setAttribute('step-id', 'klart');
    extra.setAttribute('heading', 'Vi följer upp');
    extra.textContent = 'Efter en månad.';
    el.append(extra);
    el.querySelector('soc-process-step')!.heading = 'Du hör av dig';
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(steps(el).map(headingOf)).to.deep.equal([
      'Du hör av dig, Klart',
      'Vi träffas, Du är här',
      'Vi gör en plan',
      'Vi följer upp',
    ]);
    expect(extra.assignedSlot?.closest('li')).to.equal(steps(el)[3]);
    expect(seen(extra)).to.equal('Efter en månad.');
  });

  itChromium(CDP.axTree, 'in compact mode hides each text behind "Läs mer", opens with the keyboard, current step open', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps compact current="utredning"></soc-process-steps>`);
    const details = [...el.shadowRoot!.querySelectorAll('details')];
    expect(details.length).to.equal(11);
    expect(details.map((d) => d.open)).to.deep.equal([false, true, ...Array(9).fill(false)]);
    expect(seen(steps(el)[0]!)).to.not.contain('ringa');
    const summaries = await axFindAll((n) => n.name?.startsWith('Läs mer'));
    expect(clean(summaries[0]!.name)).to.equal('Läs mer: Du ansöker om stöd');
    const before = document.createElement('button');
    before.textContent = 'före';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(details[0]!.querySelector('summary'));
    await sendKeys({ press: 'Enter' });
    expect(details[0]!.open).to.be.true;
    expect(seen(steps(el)[0]!)).to.contain('ringa');
    before.remove();
  });

  it('is accessible in every state in sv, en and ar', async () => {
    const texts: Record<string, string> = {};
    for (const { lang, dir } of LOCALES) {
      await setLocale(lang, dir);
      const el = await fixture<SocProcessSteps>(html`<soc-process-steps></soc-process-steps>`);
      await expect(el).to.be.accessible();
      texts[lang] = clean(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent);
      for (const current of ['ansokan', 'bedomning', 'tillgodosett', 'avslut-nej']) {
        el.current = current;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      el.compact = true;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.variant = 'concern';
      el.current = 'forhandsbedomning';
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.compact = false;
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const custom = await fixture<SocProcessSteps>(html`<soc-process-steps current="b" compact>
        <soc-process-step step-id="a" heading="A"><p>Ett</p></soc-process-step>
        <soc-process-step step-id="b" heading="B"><p>Två</p></soc-process-step>
      </soc-process-steps>`);
      await expect(custom).to.be.accessible();
    }
    expect(texts.sv).to.equal('Så går det till när du ansöker om stöd');
    expect(texts.en).to.equal('How applying for support works');
    expect(texts.ar).to.match(/[\u0600-\u06FF]/);
  });

  it('translates the status labels and keeps the number circle at the start side in right-to-left', async () => {
    await setLocale('ar', 'rtl');
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps current="utredning"></soc-process-steps>`);
    const li = steps(el)[1]!;
    expect(getComputedStyle(li).paddingRight).to.equal('48px');
    expect(getComputedStyle(li).paddingLeft).to.equal('0px');
    expect(seen(li.querySelector('.status')!)).to.not.equal('Du är här');
    expect(seen(li.querySelector('.status')!)).to.match(/[\u0600-\u06FF]/);
  });

  itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 px with the outcomes under each other, side by side when wide', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps current="uppfoljning" compact></soc-process-steps>`);
    for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const [yes, no] = [...el.shadowRoot!.querySelectorAll('.branch')].map((b) => b.getBoundingClientRect());
    expect(no!.top).to.be.greaterThan(yes!.bottom - 1);
    for (const node of el.shadowRoot!.querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(321);
    }
    await setViewport({ width: 1200, height: 800 });
    await el.updateComplete;
    const [yes2, no2] = [...el.shadowRoot!.querySelectorAll('.branch')].map((b) => b.getBoundingClientRect());
    expect(no2!.top).to.equal(yes2!.top);
  });

  itChromium(CDP.forcedColors, 'keeps the current-step marker visible in forced colours: text and border, not colour alone', async () => {
    await executeServerCommand('forced-colors', { active: true });
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps current="utredning"></soc-process-steps>`);
    const status = el.shadowRoot!.querySelector<HTMLElement>('.status.current')!;
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    expect(seen(status)).to.equal('Du är här');
    const style = getComputedStyle(status);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(2);
    expect(style.backgroundColor).to.not.equal(style.color);
    const circle = getComputedStyle(steps(el)[1]!, '::before');
    expect(circle.outlineStyle).to.equal('solid');
  });

  itChromium(CDP.print, 'prints every step open, without "Läs mer" and without backgrounds', async () => {
    const el = await fixture<SocProcessSteps>(html`<soc-process-steps compact current="utredning"></soc-process-steps>`);
    await emulateMedia({ media: 'print' });
    const first = steps(el)[0]!;
    expect(first.querySelector('details')!.open).to.be.false;
    expect(seen(first)).to.contain('ringa');
    expect(seen(first)).to.not.contain('Läs mer');
    const status = el.shadowRoot!.querySelector<HTMLElement>('.status.current')!;
    expect(getComputedStyle(status).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(steps(el)[1]!, '::before').backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    // Browsers without ::details-content: the details open for printing and close afterwards.
    window.dispatchEvent(new Event('beforeprint'));
    expect(first.querySelector('details')!.open).to.be.true;
    window.dispatchEvent(new Event('afterprint'));
    expect(first.querySelector('details')!.open).to.be.false;
    expect(steps(el)[1]!.querySelector('details')!.open).to.be.true;
  });

  it('links its appeal step to the soc-appeal-guide named by appeal-guide; without it, no link', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <soc-process-steps appeal-guide="overklaga"></soc-process-steps>
      <div style="block-size: 200vh"></div>
      <soc-appeal-guide id="overklaga"></soc-appeal-guide>
    </div>`);
    await import('../src/info/appeal-guide.js');
    const el = root.querySelector('soc-process-steps')!;
    await el.updateComplete;
    const appeal = steps(el).find((li) => headingOf(li) === 'Du kan överklaga')!;
    const link = appeal.querySelector<HTMLAnchorElement>('a')!;
    expect(clean(link.textContent)).to.equal('Så överklagar du');
    expect(link.getAttribute('href')).to.equal('#overklaga');
    expect(el.shadowRoot!.querySelectorAll('a').length, 'one link, on the appeal step only').to.equal(1);
    // With the keyboard: focus the link, Enter, and the page goes to the guide.
    const before = location.hash;
    try {
      link.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((r) => setTimeout(r, 100));
      expect(location.hash).to.equal('#overklaga');
      expect(root.querySelector('soc-appeal-guide')!.getBoundingClientRect().top).to.be.below(innerHeight);
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
      scrollTo(0, 0);
    }
    el.removeAttribute('appeal-guide');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
  });
});
