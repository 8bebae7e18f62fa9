import { expect } from '@open-wc/testing';
import { easterSunday, eveOn, holidayOn, holidays, weekday } from '../src/info/holidays.js';
import {
  DEFAULT_HOURS,
  OpeningHoursError,
  formatDate,
  formatRanges,
  formatTime,
  hoursOn,
  parseOpeningHours,
  statusAt,
  stockholmTime,
  summarize,
  toSchemaOrg,
} from '../src/info/opening-hours.js';

const oh = parseOpeningHours(DEFAULT_HOURS);
const at = (iso: string, hours = oh, closeEves = true) => statusAt(hours, new Date(iso), { closeEves });
const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: d };
};

describe('Swedish public holidays', () => {
  it('computes Easter with the Gregorian computus', () => {
    expect(easterSunday(2026)).to.deep.equal(day('2026-04-05'));
    expect(easterSunday(2027)).to.deep.equal(day('2027-03-28'));
    expect(easterSunday(2024)).to.deep.equal(day('2024-03-31'));
    expect(easterSunday(2025)).to.deep.equal(day('2025-04-20'));
    expect(easterSunday(2038)).to.deep.equal(day('2038-04-25')); // latest possible
    expect(easterSunday(2285)).to.deep.equal(day('2285-03-22')); // earliest possible
  });

  // domain.md §4.1, table "Computed with the Gregorian algorithm".
  const table = {
    2026: { langfredagen: '04-03', paskdagen: '04-05', 'annandag-pask': '04-06', 'kristi-himmelsfardsdag': '05-14', pingstdagen: '05-24', 'alla-helgons-dag': '10-31', midsommardagen: '06-20' },
    2027: { langfredagen: '03-26', paskdagen: '03-28', 'annandag-pask': '03-29', 'kristi-himmelsfardsdag': '05-06', pingstdagen: '05-16', 'alla-helgons-dag': '11-06', midsommardagen: '06-26' },
  };

  for (const [year, days] of Object.entries(table)) {
    it(`matches the domain.md table for ${year}`, () => {
      for (const [id, mmdd] of Object.entries(days)) {
        expect(holidayOn(day(`${year}-${mmdd}`)), `${id} ${year}-${mmdd}`).to.equal(id);
      }
      const all = holidays(Number(year)).map((h) => `${h.date.slice(5)} ${h.id}`);
      expect(all).to.include.members([
        '01-01 nyarsdagen', '01-06 trettondedag-jul', '05-01 forsta-maj', '06-06 nationaldagen',
        '12-25 juldagen', '12-26 annandag-jul',
      ]);
      expect(all.length).to.equal(13);
      expect(all.some((h) => h.includes('annandag-pingst'))).to.be.false;
    });
  }

  it('puts midsommardagen and alla helgons dag on the Saturday of their week', () => {
    for (let year = 2020; year <= 2040; year++) {
      const list = holidays(year);
      const mid = day(list.find((h) => h.id === 'midsommardagen')!.date);
      const helgon = day(list.find((h) => h.id === 'alla-helgons-dag')!.date);
      expect(weekday(mid)).to.equal(5);
      expect(weekday(helgon)).to.equal(5);
      expect(mid.month === 6 && mid.day >= 20 && mid.day <= 26).to.be.true;
      expect((helgon.month === 10 && helgon.day === 31) || (helgon.month === 11 && helgon.day <= 6)).to.be.true;
    }
  });

  it('knows the eves: julafton, midsommarafton (Friday 19–25 June) and nyårsafton', () => {
    expect(eveOn(day('2026-12-24'))).to.equal('julafton');
    expect(eveOn(day('2026-06-19'))).to.equal('midsommarafton');
    expect(eveOn(day('2027-06-25'))).to.equal('midsommarafton');
    expect(eveOn(day('2026-12-31'))).to.equal('nyarsafton');
    expect(eveOn(day('2026-12-23'))).to.equal(null);
    expect(holidayOn(day('2026-12-24'))).to.equal(null);
  });
});

describe('parseOpeningHours', () => {
  it('reads day ranges, lists, several times a day, PH and dates', () => {
    const h = parseOpeningHours('Mo-We,Fr 08:00-12:00 , 13:00-16:30; Th 10:00-18:00; Sa-Mo off; PH off; 2026 Dec 23 09:00-12:00; Dec 24,31 off; Jan 2-5 closed');
    expect(h.rules.length).to.equal(7);
    expect([...h.rules[0]!.weekdays]).to.deep.equal([0, 1, 2, 4]);
    expect(h.rules[0]!.ranges).to.deep.equal([{ from: 480, to: 720 }, { from: 780, to: 990 }]);
    expect([...h.rules[2]!.weekdays].sort()).to.deep.equal([0, 5, 6]);
    expect(h.rules[3]!.holidays).to.be.true;
    expect(h.rules[4]!.dates).to.deep.equal([{ year: 2026, month: 12, from: 23, to: 23 }]);
    expect(h.rules[5]!.dates).to.deep.equal([{ month: 12, from: 24, to: 24 }, { month: 12, from: 31, to: 31 }]);
    expect(h.rules[6]!.dates).to.deep.equal([{ month: 1, from: 2, to: 5 }]);
    expect(parseOpeningHours('24/7').rules[0]!.ranges).to.deep.equal([{ from: 0, to: 1440 }]);
    expect(parseOpeningHours('Sa,PH off').rules[0]!.holidays).to.be.true;
  });

  it('rejects what it does not support, saying what is wrong', () => {
    const bad: [string, RegExp][] = [
      ['', /no rules/],
      ['Mo-Fx 08:00-12:00', /unknown day/],
      ['Mo-Fr', /expected times/],
      ['Mo-Fr 8-12', /expected times/],
      ['Mo-Fr 22:00-02:00', /past midnight/],
      ['Mo-Fr 08:00-12:00,11:00-13:00', /overlap/],
      ['Mo-Fr 25:00-26:00', /no such time/],
      ['Feb 30 off', /no such date/],
      ['Dez 24 off', /unknown month/],
      ['Dec 24,Fr off', /cannot read the date/],
      ['Mo-Fr 08:00-12:00 || "by appointment"', /expected times|unknown|cannot/],
    ];
    for (const [input, message] of bad) {
      expect(() => parseOpeningHours(input), input).to.throw(OpeningHoursError, message);
    }
  });
});

describe('hoursOn', () => {
  it('lets later rules override earlier ones for the days they select', () => {
    const h = parseOpeningHours('Mo-Fr 08:00-16:00; We 08:00-12:00; PH off; 2026 May 13 10:00-11:00');
    expect(hoursOn(h, day('2026-05-11'))).to.deep.equal([{ from: 480, to: 960 }]); // Monday
    expect(hoursOn(h, day('2026-05-06'))).to.deep.equal([{ from: 480, to: 720 }]); // Wednesday
    expect(hoursOn(h, day('2026-05-13'))).to.deep.equal([{ from: 600, to: 660 }]); // that Wednesday
    expect(hoursOn(h, day('2026-05-14'))).to.deep.equal([]); // Kristi himmelsfärd
    expect(hoursOn(h, day('2026-05-16'))).to.deep.equal([]); // Saturday
  });

  it('closes the eves unless told not to or a date rule names them', () => {
    expect(hoursOn(oh, day('2026-12-24'))).to.deep.equal([]);
    expect(hoursOn(oh, day('2026-12-24'), { closeEves: false }).length).to.equal(2);
    const h = parseOpeningHours(`${DEFAULT_HOURS}; Dec 24 09:00-11:00`);
    expect(hoursOn(h, day('2026-12-24'))).to.deep.equal([{ from: 540, to: 660 }]);
    expect(hoursOn(h, day('2026-12-31'))).to.deep.equal([]);
  });
});

describe('stockholmTime: the wall clock in Sweden, whatever the visitor’s zone', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(stockholmTime(new Date('2026-01-15T07:30:00Z'))).to.deep.equal({ date: day('2026-01-15'), minutes: 510 });
    expect(stockholmTime(new Date('2026-07-15T06:30:00Z'))).to.deep.equal({ date: day('2026-07-15'), minutes: 510 });
  });

  it('switches at 01:00 UTC on the last Sundays of March and October (2026: 29 Mar, 25 Oct)', () => {
    expect(stockholmTime(new Date('2026-03-29T00:59:00Z')).minutes).to.equal(1 * 60 + 59);
    expect(stockholmTime(new Date('2026-03-29T01:00:00Z')).minutes).to.equal(3 * 60);
    expect(stockholmTime(new Date('2026-10-25T00:59:00Z')).minutes).to.equal(2 * 60 + 59);
    expect(stockholmTime(new Date('2026-10-25T01:00:00Z')).minutes).to.equal(2 * 60);
  });

  it('is already the next day in Stockholm at 23:30 UTC', () => {
    expect(stockholmTime(new Date('2026-01-08T23:30:00Z'))).to.deep.equal({ date: day('2026-01-09'), minutes: 30 });
    expect(stockholmTime(new Date('2026-12-31T23:30:00Z')).date).to.deep.equal(day('2027-01-01'));
  });
});

describe('statusAt (default hours Mo-Fr 08:30-12:00,13:00-14:00; PH off)', () => {
  it('is open on a weekday morning and says when it closes', () => {
    // Wednesday 13 May 2026, 10.15 in Stockholm (CEST).
    expect(at('2026-05-13T08:15:00Z')).to.deep.equal({ state: 'open', closes: { days: 0, minutes: 720 } });
    expect(at('2026-05-13T11:59:00Z')).to.deep.equal({ state: 'open', closes: { days: 0, minutes: 840 } });
  });

  it('is closed for lunch between 12 and 13', () => {
    expect(at('2026-05-13T10:00:00Z')).to.deep.equal({ state: 'lunch', opens: 780 });
    expect(at('2026-05-13T10:59:00Z')).to.deep.equal({ state: 'lunch', opens: 780 });
  });

  it('calls a long afternoon gap "closed", not lunch', () => {
    const h = parseOpeningHours('Mo-Fr 08:00-10:00,16:00-18:00');
    expect(at('2026-05-13T10:00:00Z', h)).to.deep.include({ state: 'closed' });
  });

  it('is closed before opening and says it opens later today', () => {
    expect(at('2026-05-13T06:29:00Z')).to.deep.equal({ state: 'closed', next: { date: day('2026-05-13'), days: 0, minutes: 510 } });
  });

  it('after closing, opens tomorrow', () => {
    expect(at('2026-05-12T12:00:00Z')).to.deep.include({ state: 'closed' });
    expect((at('2026-05-12T12:00:00Z') as { next: { days: number } }).next.days).to.equal(1);
  });

  it('on Friday evening, opens on Monday', () => {
    const s = at('2026-05-08T17:00:00Z');
    expect(s).to.deep.equal({ state: 'closed', next: { date: day('2026-05-11'), days: 3, minutes: 510 } });
  });

  const closedDays2026 = ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-19', '2026-12-24', '2026-12-25', '2026-12-31'];
  const closedDays2027 = ['2027-01-01', '2027-01-06', '2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25', '2027-12-24', '2027-12-31'];
  for (const d of [...closedDays2026, ...closedDays2027]) {
    it(`is closed all day on ${d} (a weekday holiday or eve)`, () => {
      expect(weekday(day(d))).to.be.below(5);
      expect(at(`${d}T08:00:00Z`).state).to.equal('closed');
    });
  }

  it('opens on the right day after Easter 2026 and 2027', () => {
    // Thursday before långfredag, after closing: Friday and Monday are holidays → Tuesday.
    expect((at('2026-04-02T13:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2026-04-07'), days: 5, minutes: 510 });
    expect((at('2027-03-25T14:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2027-03-30'), days: 5, minutes: 510 });
  });

  it('is closed on Kristi himmelsfärd and midsommarafton, opens the next weekday', () => {
    expect((at('2026-05-14T09:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2026-05-15'), days: 1, minutes: 510 });
    expect((at('2027-05-06T09:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2027-05-07'), days: 1, minutes: 510 });
    expect((at('2026-06-19T08:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2026-06-22'), days: 3, minutes: 510 });
    expect((at('2027-06-25T08:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2027-06-28'), days: 3, minutes: 510 });
  });

  it('is closed on julafton and opens after the Christmas weekend', () => {
    expect(at('2026-12-23T13:30:00Z')).to.deep.equal({ state: 'closed', next: { date: day('2026-12-28'), days: 5, minutes: 510 } });
    expect(at('2026-12-24T09:00:00Z', oh, false)).to.deep.equal({ state: 'open', closes: { days: 0, minutes: 720 } });
    // 2027: julafton and nyårsafton are Fridays.
    expect((at('2027-12-24T09:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2027-12-27'), days: 3, minutes: 510 });
    expect((at('2027-12-31T09:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2028-01-03'), days: 3, minutes: 510 });
  });

  it('follows the clock change: the same UTC instant is 8.29 in winter and 9.29 in summer', () => {
    // Friday before the switch (CET, UTC+1) and Monday after it (CEST, UTC+2).
    expect(at('2026-03-27T07:29:00Z').state).to.equal('closed');
    expect(at('2026-03-27T07:30:00Z').state).to.equal('open');
    expect(at('2026-03-30T06:29:00Z').state).to.equal('closed');
    expect(at('2026-03-30T06:30:00Z').state).to.equal('open');
    // Saturday of the switch weekend: opens Monday 8.30 local.
    expect((at('2026-03-28T12:00:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2026-03-30'), days: 2, minutes: 510 });
    // Autumn: back to UTC+1 on 25 Oct 2026.
    expect(at('2026-10-23T06:30:00Z').state).to.equal('open');
    expect(at('2026-10-26T06:30:00Z').state).to.equal('closed');
    expect(at('2026-10-26T07:30:00Z').state).to.equal('open');
  });

  it('uses the Stockholm date when it is still the day before in UTC', () => {
    // 23:30 UTC on Thursday is 00:30 on Friday in Stockholm: opens "today" 8.30, not tomorrow.
    expect(at('2026-01-08T23:30:00Z')).to.deep.equal({ state: 'closed', next: { date: day('2026-01-09'), days: 0, minutes: 510 } });
    // 23:30 UTC on Friday is already Saturday in Stockholm: opens Monday.
    expect(at('2026-01-09T23:30:00Z')).to.deep.equal({ state: 'closed', next: { date: day('2026-01-12'), days: 2, minutes: 510 } });
    // 23:30 UTC on 5 January is already trettondedag jul in Stockholm: opens tomorrow, 7 January.
    expect((at('2026-01-05T23:30:00Z') as { next: unknown }).next).to.deep.equal({ date: day('2026-01-07'), days: 1, minutes: 510 });
  });

  it('follows opening hours that run past midnight to the real closing time', () => {
    const h = parseOpeningHours('Fr 16:00-24:00; Sa 00:00-01:00');
    expect(at('2026-05-08T20:00:00Z', h)).to.deep.equal({ state: 'open', closes: { days: 1, minutes: 60 } });
    expect(at('2026-05-08T20:00:00Z', parseOpeningHours('24/7'))).to.deep.equal({ state: 'open', closes: null });
  });
});

describe('summarize and wording', () => {
  it('groups the week and lists holidays and eves', () => {
    const rows = summarize(oh, day('2026-05-13'));
    expect(rows.map((r) => r.kind)).to.deep.equal(['days', 'days', 'holidays', 'eves']);
    expect(rows[0]).to.deep.include({ from: 0, to: 4 });
    expect(rows[1]).to.deep.include({ from: 5, to: 6, ranges: [] });
    const dated = summarize(parseOpeningHours(`${DEFAULT_HOURS}; 2026 May 12 off; 2026 May 20 off; Dec 23 off`), day('2026-05-13'));
    expect(dated.filter((r) => r.kind === 'date').length).to.equal(2); // 12 May is past
  });

  it('writes Swedish times per DIGG R66 and other locales with Intl', () => {
    expect(formatTime(510, 'sv')).to.equal('8.30');
    expect(formatTime(720, 'sv')).to.equal('12');
    expect(formatTime(60, 'sv')).to.equal('01');
    expect(formatRanges([{ from: 510, to: 720 }, { from: 780, to: 840 }], 'sv')).to.equal('kl. 8.30–12 och 13–14');
    expect(formatRanges([{ from: 60, to: 360 }], 'sv')).to.equal('kl. 01–06');
    expect(formatTime(510, 'en').replace(/\s/g, ' ')).to.equal('8:30 AM');
    expect(formatTime(720, 'en').replace(/\s/g, ' ')).to.equal('12 PM');
    expect(formatRanges([{ from: 510, to: 720 }], 'en')).to.match(/^8:30\sAM\s?–\s?12:00\sPM$/);
    expect(formatTime(510, 'ar')).to.not.equal(formatTime(510, 'en'));
    expect(formatDate(day('2027-01-04'), 'sv', { weekday: true })).to.equal('måndag 4 januari');
    expect(formatDate(day('2026-12-24'), 'sv', { year: true }, day('2026-12-26'))).to.equal('24–26 december 2026');
  });
});

describe('toSchemaOrg', () => {
  it('lists the weekly hours and the closed days ahead as OpeningHoursSpecification', () => {
    const data = toSchemaOrg(oh, { today: day('2026-12-20'), days: 14, telephone: '+4619213000', name: 'Mottagningen' }) as {
      hoursAvailable: Record<string, unknown>[];
    };
    expect(data).to.deep.include({ '@context': 'https://schema.org', '@type': 'ContactPoint', telephone: '+4619213000', name: 'Mottagningen' });
    expect(data.hoursAvailable[0]).to.deep.equal({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => `https://schema.org/${d}`),
      opens: '08:30',
      closes: '12:00',
    });
    const closed = data.hoursAvailable.filter((h) => h['validFrom']).map((h) => `${h['validFrom']} ${h['opens']}-${h['closes']}`);
    expect(closed).to.deep.equal(['2026-12-24 00:00-00:00', '2026-12-25 00:00-00:00', '2026-12-31 00:00-00:00', '2027-01-01 00:00-00:00']);
  });
});
