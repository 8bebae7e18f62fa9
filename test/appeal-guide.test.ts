import { expect, fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/info/appeal-guide.js';
import type { SocAppealGuide } from '../src/info/appeal-guide.js';
import type { SocFormControl } from '../src/fields/form-control.js';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { deepActive } from './helpers/dom.js';
import { tabUntil } from './helpers/keyboard.js';
import { CDP, DRIVER, itChromium, itExcept } from './helpers/engine.js';

/**
 * Every expected last day was counted by hand on the 2026–2027 calendar (domain.md §4.1):
 * received Thu 10 Dec 2026 → Thu 31 Dec nyårsafton, Fri 1 Jan nyårsdagen, Sat 2, Sun 3 → Mon 4 Jan;
 * received Wed 16 Dec 2026 → Wed 6 Jan 2027 trettondedag jul → Thu 7 Jan;
 * received Fri 18 Dec 2026 → Fri 8 Jan 2027, a weekday.
 */
const TODAY = '2026-12-22T10:00:00Z';

let clock: sinon.SinonFakeTimers | undefined;
/** The reader's calendar (the date input's "today" and the element's) at `iso`; only Date is faked. */
function today(iso: string): void {
  clock?.restore();
  clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
}

async function make(attrs = ''): Promise<SocAppealGuide> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div><button id="before">Före</button><soc-appeal-guide id="overklaga" ${attrs}><p class="fallback">Ring oss om du vill överklaga.</p></soc-appeal-guide></div>`,
  );
  const el = wrapper.querySelector('soc-appeal-guide')!;
  await el.updateComplete;
  return el;
}

const root = (el: SocAppealGuide) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const result = (el: SocAppealGuide) => [...root(el).querySelectorAll('[part="result"] p')].map(text).join(' ');
const letter = (el: SocAppealGuide) => root(el).querySelector<HTMLElement>('[part="letter"]')?.textContent ?? '';
const field = <T extends SocFormControl>(el: SocAppealGuide, sel: string) => root(el).querySelector<T>(sel)!;

/** Tabs from the button before the element into the calculator's day box and types the date. */
async function typeReceived(el: SocAppealGuide, d: string, m: string, y: string): Promise<void> {
  (el.parentElement!.querySelector('#before') as HTMLElement).focus();
  await tabUntil((a) => a.id === 'day' && a.getRootNode() === field(el, '#received').shadowRoot, 'the day box');
  for (const [i, part] of [d, m, y].entries()) {
    if (i) await sendKeys({ press: 'Tab' });
    await sendKeys({ type: part });
  }
}

/**
 * Tabs to a button and presses Enter; `done` says when its effect is there (Firefox may activate the
 * button after the key command has returned).
 */
async function pressButton(el: SocAppealGuide, label: string, done?: () => unknown): Promise<void> {
  await tabUntil((a) => a.localName === 'button' && text(a) === label, label);
  await sendKeys({ press: 'Enter' });
  if (done) await waitUntil(done, `after ${label}`, { timeout: 5000 });
  await el.updateComplete;
}
const letterShown = () => () => text(deepActive()) === 'Ditt brev';
const focusIn = (host: Element) => () => deepActive()?.getRootNode() === host.shadowRoot;

describe('<soc-appeal-guide>', () => {
  beforeEach(() => today(TODAY));
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    await setViewport({ width: 800, height: 600 });
  });

  describe('content', () => {
    it('tells the deadline, the letter, where to send it, the help and what happens next, in order', async () => {
      const el = await make();
      const headings = [...root(el).querySelectorAll('h2, h3')].map((h) => `${h.localName} ${text(h)}`);
      expect(headings).to.deep.equal([
        'h2 Så överklagar du ett beslut',
        'h3 När ska överklagandet komma in?',
        'h3 Det här ska stå i överklagandet',
        'h3 Dit skickar du överklagandet',
        'h3 Du kan få hjälp',
        'h3 Det här händer sedan',
        'h3 Skriv ditt överklagande',
      ]);
      const all = text(root(el).querySelector('.guide'));
      expect(all).to.contain('inom 3 veckor från den dag du fick beslutet');
      expect(all).to.contain('inte från dagen då beslutet fattades');
      expect(all).to.contain('midsommarafton, julafton eller nyårsafton, räcker det att överklagandet kommer in nästa vardag');
      expect(all).to.contain('Förvaltningslagen 44 § och lagen (1930:173) om beräkning av lagstadgad tid 2 §');
      expect(all).to.contain('ditt namn, personnummer, adress och telefonnummer');
      expect(all).to.contain('Du kan alltid be din socialsekreterare om hjälp att överklaga.');
      expect(all).to.contain('Det kallas omprövning.');
      expect(all).to.contain('vidare till förvaltningsrätten');
      expect(all).to.contain('Då kan det vara bättre att ansöka på nytt.');
      expect(all).to.contain('Skicka överklagandet till socialtjänsten i din kommun');
      expect(all).to.not.match(/fattades\b.*räknas från/);
    });

    it('names the municipality and its address, and follows heading-level and heading', async () => {
      const el = await make('municipality="Exempelkommun" address="Socialnämnden, Box 100, 100 00 Exempelstad" heading-level="3" heading="Överklaga"');
      expect(text(root(el).querySelector('h3'))).to.equal('Överklaga');
      expect(root(el).querySelectorAll('h4').length).to.be.at.least(6);
      const send = text(root(el).querySelector('.section.send'));
      expect(send).to.contain('Skicka överklagandet till socialtjänsten i Exempelkommun');
      expect(send).to.contain('Adress: Socialnämnden, Box 100, 100 00 Exempelstad');
    });

    it('does not draw its fallback children once upgraded', async () => {
      const el = await make();
      expect(el.querySelector('.fallback')!.getClientRects().length).to.equal(0);
      expect(text(root(el).querySelector('.guide'))).to.not.contain('Ring oss');
    });
  });

  describe('the last day', () => {
    it('is computed from the typed date with the keyboard, moved past nyårsafton, nyårsdagen and the weekend', async () => {
      const el = await make();
      await typeReceived(el, '10', '12', '2026');
      await pressButton(el, 'Räkna ut sista dagen', () => result(el));
      const status = root(el).querySelector('[part="result"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status.querySelector('.main'))).to.equal('Ditt överklagande ska ha kommit in senast måndag 4 januari 2027.');
      expect(result(el)).to.contain(
        'Tre veckor efter att du fick beslutet är torsdag 31 december 2026. Sista dagen flyttas till nästa vardag eftersom den 31 december är nyårsafton, den 1 januari är en helgdag (nyårsdagen), den 2 januari är en lördag och den 3 januari är en söndag.',
      );
      // The focus stays on the button: the answer is announced, not jumped to.
      expect(text(deepActive())).to.equal('Räkna ut sista dagen');
    });

    it('says why it moved for trettondedag jul, and does not move a weekday', async () => {
      const el = await make('received="2026-12-16"');
      expect(result(el)).to.equal(
        'Ditt överklagande ska ha kommit in senast torsdag 7 januari 2027. Tre veckor efter att du fick beslutet är onsdag 6 januari 2027. Sista dagen flyttas till nästa vardag eftersom den 6 januari är en helgdag (trettondedag jul).',
      );
      el.received = '2026-12-18';
      await el.updateComplete;
      expect(result(el)).to.equal('Ditt överklagande ska ha kommit in senast fredag 8 januari 2027.');
    });

    it('shows the answer when the date is committed (Tab away), and takes it away while another date is typed', async () => {
      const el = await make();
      await typeReceived(el, '18', '12', '2026');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(result(el)).to.equal('Ditt överklagande ska ha kommit in senast fredag 8 januari 2027.');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(result(el)).to.equal('');
    });

    it('says when the last day is today, and when it has passed (with when a late appeal still counts)', async () => {
      today('2027-01-08T09:00:00Z');
      const el = await make('received="2026-12-18"');
      expect(result(el)).to.equal('Ditt överklagande ska ha kommit in senast fredag 8 januari 2027. Det är i dag.');
      today('2027-02-01T09:00:00Z');
      const late = await make('received="2026-12-10"');
      expect(result(late)).to.equal(
        'Ditt överklagande skulle ha kommit in senast måndag 4 januari 2027. Tre veckor efter att du fick beslutet är torsdag 31 december 2026. Sista dagen flyttas till nästa vardag eftersom den 31 december är nyårsafton, den 1 januari är en helgdag (nyårsdagen), den 2 januari är en lördag och den 3 januari är en söndag. Den dagen har redan varit. Ett överklagande som kommer in för sent kan ändå räknas i vissa fall. Be din socialsekreterare om hjälp.',
      );
    });

    it('a date after today or no real date gets a clear message on the box, focus goes there, and no answer is shown', async () => {
      const el = await make();
      await typeReceived(el, '5', '1', '2027');
      const input = field(el, '#received');
      await pressButton(el, 'Räkna ut sista dagen', () => input.shadowRoot!.querySelector('[part="error"]'));
      expect(text(input.shadowRoot!.querySelector('[part="error"]'))).to.equal('Fel: Datumet kan inte vara senare än i dag.');
      expect(deepActive()?.getRootNode()).to.equal(input.shadowRoot);
      expect(result(el)).to.equal('');
      // Now 31 February: the day box is wrong.
      (input.shadowRoot!.querySelector('#day') as HTMLInputElement).select();
      await sendKeys({ type: '31' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '2' });
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'Räkna ut sista dagen', () => text(input.shadowRoot!.querySelector('[part="error"]')).includes('1–28'));
      expect(text(input.shadowRoot!.querySelector('[part="error"]'))).to.equal('Fel: Skriv en riktig dag, 1–28.');
      expect(result(el)).to.equal('');
      // What was typed is kept.
      expect([...input.shadowRoot!.querySelectorAll('input')].map((i) => i.value)).to.deep.equal(['31', '2', '2027']);
    });

    it('an empty date says to fill it in', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'Räkna ut sista dagen', () => field(el, '#received').shadowRoot!.querySelector('[part="error"]'));
      expect(text(field(el, '#received').shadowRoot!.querySelector('[part="error"]'))).to.match(/^Fel: /);
      expect(result(el)).to.equal('');
    });

    it('writes dates in English and Arabic with the locale', async () => {
      await setLocale('en');
      const el = await make('received="2026-12-16"');
      expect(result(el)).to.equal(
        'Your appeal must have arrived by Thursday, January 7, 2027. Three weeks after you received the decision is Wednesday, January 6, 2027. The last day moves to the next weekday because January 6 is a public holiday (Epiphany).',
      );
      await setLocale('ar', 'rtl');
      await el.updateComplete;
      const ar = new Intl.DateTimeFormat('ar', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 0, 7)));
      expect(result(el)).to.contain(ar);
      expect(result(el)).to.match(/[\u0600-\u06FF]/);
    });
  });

  describe('the letter', () => {
    /** Fills the letter's questions in Tab order (Firefox does not wrap from the last one to the top). */
    async function fillLetter(el: SocAppealGuide, date?: [string, string, string]): Promise<void> {
      const answers: [string, string][] = [
        ['name', 'Anna Berg'],
        ['decision', 'ekonomiskt bistånd'],
        ['decidedBy', 'socialnämnden'],
        ['change', 'Jag vill få bistånd till hyran.'],
        ['why', 'Min inkomst räcker inte.'],
      ];
      for (const [name, value] of answers) {
        if (name === 'decidedBy' && date) {
          await tabUntil((a) => a.id === 'day' && a.getRootNode() === field(el, '[name="date"]').shadowRoot, 'decision date');
          for (const [i, part] of date.entries()) {
            if (i) await sendKeys({ press: 'Tab' });
            await sendKeys({ type: part });
          }
        }
        await tabUntil((a) => (a.getRootNode() as ShadowRoot).host === field(el, `[name="${name}"]`), name);
        await sendKeys({ type: value });
      }
    }

    it('is filled from the answers with the keyboard, shown with focus on its heading, and sends and stores nothing', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const beacon = sinon.spy(navigator, 'sendBeacon');
      const xhr = sinon.spy(XMLHttpRequest.prototype, 'open');
      const session = sinon.spy(Storage.prototype, 'setItem');
      const before = location.href;
      try {
        const el = await make('municipality="Exempelkommun"');
        (el.parentElement!.querySelector('#before') as HTMLElement).focus();
        await fillLetter(el, ['2', '12', '2026']);
        await pressButton(el, 'Visa brevet', letterShown());
        const l = letter(el);
        expect(l).to.contain('Överklagande\n\nTill förvaltningsrätten\nSkickas till: Socialtjänsten i Exempelkommun');
        expect(l).to.contain('Jag överklagar beslutet om ekonomiskt bistånd.');
        expect(l).to.contain('Beslutet är från 2 december 2026. Det fattades av socialnämnden.');
        expect(l).to.contain('Jag vill att beslutet ändras så här:\nJag vill få bistånd till hyran.');
        expect(l).to.contain('Därför tycker jag att beslutet ska ändras:\nMin inkomst räcker inte.');
        expect(l).to.contain('Namn: Anna Berg\nPersonnummer: ____');
        expect(l).to.contain('Underskrift: ____');
        // It follows later edits (Shift+Tab: back up to the name).
        await sendKeys({ down: 'Shift' });
        try {
          await tabUntil((a) => (a.getRootNode() as ShadowRoot).host === field(el, '[name="name"]'), 'name');
        } finally {
          await sendKeys({ up: 'Shift' });
        }
        await sendKeys({ press: 'End' });
        await sendKeys({ type: ' Lind' });
        await el.updateComplete;
        expect(letter(el)).to.contain('Namn: Anna Berg Lind');
        expect(fetchSpy.called, 'fetch').to.be.false;
        expect(beacon.called, 'sendBeacon').to.be.false;
        expect(xhr.called, 'XMLHttpRequest').to.be.false;
        expect(session.called, 'storage').to.be.false;
        expect(location.href).to.equal(before);
      } finally {
        fetchSpy.restore();
        beacon.restore();
        xhr.restore();
        session.restore();
      }
    });

    it('leaves lines to write on for what was not answered', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'Visa brevet', letterShown());
      expect(letter(el)).to.contain('Skickas till: Socialtjänsten, den nämnd som fattade beslutet');
      expect(letter(el)).to.contain('Jag överklagar beslutet om ____________________.');
      expect(letter(el)).to.contain('Namn: ____________________');
    });

    it('a wrong decision date keeps the letter hidden and puts focus on the date', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await tabUntil((a) => a.id === 'day' && a.getRootNode() === field(el, '[name="date"]').shadowRoot, 'decision date');
      await sendKeys({ type: '40' });
      await pressButton(el, 'Visa brevet', focusIn(field(el, '[name="date"]')));
      expect(root(el).querySelector('[part="letter"]')).to.equal(null);
      expect(deepActive()?.getRootNode()).to.equal(field(el, '[name="date"]').shadowRoot);
    });

    it('copies the text to the clipboard and says so', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await fillLetter(el);
      await pressButton(el, 'Visa brevet', letterShown());
      const write = sinon.stub().resolves();
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: write } });
      try {
        await pressButton(el, 'Kopiera texten', () => text(root(el).querySelector('.copy-status')));
        await waitUntil(() => text(root(el).querySelector('.copy-status')) !== '', 'a status');
        expect(write.calledOnceWith(letter(el))).to.be.true;
        expect(text(root(el).querySelector('.copy-status[role="status"]'))).to.equal('Texten är kopierad. Nu kan du klistra in den i ett dokument.');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        if (original && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('when the clipboard is refused, selects the letter and says how to copy it (no error thrown)', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'Visa brevet', letterShown());
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: sinon.stub().rejects(new DOMException('denied', 'NotAllowedError')) } });
      const exec = sinon.stub(document, 'execCommand').returns(false);
      const errors: unknown[] = [];
      const onError = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('unhandledrejection', onError);
      try {
        await pressButton(el, 'Kopiera texten', () => text(root(el).querySelector('.copy-status')));
        await waitUntil(() => text(root(el).querySelector('.copy-status')) !== '', 'a status');
        expect(text(root(el).querySelector('.copy-status'))).to.equal(
          'Det gick inte att kopiera texten. Den är markerad nu: tryck Ctrl+C, eller Cmd+C på Mac, för att kopiera den.',
        );
        expect(getSelection()!.toString().replace(/\s+/g, ' ')).to.contain('Till förvaltningsrätten');
        expect(errors).to.deep.equal([]);
      } finally {
        exec.restore();
        window.removeEventListener('unhandledrejection', onError);
        delete (navigator as unknown as Record<string, unknown>)['clipboard'];
        getSelection()?.removeAllRanges();
      }
    });

    it('"Skriv ut brevet" prints: the page marks the letter for printing until afterprint', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'Visa brevet', letterShown());
      const print = sinon.stub(window, 'print');
      try {
        await pressButton(el, 'Skriv ut brevet', () => print.called);
        expect(print.calledOnce).to.be.true;
        expect(el.hasAttribute('data-printing')).to.be.true;
        window.dispatchEvent(new Event('afterprint'));
        expect(el.hasAttribute('data-printing')).to.be.false;
      } finally {
        print.restore();
      }
    });

    itChromium(CDP.print, 'prints the letter alone: the rest of the page and of the guide are left out', async () => {
      const el = await make();
      const other = document.createElement('p');
      other.textContent = 'Annat på sidan';
      document.body.prepend(other);
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      await pressButton(el, 'Visa brevet', letterShown());
      const print = sinon.stub(window, 'print');
      try {
        await pressButton(el, 'Skriv ut brevet', () => print.called);
        await emulateMedia({ media: 'print' });
        const shown = (n: Element | null) => !!n && n.getClientRects().length > 0;
        expect(shown(other), 'other page content').to.be.false;
        expect(shown(root(el).querySelector('[part="letter"]')), 'the letter').to.be.true;
        expect(shown(root(el).querySelector('.section.deadline')), 'the deadline part').to.be.false;
        expect(shown(root(el).querySelector('[part="letter-form"]')), 'the form').to.be.false;
        expect(shown(root(el).querySelector('.letter-area button')), 'the buttons').to.be.false;
        window.dispatchEvent(new Event('afterprint'));
        // A normal print of the page keeps the guide's text, without its forms.
        expect(shown(other)).to.be.true;
        expect(shown(root(el).querySelector('.section.deadline'))).to.be.true;
        expect(shown(root(el).querySelector('[part="calculator"]'))).to.be.false;
      } finally {
        await emulateMedia({ media: 'screen' });
        print.restore();
        other.remove();
      }
    });
  });

  describe('accessibility', () => {
    for (const { lang, dir } of LOCALES) {
      it(`passes axe in every state in ${lang}`, async () => {
        await setLocale(lang, dir);
        const el = await make('municipality="Exempelkommun"');
        await expect(el.parentElement).to.be.accessible(); // no date
        el.received = '2026-12-18';
        await el.updateComplete;
        await expect(el.parentElement).to.be.accessible(); // date given
        el.received = '2026-12-10';
        await el.updateComplete;
        expect(root(el).querySelectorAll('[part="result"] p').length).to.equal(2);
        await expect(el.parentElement).to.be.accessible(); // moved deadline
        const input = field(el, '#received');
        input.value = '2027-05-01';
        input.showValidation();
        await input.updateComplete;
        expect(input.visibleError).to.not.equal('');
        await expect(el.parentElement).to.be.accessible(); // error
        (root(el).querySelector('[part="letter-form"]') as HTMLFormElement).requestSubmit();
        await waitUntil(() => root(el).querySelector('[part="letter"]'), 'the letter');
        await expect(el.parentElement).to.be.accessible(); // letter shown
        expect(getComputedStyle(root(el).querySelector('.guide')!).direction).to.equal(dir);
      });
    }

    it('every control is reachable with Tab, with a visible focus ring', async () => {
      const el = await make();
      (el.parentElement!.querySelector('#before') as HTMLElement).focus();
      const seen: string[] = [];
      for (let i = 0; i < 13; i++) {
        await sendKeys({ press: 'Tab' });
        const a = deepActive()!;
        seen.push(a.localName === 'button' ? text(a) : `${((a.getRootNode() as ShadowRoot).host as SocFormControl).name || 'received'}:${a.id || a.localName}`);
        expect(getComputedStyle(a).outlineStyle, seen.at(-1)).to.equal('solid');
      }
      expect(seen).to.deep.equal([
        'received:day',
        'received:month',
        'received:year',
        'Räkna ut sista dagen',
        'name:control',
        'decision:control',
        'date:day',
        'date:month',
        'date:year',
        'decidedBy:control',
        'change:control',
        'why:control',
        'Visa brevet',
      ]);
    });

    itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 px without horizontal scrolling, left to right and right to left', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['sv', 'ar'] as const) {
        await setLocale(lang, lang === 'ar' ? 'rtl' : 'ltr');
        const el = await make('received="2026-12-10" municipality="Exempelkommun" address="Socialnämnden, Box 100, 100 00 Exempelstad"');
        (root(el).querySelector('[part="letter-form"]') as HTMLFormElement).requestSubmit();
        await waitUntil(() => root(el).querySelector('[part="letter"]'), 'the letter');
        expect(document.documentElement.scrollWidth, lang).to.be.at.most(320);
        for (const node of root(el).querySelectorAll('*')) {
          const r = node.getBoundingClientRect();
          if (!r.width) continue;
          expect(r.right, `${lang} ${node.localName}.${node.className}`).to.be.at.most(321);
          expect(r.left, `${lang} ${node.localName}.${node.className}`).to.be.at.least(-1);
        }
      }
    });

    it('at 200 % text in a 640 px window nothing is cut off or scrolls sideways', async () => {
      await setViewport({ width: 640, height: 800 });
      document.documentElement.style.fontSize = '200%';
      try {
        const el = await make('received="2026-12-10" municipality="Exempelkommun"');
        (root(el).querySelector('[part="letter-form"]') as HTMLFormElement).requestSubmit();
        await waitUntil(() => root(el).querySelector('[part="letter"]'), 'the letter');
        expect(parseFloat(getComputedStyle(root(el).querySelector('.intro')!).fontSize)).to.be.at.least(31);
        expect(document.documentElement.scrollWidth).to.be.at.most(640);
        for (const node of root(el).querySelectorAll('*')) {
          const r = node.getBoundingClientRect();
          if (r.width) expect(r.right, `${node.localName}.${node.className}`).to.be.at.most(641);
        }
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });

    itChromium(CDP.forcedColors, 'keeps the answer box, the letter border and the buttons visible in forced colors', async () => {
      await executeServerCommand('forced-colors', { active: true });
      try {
        const el = await make('received="2026-12-10"');
        (root(el).querySelector('[part="letter-form"]') as HTMLFormElement).requestSubmit();
        await waitUntil(() => root(el).querySelector('[part="letter"]'), 'the letter');
        await expect(el).to.be.accessible();
        expect(getComputedStyle(root(el).querySelector('.result')!).borderInlineStartStyle).to.equal('solid');
        expect(getComputedStyle(root(el).querySelector('[part="letter"]')!).borderTopStyle).to.equal('solid');
        expect(getComputedStyle(root(el).querySelector('.letter-area button')!).borderTopStyle).to.equal('solid');
      } finally {
        await executeServerCommand('forced-colors', { active: false });
      }
    });
  });
});
