import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from './helpers/commands.js';
import sinon from 'sinon';
import '../src/info/contact-hours.js';
import type { SocContactHours } from '../src/info/contact-hours.js';
import { LOCALES, setLocale } from './helpers/locale.js';
import { axFind } from './helpers/a11y.js';
import { CDP, DRIVER, engine, itChromium, itExcept } from './helpers/engine.js';

/** Instants as UTC; the comments give the Stockholm wall clock. */
const WED_OPEN = '2026-05-13T08:15:00Z'; // Wednesday 10.15 (CEST)
const WED_LUNCH = '2026-05-13T10:20:00Z'; // Wednesday 12.20
const TUE_AFTER = '2026-05-12T12:00:00Z'; // Tuesday 14.00
const FRI_EVENING = '2026-05-08T17:00:00Z'; // Friday 19.00

const clock = (iso: string) => () => new Date(iso);

/** Exempelnummer: Post- och telestyrelsen reserves 08-465 004 00–99 for fiction and examples. */
const OFFICE = 'phone="08-465 004 10"';
const SOCIALJOUR = 'emergency-phone="08-465 004 90"';

/** An element at a Stockholm instant; with the office number unless `attrs` sets `phone` itself. */
async function make(iso: string, attrs = ''): Promise<SocContactHours> {
  const all = /(^|\s)phone=/.test(attrs) ? attrs : `${OFFICE} ${attrs}`;
  const wrapper = await fixture<HTMLDivElement>(`<div><soc-contact-hours ${all}></soc-contact-hours></div>`);
  const el = wrapper.querySelector('soc-contact-hours')!;
  el.now = clock(iso);
  await el.updateComplete;
  return el;
}

const $ = (el: SocContactHours, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: SocContactHours) => text($(el, '[part~="status"]'));
const rows = (el: SocContactHours) => [...el.shadowRoot!.querySelectorAll('dl > div')].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`);
/** Parts in document (reading) order. */
const order = (el: SocContactHours) => [...el.shadowRoot!.querySelectorAll('[part]')].map((n) => n.getAttribute('part'));

describe('<soc-contact-hours>', () => {
  describe('status in Swedish', () => {
    it('is open on a weekday morning and says when it closes', async () => {
      const el = await make(WED_OPEN);
      expect(status(el)).to.equal('Öppet nu, stänger kl. 12');
      expect(text($(el, '[part~="heading"]'))).to.equal('Kontakta socialtjänsten');
      const link = $(el, '[part~="phone"] a') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('tel:+46846500410');
      expect(text(link)).to.equal('08-465 004 10');
      expect(text($(el, '[part~="phone"]'))).to.equal('Telefon: 08-465 004 10');
    });

    it('is closed for lunch between 12 and 13', async () => {
      expect(status(await make(WED_LUNCH))).to.equal('Lunchstängt, öppnar kl. 13');
    });

    it('before opening says it opens today, after closing tomorrow', async () => {
      expect(status(await make('2026-05-13T06:00:00Z'))).to.equal('Stängt, öppnar kl. 8.30');
      expect(status(await make(TUE_AFTER))).to.equal('Stängt, öppnar i morgon kl. 8.30');
    });

    it('on Friday evening it opens on Monday', async () => {
      expect(status(await make(FRI_EVENING))).to.equal('Stängt, öppnar måndag kl. 8.30');
    });

    it('is closed on public holidays 2026–2027 and opens the next working day', async () => {
      const cases: [string, string][] = [
        ['2026-01-06T09:00:00Z', 'Stängt, öppnar i morgon kl. 8.30'], // trettondedag jul, Tuesday
        ['2026-04-03T09:00:00Z', 'Stängt, öppnar tisdag kl. 8.30'], // långfredag → annandag påsk → Tuesday
        ['2026-05-01T08:00:00Z', 'Stängt, öppnar måndag kl. 8.30'], // första maj, Friday
        ['2026-05-14T08:00:00Z', 'Stängt, öppnar i morgon kl. 8.30'], // Kristi himmelsfärd, Thursday
        ['2026-06-19T08:00:00Z', 'Stängt, öppnar måndag kl. 8.30'], // midsommarafton
        ['2027-03-29T08:00:00Z', 'Stängt, öppnar i morgon kl. 8.30'], // annandag påsk 2027
        ['2027-05-06T08:00:00Z', 'Stängt, öppnar i morgon kl. 8.30'], // Kristi himmelsfärd 2027
        ['2027-06-25T08:00:00Z', 'Stängt, öppnar måndag kl. 8.30'], // midsommarafton 2027
        ['2027-01-06T09:00:00Z', 'Stängt, öppnar i morgon kl. 8.30'], // trettondedag jul 2027, Wednesday
      ];
      const el = await make(cases[0]![0]);
      for (const [iso, expected] of cases) {
        el.now = clock(iso);
        await el.updateComplete;
        expect(status(el), iso).to.equal(expected);
      }
    });

    it('is closed on julafton unless open-on-eves is set', async () => {
      const el = await make('2026-12-24T09:00:00Z');
      expect(status(el)).to.equal('Stängt, öppnar måndag kl. 8.30'); // 25–27 Dec closed too
      el.openOnEves = true;
      await el.updateComplete;
      expect(status(el)).to.equal('Öppet nu, stänger kl. 12');
      expect(rows(el).some((r) => r.startsWith('Julafton'))).to.be.false;
    });

    it('names the date when the next opening is more than a week away', async () => {
      const el = await make('2026-12-18T15:00:00Z', 'hours="Mo-Fr 08:00-16:00; PH off; 2026 Dec 21-31 off"');
      expect(status(el)).to.equal('Stängt, öppnar måndag 4 januari 2027 kl. 8');
    });

    it('follows the DST weekend of 29 March 2026', async () => {
      // 06:30 UTC is 7.30 on Friday (CET) but 8.30 on Monday (CEST).
      expect(status(await make('2026-03-27T06:30:00Z'))).to.equal('Stängt, öppnar kl. 8.30');
      expect(status(await make('2026-03-28T12:00:00Z'))).to.equal('Stängt, öppnar måndag kl. 8.30');
      expect(status(await make('2026-03-30T06:30:00Z'))).to.equal('Öppet nu, stänger kl. 12');
      // And back on 25 October 2026: 06:30 UTC is 7.30 on Monday 26 October.
      expect(status(await make('2026-10-26T06:30:00Z'))).to.equal('Stängt, öppnar kl. 8.30');
    });

    it('uses Stockholm time for a visitor in another zone (23:30 UTC is already the next day)', async () => {
      // Thursday 23:30 UTC = Friday 00.30 in Stockholm: "opens 8.30" today, not "tomorrow".
      expect(status(await make('2026-01-08T23:30:00Z'))).to.equal('Stängt, öppnar kl. 8.30');
      // Friday 23:30 UTC = Saturday in Stockholm: Monday, not "tomorrow".
      expect(status(await make('2026-01-09T23:30:00Z'))).to.equal('Stängt, öppnar måndag kl. 8.30');
      // New York on 31 December at 18.30 is 1 January 00.30 in Stockholm: a Friday holiday.
      expect(status(await make('2026-12-31T23:30:00Z'))).to.equal('Stängt, öppnar måndag kl. 8.30');
    });
  });

  describe('content', () => {
    itChromium(CDP.axTree, 'lists the week’s hours for screen readers', async () => {
      const el = await make(WED_OPEN);
      expect(rows(el)).to.deep.equal([
        'Måndag–fredag: kl. 8.30–12 och 13–14',
        'Lördag–söndag: Stängt',
        'Helgdagar: Stängt',
        'Julafton, midsommarafton och nyårsafton: Stängt',
      ]);
      const sub = await axFind((n) => n.role === 'heading' && n.name === 'Öppettider');
      expect(sub?.level).to.equal(3);
      const dl = $(el, 'dl')!;
      expect(dl.getAttribute('aria-labelledby')).to.equal('hours-heading');
    });

    it('lists dates that are closed, but not past ones', async () => {
      const el = await make(WED_OPEN, 'hours="Mo-Fr 08:00-16:00; PH off; 2026 May 12 off; 2026 Dec 23 10:00-12:00; Dec 27-30 off"');
      expect(rows(el)).to.include.members(['23 december 2026: kl. 10–12', '27–30 december: Stängt']);
      expect(rows(el).join()).to.not.contain('12 maj');
    });

    it('puts the emergency help first after the status when closed, and prominent', async () => {
      const closed = await make(TUE_AFTER);
      expect(order(closed).slice(0, 4)).to.deep.equal(['heading', 'status', 'emergency', 'emergency-heading']);
      expect($(closed, '[part~="emergency"]')!.classList.contains('prominent')).to.be.true;
      expect(getComputedStyle($(closed, '[part~="emergency"]')!).borderTopWidth).to.equal('5px');
      // Open, and during the lunch hour: last, and not prominent.
      for (const iso of [WED_OPEN, WED_LUNCH]) {
        const el = await make(iso);
        expect(order(el).at(-2), iso).to.equal('emergency');
        expect($(el, '[part~="emergency"]')!.classList.contains('prominent'), iso).to.be.false;
      }
    });

    it('says to call 112 and ask for socialjouren when no socialjour number is given', async () => {
      const el = await make(TUE_AFTER);
      const box = $(el, '[part~="emergency"]')!;
      expect(text(box)).to.equal('Vid akuta situationer på kvällar och helger Ring 112 och be att få prata med socialjouren.');
      expect(box.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
    });

    it('links the socialjour number and 112, with emergency-label as heading', async () => {
      const el = await make(TUE_AFTER, `${SOCIALJOUR} emergency-label="Socialjouren, kvällar och helger"`);
      const box = $(el, '[part~="emergency"]')!;
      const links = [...box.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${text(a)}`);
      expect(links).to.deep.equal(['tel:+46846500490 08-465 004 90', 'tel:112 Ring 112']);
      expect(text(box.querySelector('[part~="emergency-heading"]'))).to.equal('Socialjouren, kvällar och helger');
    });

    it('uses label and heading-level, with sub-headings one level deeper', async () => {
      const el = await make(TUE_AFTER, 'label="Mottagningen" heading-level="3"');
      expect($(el, 'h3[part~="heading"]')!.textContent).to.equal('Mottagningen');
      expect($(el, 'h4[part~="hours-heading"]')).to.not.equal(null);
      expect($(el, 'h4[part~="emergency-heading"]')).to.not.equal(null);
      expect($(el, 'section')!.getAttribute('aria-labelledby')).to.equal('heading');
    });

    it('formats any phone input in Swedish style and links it in E.164', async () => {
      const el = await make(WED_OPEN, 'phone="+46 8 508 000 00"');
      const link = $(el, '[part~="phone"] a')!;
      expect(link.getAttribute('href')).to.equal('tel:+46850800000');
      expect(text(link)).to.equal('08-508 000 00');
    });

    it('has no live region, so status changes are not announced while someone reads', async () => {
      const el = await make(WED_OPEN);
      expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"], [role="log"], [role="timer"]')).to.equal(null);
    });
  });

  describe('invalid input', () => {
    let warn: sinon.SinonStub;
    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => warn.restore());

    it('warns once about invalid hours and shows the default hours', async () => {
      const a = await make(WED_OPEN, 'hours="Mån-Fre 8-16"');
      const b = await make(WED_OPEN, 'hours="Mån-Fre 8-16"');
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.match(/soc-contact-hours: cannot read hours="Mån-Fre 8-16".*default hours/);
      for (const el of [a, b]) {
        expect(status(el)).to.equal('Öppet nu, stänger kl. 12');
        expect(rows(el)[0]).to.equal('Måndag–fredag: kl. 8.30–12 och 13–14');
      }
    });

    it('has no default number: without phone it shows no number the page did not set, and says to call the switchboard', async () => {
      for (const attrs of ['phone=""', 'phone=" "']) {
        const el = await make(WED_OPEN, attrs);
        expect(text($(el, '[part~="phone"]'))).to.equal('Ring kommunens växel och be att få prata med socialtjänsten.');
        expect($(el, '[part~="phone"] a')).to.equal(null);
      }
      const wrapper = await fixture<HTMLDivElement>('<div><soc-contact-hours json-ld></soc-contact-hours></div>');
      const el = wrapper.querySelector('soc-contact-hours')!;
      el.now = clock(TUE_AFTER);
      await el.updateComplete;
      expect(el.phone).to.equal('');
      // The only numbers are 112 and none other: no tel: link the page did not ask for.
      expect([...el.shadowRoot!.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:112']);
      expect(el.shadowRoot!.textContent).to.not.match(/\d{2,4}-\d/);
      expect(JSON.parse(el.querySelector('script')!.textContent!)).to.not.have.property('telephone');
      expect(text($(el, '[part~="emergency"]'))).to.contain('Ring 112 och be att få prata med socialjouren.');
      for (const call of warn.getCalls()) expect(String(call.args[0])).to.match(/soc-contact-hours: no phone number/);
    });

    it('shows an invalid phone number as written, without a link', async () => {
      const el = await make(WED_OPEN, 'phone="ring växeln"');
      expect(text($(el, '[part~="phone"]'))).to.equal('Telefon: ring växeln');
      expect($(el, '[part~="phone"] a')).to.equal(null);
      expect(warn.callCount).to.equal(1);
    });
  });

  describe('updates', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
      delete (document as { visibilityState?: unknown }).visibilityState;
    });

    /** Fake Date and timers only: open-wc's fixture needs the real requestAnimationFrame. */
    async function fakeAt(iso: string) {
      clock = sinon.useFakeTimers({ now: new Date(iso), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      return fixture<SocContactHours>(html`<soc-contact-hours phone="08-465 004 10"></soc-contact-hours>`);
    }

    it('updates itself on the minute', async () => {
      const el = await fakeAt('2026-05-13T09:59:30Z'); // 11.59.30
      expect(status(el)).to.equal('Öppet nu, stänger kl. 12');
      expect(clock!.countTimers()).to.equal(1);
      await clock!.tickAsync(29_000);
      await el.updateComplete;
      expect(status(el)).to.equal('Öppet nu, stänger kl. 12');
      await clock!.tickAsync(1_100); // past 12.00.00
      await el.updateComplete;
      expect(status(el)).to.equal('Lunchstängt, öppnar kl. 13');
      await clock!.tickAsync(60 * 60_000); // 13.00
      await el.updateComplete;
      expect(status(el)).to.equal('Öppet nu, stänger kl. 14');
      expect(clock!.countTimers()).to.equal(1);
    });

    it('pauses while the page is hidden and catches up when it is shown', async () => {
      const el = await fakeAt('2026-05-13T09:58:00Z');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(clock!.countTimers()).to.equal(0);
      await clock!.tickAsync(5 * 60_000);
      await el.updateComplete;
      expect(status(el)).to.equal('Öppet nu, stänger kl. 12'); // not refreshed while hidden
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      await el.updateComplete;
      expect(status(el)).to.equal('Lunchstängt, öppnar kl. 13');
      expect(clock!.countTimers()).to.equal(1);
    });

    it('stops its timer when removed from the page', async () => {
      const el = await fakeAt('2026-05-13T09:58:00Z');
      el.remove();
      expect(clock!.countTimers()).to.equal(0);
    });
  });

  describe('JSON-LD', () => {
    it('adds schema.org opening hours to the light DOM, as text, and removes them again', async () => {
      const el = await make('2026-12-20T10:00:00Z', 'json-ld label="Mottagningen"');
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script).to.not.equal(null);
      expect(script.getClientRects().length).to.equal(0);
      const data = JSON.parse(script.textContent!);
      expect(data).to.deep.include({ '@type': 'ContactPoint', telephone: '+46846500410', name: 'Mottagningen' });
      expect(data.hoursAvailable[0].dayOfWeek.length).to.equal(5);
      expect(data.hoursAvailable.some((h: Record<string, string>) => h['validFrom'] === '2026-12-24')).to.be.true;
      el.label = '</script><script>alert(1)</script>';
      await el.updateComplete;
      expect(el.querySelectorAll('script').length).to.equal(1);
      expect(script.textContent).to.not.contain('</script');
      expect(JSON.parse(script.textContent!).name).to.equal('</script><script>alert(1)</script>');
      el.jsonLd = false;
      await el.updateComplete;
      expect(el.querySelector('script')).to.equal(null);
    });
  });

  describe('languages', () => {
    const expected = {
      sv: { open: 'Öppet nu, stänger kl. 12', closed: 'Stängt, öppnar måndag kl. 8.30' },
      en: { open: /^Open now, closes at 12\sPM$/, closed: /^Closed, opens Monday at 8:30\sAM$/ },
    };

    for (const { lang, dir } of LOCALES) {
      it(`is accessible open and closed in ${lang}`, async () => {
        await setLocale(lang, dir);
        for (const iso of [WED_OPEN, WED_LUNCH, FRI_EVENING]) {
          const el = await make(iso, SOCIALJOUR);
          await expect(el.parentElement).to.be.accessible();
        }
        const open = status(await make(WED_OPEN));
        const closed = status(await make(FRI_EVENING));
        if (lang === 'sv') expect([open, closed]).to.deep.equal([expected.sv.open, expected.sv.closed]);
        if (lang === 'en') {
          expect(open).to.match(expected.en.open);
          expect(closed).to.match(expected.en.closed);
        }
        if (lang !== 'sv' && lang !== 'en') {
          // Every other language: translated, with Monday named as Intl names it in that language.
          expect(open, lang).to.not.equal(expected.sv.open);
          expect(closed).to.contain(new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1))));
        }
        if (lang === 'ar') expect(open).to.match(/[\u0600-\u06FF]/);
        if (dir === 'rtl') {
          // Right to left (ar, fa): phone numbers still read left to right.
          const el = await make(WED_OPEN, SOCIALJOUR);
          const tels = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href^="tel:"]')].filter((a) => /^[+\d\s-]+$/.test(a.textContent!.trim()));
          expect(tels.length).to.be.greaterThan(0);
          for (const a of tels) expect(getComputedStyle(a).direction, `${lang} ${a.textContent}`).to.equal('ltr');
        }
      });
    }

    it('shows day names and times from Intl in English', async () => {
      await setLocale('en');
      const el = await make(WED_OPEN);
      expect(rows(el)[0]).to.match(/^Monday–Friday: 8:30\sAM\s?–\s?12:00\sPM and 1:00\s?–\s?2:00\sPM$/);
      expect(rows(el)[1]).to.equal('Saturday–Sunday: Closed');
    });
  });

  describe('keyboard and layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      if (engine === 'chromium') await executeServerCommand('forced-colors', { active: false });
    });

    it('reaches the phone links with Tab, the emergency numbers first when closed', async () => {
      const before = document.createElement('button');
      before.textContent = 'Före';
      document.body.prepend(before);
      try {
        const el = await make(TUE_AFTER, SOCIALJOUR);
        before.focus();
        const reached: string[] = [];
        for (let i = 0; i < 3; i++) {
          await sendKeys({ press: 'Tab' });
          reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
        }
        expect(reached).to.deep.equal(['tel:+46846500490', 'tel:112', 'tel:+46846500410']);
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      } finally {
        before.remove();
      }
    });

    itExcept(['webkit'], DRIVER.narrowWebKit, 'reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      for (const lang of ['sv', 'ar'] as const) {
        await setLocale(lang, lang === 'ar' ? 'rtl' : 'ltr');
        const el = await make(TUE_AFTER, `${SOCIALJOUR} hours="Mo-Th 08:30-12:00,13:00-16:30; Fr 08:30-12:00; PH off; 2026 Dec 23 08:30-12:00"`);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(321);
          expect(node.getBoundingClientRect().left, node.localName).to.be.at.least(-1);
        }
      }
    });

    itChromium(CDP.forcedColors, 'keeps the status bar, emergency border and links visible in forced colors', async () => {
      await executeServerCommand('forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const el = await make(TUE_AFTER);
      await expect(el).to.be.accessible();
      const box = getComputedStyle($(el, '[part~="emergency"]')!);
      expect(box.borderTopStyle).to.equal('solid');
      expect(parseFloat(box.borderTopWidth)).to.be.at.least(3);
      expect(getComputedStyle($(el, '[part~="status"]')!).borderInlineStartStyle).to.equal('solid');
    });
  });
});
