import { expect } from '@open-wc/testing';
import { z } from 'zod';
import {
  ERROR_CODES,
  MAX,
  cleanText,
  email,
  firstCode,
  formatPersonnummer,
  formatPhone,
  formatPostnummer,
  isErrorCode,
  parseEmail,
  parsePersonnummer,
  parsePhone,
  parsePostnummer,
  personnummer,
  phoneNumber,
  postnummer,
  text,
} from '../src/schemas/index.js';

/*
 * Expected values are worked out by hand, not produced by the code under test. Check digits:
 * Luhn with weights 2,1,2,1… over YYMMDDNNN, digit sums of the products, C = (10 - sum % 10) % 10.
 *   811218-987 → 7+1+2+2+2+8+9+8+5 = 44 → 6      701063-239 → 5+0+2+0+3+3+4+3+9 = 29 → 1
 *   000229-123 → 0+0+0+2+4+9+2+2+6 = 25 → 5      121212-121 → 2·9 = 18 → 2
 *   811318-987 → 45 → 5 (month 13)               811200-987 → 34 → 6 (day 00)
 *   701092-239 → 34 → 6 (day 32 as samordning)   230229-001 → 24 → 6 (2023 not a leap year)
 *   240229-001 → 25 → 5                          261223-001 → 23 → 7
 *   261122-001 → 21 → 9                          261123-001 → 22 → 8
 */

// The tests' "today": 22 November 2026.
const NOW = new Date('2026-11-22T12:00:00Z');

describe('schemas', () => {
  describe('cleanText', () => {
    const cases: [string, string, boolean, string][] = [
      ['trims spaces', '  hej  ', false, 'hej'],
      ['trims no-break spaces', '\u00a0hej\u00a0', false, 'hej'],
      ['composes e + combining acute (NFC)', 'Rene\u0301', false, 'Ren\u00e9'],
      ['composes å', 'a\u030angest', false, '\u00e5ngest'],
      ['strips NUL', 'a\u0000b', false, 'ab'],
      ['strips BEL and DEL', '\u0007a\u007fb', false, 'ab'],
      ['strips ESC of an escape sequence', '\u001b[31mröd', false, '[31mröd'],
      ['strips C1 (NEL, CSI)', 'a\u0085b\u009bc', false, 'abc'],
      ['single line: line break becomes a space', 'Anna\nSvensson', false, 'Anna Svensson'],
      ['single line: CRLF becomes one space', 'Anna\r\nSvensson', false, 'Anna Svensson'],
      ['single line: tab becomes a space', 'a\tb', false, 'a b'],
      ['multiline: CRLF becomes LF', 'rad 1\r\nrad 2', true, 'rad 1\nrad 2'],
      ['multiline: lone CR becomes LF', 'rad 1\rrad 2', true, 'rad 1\nrad 2'],
      ['multiline: keeps tab', 'a\tb', true, 'a\tb'],
      ['multiline: trims surrounding blank lines', '\n\n hej \n\n', true, 'hej'],
      ['multiline: strips other control chars', 'a\u0000\u000b\u000cb', true, 'ab'],
      ['keeps ZWNJ (Persian)', 'می\u200cخواهم', false, 'می\u200cخواهم'],
      ['keeps ZWJ emoji', '\u{1F469}\u200d\u{1F467}', false, '\u{1F469}\u200d\u{1F467}'],
      ['replaces a lone surrogate', 'a\ud800b', false, 'a\ufffdb'],
      ['only control chars and spaces → empty', ' \u0000 \u0001 ', false, ''],
    ];
    for (const [name, input, multiline, expected] of cases) {
      it(name, () => {
        expect(cleanText(input, { multiline })).to.equal(expected);
      });
    }
    it('defaults to single line', () => {
      expect(cleanText('a\nb')).to.equal('a b');
    });
  });

  describe('text()', () => {
    const five = text({ max: 5 });
    const fiveRequired = text({ max: 5, required: true });
    const cases: [string, z.ZodType, unknown, string | null, string?][] = [
      ['optional empty gives empty', five, '', null, ''],
      ['optional blank gives empty', five, '   ', null, ''],
      ['required empty', fiveRequired, '', 'required'],
      ['required blank', fiveRequired, ' \t ', 'required'],
      ['required control chars only', fiveRequired, '\u0000\u0007', 'required'],
      ['exactly max', five, 'abcde', null, 'abcde'],
      ['one over max', five, 'abcdef', 'too_long'],
      ['trimmed before counting', five, '  abcde  ', null, 'abcde'],
      ['control chars not counted', five, 'ab\u0000cde', null, 'abcde'],
      ['NFC before counting (10 code units → 5)', five, 'e\u0301'.repeat(5), null, '\u00e9'.repeat(5)],
      ['emoji count once', five, '\u{1F600}'.repeat(5), null, '\u{1F600}'.repeat(5)],
      ['six emoji too long', five, '\u{1F600}'.repeat(6), 'too_long'],
      ['undefined is required', fiveRequired, undefined, 'required'],
      ['a number is invalid', five, 42, 'invalid'],
    ];
    for (const [name, schema, input, code, value] of cases) {
      it(name, () => {
        const result = schema.safeParse(input);
        expect(firstCode(result)).to.equal(code);
        if (code === null) expect(result.data).to.equal(value);
      });
    }
    it('multiline keeps line breaks', () => {
      const result = text({ max: MAX.long, multiline: true }).safeParse(' Rad 1\r\nRad 2 ');
      expect(result.data).to.equal('Rad 1\nRad 2');
    });
    it('single line joins lines with a space', () => {
      expect(text({ max: MAX.short }).safeParse('Rad 1\nRad 2').data).to.equal('Rad 1 Rad 2');
    });
    it('MAX.short and MAX.long bound the length', () => {
      expect(MAX.short).to.equal(200);
      expect(MAX.long).to.equal(5000);
      const short = text({ max: MAX.short });
      expect(short.safeParse('x'.repeat(200)).success).to.equal(true);
      expect(firstCode(short.safeParse('x'.repeat(201)))).to.equal('too_long');
      const long = text({ max: MAX.long, multiline: true });
      expect(long.safeParse('x\n'.repeat(2500)).success).to.equal(true); // 4999 after trim
      expect(firstCode(long.safeParse('x'.repeat(5001)))).to.equal('too_long');
    });
  });

  describe('parsePersonnummer', () => {
    const valid: [string, string, 'personnummer' | 'samordningsnummer'][] = [
      ['811218-9876', '198112189876', 'personnummer'],
      ['8112189876', '198112189876', 'personnummer'],
      ['19811218-9876', '198112189876', 'personnummer'],
      ['198112189876', '198112189876', 'personnummer'],
      [' 811218 9876 ', '198112189876', 'personnummer'],
      ['8112 18-98 76', '198112189876', 'personnummer'],
      ['811218\u20139876', '198112189876', 'personnummer'], // en dash from a word processor
      ['19811218+9876', '198112189876', 'personnummer'], // 12 digits: separator ignored
      ['811218+9876', '188112189876', 'personnummer'], // "+": 100 years or older
      ['121212-1212', '201212121212', 'personnummer'],
      ['121212+1212', '191212121212', 'personnummer'],
      ['19121212-1212', '191212121212', 'personnummer'],
      ['701063-2391', '197010632391', 'samordningsnummer'],
      ['19701063-2391', '197010632391', 'samordningsnummer'],
      ['000229-1235', '200002291235', 'personnummer'], // 2000 is a leap year
      ['20000229-1235', '200002291235', 'personnummer'],
      ['240229-0015', '202402290015', 'personnummer'],
      ['261122-0019', '202611220019', 'personnummer'], // born today
      ['20261122-0019', '202611220019', 'personnummer'],
      ['261123-0018', '192611230018', 'personnummer'], // tomorrow in 2026 → 1926
      ['261123+0018', '192611230018', 'personnummer'], // turns 100 tomorrow: "+" all this year
      ['271123+0017', '182711230017', 'personnummer'], // turns 99 in 2026: "+" means 1827
      ['19261123+0018', '192611230018', 'personnummer'],
    ];
    for (const [input, value, kind] of valid) {
      it(`accepts ${JSON.stringify(input)} → ${value}`, () => {
        expect(parsePersonnummer(input, NOW)).to.deep.equal({ ok: true, value, kind });
      });
    }

    const invalid: [string, string, string][] = [
      ['wrong check digit', '811218-9877', 'invalid_personnummer_checksum'],
      ['birth number 000 (never issued)', '811218-0008', 'invalid_personnummer_checksum'],
      ['birth number 000, 12 digits', '198112180008', 'invalid_personnummer_checksum'],
      ['wrong check digit, 12 digits', '198112189870', 'invalid_personnummer_checksum'],
      ['swapped birth-number digits', '811218-9786', 'invalid_personnummer_checksum'],
      ['1900 is not a leap year', '19000229-1235', 'invalid_personnummer_date'],
      ['"+" puts 000229 in 1900', '000229+1235', 'invalid_personnummer_date'],
      ['2023 is not a leap year', '230229-0016', 'invalid_personnummer_date'],
      ['month 13', '811318-9875', 'invalid_personnummer_date'],
      ['day 00', '811200-9876', 'invalid_personnummer_date'],
      ['samordningsnummer day 92 (= 32)', '701092-2396', 'invalid_personnummer_date'],
      ['future birth date', '20261223-0017', 'invalid_personnummer_date'],
      ['century before 1800', '17811218-9876', 'invalid_personnummer_date'],
      ['letters', '81121A-9876', 'invalid_personnummer'],
      ['text', 'åttioett', 'invalid_personnummer'],
      ['9 digits', '811218-987', 'invalid_personnummer'],
      ['11 digits', '81121898761', 'invalid_personnummer'],
      ['13 digits', '1981121898761', 'invalid_personnummer'],
      ['separator in the wrong place', '8112-189876', 'invalid_personnummer'],
      ['two separators', '811218--9876', 'invalid_personnummer'],
      ['slash', '811218/9876', 'invalid_personnummer'],
      ['empty', '', 'invalid_personnummer'],
    ];
    for (const [name, input, code] of invalid) {
      it(`rejects ${name} (${JSON.stringify(input)}) as ${code}`, () => {
        expect(parsePersonnummer(input, NOW)).to.deep.equal({ ok: false, code });
      });
    }

    it('"today" is the Swedish calendar day, not UTC', () => {
      // 23:30 UTC on 21 November is 00:30 on 22 November in Stockholm (CET, UTC+1).
      const lateEvening = new Date('2026-11-21T23:30:00Z');
      expect(parsePersonnummer('20261122-0019', lateEvening).ok).to.equal(true);
      const earlier = new Date('2026-11-21T22:30:00Z');
      expect(parsePersonnummer('20261122-0019', earlier)).to.deep.equal({
        ok: false,
        code: 'invalid_personnummer_date',
      });
      // With 10 digits the same number is then read as 1926.
      expect(parsePersonnummer('261122-0019', earlier)).to.deep.include({ value: '192611220019' });
    });

    it('"+" means the person turns 100 this year or is older, birthday passed or not', () => {
      // On 3 December 2026 someone born 31 December 1926 turns 100 later this year.
      const dec3 = new Date('2026-12-03T10:00:00Z');
      expect(parsePersonnummer('261231+1239', dec3)).to.deep.include({ ok: true, value: '192612311239' });
      expect(parsePersonnummer('260101+1238', dec3)).to.deep.include({ ok: true, value: '192601011238' });
      // On 1 January 2027 the same "+" number still means 1926 (101 this year).
      expect(parsePersonnummer('261231+1239', new Date('2027-01-01T10:00:00Z'))).to.deep.include({ value: '192612311239' });
    });

    it('the century follows now', () => {
      const y2000 = new Date('2000-06-01T12:00:00Z');
      expect(parsePersonnummer('000229-1235', y2000)).to.deep.include({ value: '200002291235' });
      expect(parsePersonnummer('811218-9876', y2000)).to.deep.include({ value: '198112189876' });
      expect(parsePersonnummer('121212-1212', y2000)).to.deep.include({ value: '191212121212' });
    });
  });

  describe('formatPersonnummer', () => {
    it('formats twelve digits with a hyphen', () => {
      expect(formatPersonnummer('198112189876')).to.equal('19811218-9876');
      expect(formatPersonnummer('197010632391')).to.equal('19701063-2391');
    });
    it('leaves anything else unchanged', () => {
      expect(formatPersonnummer('811218-9876')).to.equal('811218-9876');
      expect(formatPersonnummer('')).to.equal('');
    });
  });

  describe('personnummer schema', () => {
    const cases: [unknown, string | null, string?][] = [
      [' 811218-9876 ', null, '198112189876'],
      ['19701063-2391', null, '197010632391'],
      ['198112189876', null, '198112189876'], // its own output parses to itself
      ['', 'required'],
      ['   ', 'required'],
      [undefined, 'required'],
      [null, 'required'],
      [8112189876, 'invalid'],
      ['811218-9877', 'invalid_personnummer_checksum'],
      ['811318-9875', 'invalid_personnummer_date'],
      ['81121', 'invalid_personnummer'],
    ];
    for (const [input, code, value] of cases) {
      it(`${JSON.stringify(input) ?? 'undefined'} → ${code ?? value}`, () => {
        const result = personnummer.safeParse(input);
        expect(firstCode(result)).to.equal(code);
        if (code === null) expect(result.data).to.equal(value);
        else expect(result.error?.issues).to.have.length(1);
      });
    }
    it('puts the code in issues[0].message', () => {
      expect(personnummer.safeParse('811218-9877').error?.issues[0]?.message).to.equal(
        'invalid_personnummer_checksum',
      );
    });
  });

  describe('postnummer', () => {
    const valid: [string, string][] = [
      ['123 45', '12345'],
      ['12345', '12345'],
      ['SE-123 45', '12345'],
      ['se 12345', '12345'],
      ['SE12345', '12345'],
      [' 647 31 ', '64731'],
      ['100 00', '10000'],
      ['989 99', '98999'],
      ['9 8 1 3 7', '98137'],
    ];
    for (const [input, value] of valid) {
      it(`accepts ${JSON.stringify(input)} → ${value}`, () => {
        expect(parsePostnummer(input)).to.deep.equal({ ok: true, value });
        expect(postnummer.safeParse(input).data).to.equal(value);
      });
    }
    const invalid = ['012 34', '01234', '1234', '123 456', '12a45', 'SE-', 'SE-012 34', 'DK-123 45', 'S-E12345', '123-45', 'abcde', ''];
    for (const input of invalid) {
      it(`rejects ${JSON.stringify(input)}`, () => {
        expect(parsePostnummer(input)).to.deep.equal({ ok: false, code: 'invalid_postnummer' });
      });
    }
    it('schema: required when empty, code when invalid', () => {
      expect(firstCode(postnummer.safeParse(''))).to.equal('required');
      expect(firstCode(postnummer.safeParse(' '))).to.equal('required');
      expect(firstCode(postnummer.safeParse('012 34'))).to.equal('invalid_postnummer');
      expect(postnummer.safeParse('12345').data).to.equal('12345');
    });
    it('formats 3+2', () => {
      expect(formatPostnummer('12345')).to.equal('123 45');
      expect(formatPostnummer('64731')).to.equal('647 31');
      expect(formatPostnummer('1234')).to.equal('1234');
    });
  });

  describe('parsePhone', () => {
    const valid: [string, string][] = [
      ['070-123 45 67', '+46701234567'],
      ['0701234567', '+46701234567'],
      ['070 - 123 45 67', '+46701234567'],
      ['070.123.45.67', '+46701234567'],
      ['+46 70 123 45 67', '+46701234567'],
      ['+46701234567', '+46701234567'],
      ['+46 (0)70-123 45 67', '+46701234567'],
      ['+46(0)701234567', '+46701234567'],
      ['0046701234567', '+46701234567'],
      ['0046 (0)70 123 45 67', '+46701234567'],
      ['073-987 65 43', '+46739876543'],
      ['08-123 456 78', '+46812345678'],
      ['(08) 123 456 78', '+46812345678'],
      ['08/123 456 78', '+46812345678'],
      ['+46 8 123 456 78', '+46812345678'],
      ['08-12 34 56', '+468123456'],
      ['019-21 30 00', '+4619213000'],
      ['0159-123 45', '+4615912345'],
      ['020-50 50 50', '+4620505050'],
      ['010-123 45 67', '+46101234567'],
      ['0980-123 45', '+4698012345'],
      ['\u00a0031\u201312 34 56 ', '+4631123456'],
      ['+358 40 123 4567', '+358401234567'],
      ['00358 40 123 4567', '+358401234567'],
      ['+1 (202) 555-0123', '+12025550123'],
      ['+44 (0)20 7946 0958', '+442079460958'],
      ['+47 123 45 678', '+4712345678'],
    ];
    for (const [input, value] of valid) {
      it(`accepts ${JSON.stringify(input)} → ${value}`, () => {
        expect(parsePhone(input)).to.deep.equal({ ok: true, value });
      });
    }
    const invalid: [string, string][] = [
      ['trunk 0 kept after +46', '+46 0 70 123 45 67'],
      ['trunk 0 kept after 0046', '0046 070 123 45 67'],
      ['mobile one digit short', '070-123 45 6'],
      ['mobile one digit long', '070-123 45 678'],
      ['six-digit NSN', '08-123 45'],
      ['too short', '0123'],
      ['too long', '08-123 456 789'],
      ['emergency number', '112'],
      ['letters', '070-ABC 45 67'],
      ['vanity letters', '0771-SOCIAL'],
      ['extension', '08-123 456 78 ext 12'],
      ['no trunk 0 or country code', '70 123 45 67'],
      ['country code 46 without +', '46701234567'],
      ['country code 0', '+0 123 456 789'],
      ['foreign too short', '+358 12'],
      ['foreign too long (16 digits)', '+358 1234 5678 9012 3'],
      ['two plus signs', '++46701234567'],
      ['plus in the middle', '070+1234567'],
      ['only separators', ' - ( ) '],
      ['empty', ''],
    ];
    for (const [name, input] of invalid) {
      it(`rejects ${name} (${JSON.stringify(input)})`, () => {
        expect(parsePhone(input)).to.deep.equal({ ok: false, code: 'invalid_phone' });
      });
    }
  });

  describe('formatPhone', () => {
    const cases: [string, string][] = [
      ['+46701234567', '070-123 45 67'],
      ['+46812345678', '08-123 456 78'],
      ['+4681234567', '08-123 45 67'],
      ['+468123456', '08-12 34 56'],
      ['+4619213000', '019-21 30 00'],
      ['+4615912345', '0159-123 45'],
      ['+4620505050', '020-50 50 50'],
      ['+46313456789', '031-345 67 89'],
      ['+4690123456', '090-12 34 56'], // Umeå
      ['+46900123456', '0900-12 34 56'], // premium rate, not Umeå
      ['+46101234567', '010-123 45 67'],
      ['+4698012345', '0980-123 45'],
      ['+46771567567', '0771-56 75 67'],
      ['+358401234567', '+358 401 234 567'],
      ['+12025550123', '+1 202 555 0123'],
      ['+4712345678', '+47 123 456 78'],
      ['+79161234567', '+7 916 123 4567'],
      ['not a number', 'not a number'],
      ['0701234567', '0701234567'],
    ];
    for (const [input, expected] of cases) {
      it(`${input} → ${expected}`, () => {
        expect(formatPhone(input)).to.equal(expected);
      });
    }
    it('round-trips Swedish display forms', () => {
      for (const shown of ['070-123 45 67', '08-123 456 78', '019-21 30 00', '0159-123 45', '020-50 50 50']) {
        const parsed = parsePhone(shown);
        expect(parsed.ok && formatPhone(parsed.value)).to.equal(shown);
      }
    });
  });

  describe('phoneNumber schema', () => {
    it('normalizes to E.164', () => {
      expect(phoneNumber.safeParse('070-123 45 67').data).to.equal('+46701234567');
      expect(phoneNumber.safeParse('+46701234567').data).to.equal('+46701234567');
    });
    it('codes', () => {
      expect(firstCode(phoneNumber.safeParse(''))).to.equal('required');
      expect(firstCode(phoneNumber.safeParse(undefined))).to.equal('required');
      expect(firstCode(phoneNumber.safeParse('+46 070 123 45 67'))).to.equal('invalid_phone');
    });
  });

  describe('email', () => {
    const valid: [string, string][] = [
      ['anna@exempel.se', 'anna@exempel.se'],
      ['Anna.Svensson@Exempel.SE', 'Anna.Svensson@exempel.se'],
      ['  anna@exempel.se  ', 'anna@exempel.se'],
      ['anna+soc@kommun.se', 'anna+soc@kommun.se'],
      ['a.b-c_d@sub.domain.example.com', 'a.b-c_d@sub.domain.example.com'],
      ['anna@exempel.se\u0000', 'anna@exempel.se'],
      ['anna@R\u00c4KSM\u00d6RG\u00c5S.se', 'anna@r\u00e4ksm\u00f6rg\u00e5s.se'], // IDN, kept as written
      ['anna@xn--rksmrgs-5wao1o.se', 'anna@xn--rksmrgs-5wao1o.se'],
    ];
    for (const [input, value] of valid) {
      it(`accepts ${JSON.stringify(input)} → ${value}`, () => {
        expect(parseEmail(input)).to.deep.equal({ ok: true, value });
        expect(email.safeParse(input).data).to.equal(value);
      });
    }
    const invalid: [string, string][] = [
      ['no @', 'anna.exempel.se'],
      ['no domain', 'anna@'],
      ['no local part', '@exempel.se'],
      ['no top-level domain', 'anna@exempel'],
      ['two @', 'anna@@exempel.se'],
      ['space in local part', 'anna svensson@exempel.se'],
      ['double dot in domain', 'anna@exempel..se'],
      ['leading dot', '.anna@exempel.se'],
      ['trailing dot in local part', 'anna.@exempel.se'],
      ['port after domain', 'anna@exempel.se:25'],
      ['path after IDN domain', 'anna@r\u00e4ksm\u00f6rg\u00e5s.se/x'],
      ['comma instead of dot', 'anna@exempel,se'],
      ['local part over 64', `${'a'.repeat(65)}@exempel.se`],
      ['over 254 characters', `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}.se`],
    ];
    for (const [name, input] of invalid) {
      it(`rejects ${name}`, () => {
        expect(parseEmail(input)).to.deep.equal({ ok: false, code: 'invalid_email' });
        expect(firstCode(email.safeParse(input))).to.equal('invalid_email');
      });
    }
    it('accepts exactly 254 characters', () => {
      const address = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.se`;
      expect(address.length).to.equal(254);
      expect(parseEmail(address).ok).to.equal(true);
    });
    it('required when empty', () => {
      expect(firstCode(email.safeParse(''))).to.equal('required');
      expect(firstCode(email.safeParse(' \u0000 '))).to.equal('required');
    });
  });

  describe('codes', () => {
    it('lists every code named in the contract', () => {
      for (const code of [
        'required',
        'too_long',
        'invalid_personnummer',
        'invalid_personnummer_date',
        'invalid_personnummer_checksum',
        'invalid_postnummer',
        'invalid_phone',
        'invalid_email',
        'invalid_choice',
      ]) {
        expect(ERROR_CODES).to.include(code);
        expect(isErrorCode(code)).to.equal(true);
      }
      expect(isErrorCode('Invalid input')).to.equal(false);
      expect(isErrorCode(undefined)).to.equal(false);
    });
    it('firstCode maps zod issues onto codes', () => {
      expect(firstCode(z.string().safeParse('x'))).to.equal(null);
      expect(firstCode(z.enum(['ja', 'nej']).safeParse('kanske'))).to.equal('invalid_choice');
      expect(firstCode(z.string().max(2).safeParse('abc'))).to.equal('too_long');
      expect(firstCode(z.number().safeParse('x'))).to.equal('invalid');
    });
    it('codes survive nesting in a strict object', () => {
      const form = z.strictObject({ pnr: personnummer, phone: phoneNumber, postnummer });
      const ok = form.safeParse({ pnr: '811218-9876', phone: '070-123 45 67', postnummer: 'SE-123 45' });
      expect(ok.data).to.deep.equal({ pnr: '198112189876', phone: '+46701234567', postnummer: '12345' });
      const bad = form.safeParse({ pnr: '811218-9877', phone: '070-123 45 67', postnummer: '12345', x: 1 });
      const byPath = Object.fromEntries(bad.error?.issues.map((i) => [i.path.join('.') || i.code, i.message]) ?? []);
      expect(byPath['pnr']).to.equal('invalid_personnummer_checksum');
      expect(byPath).to.have.property('unrecognized_keys');
    });
  });
});
