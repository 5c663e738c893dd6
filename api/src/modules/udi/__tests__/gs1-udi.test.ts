import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildUdi, fromGs1Date, GROUP_SEPARATOR, gs1CheckDigit, normaliseGtin, parseUdi, UdiError, type Udi } from '../gs1-udi.js';

const today = new Date('2026-11-24T00:00:00Z');
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof UdiError) return error.issues;
    throw error;
  }
  return [];
};

describe('GS1 check digits and GTINs', () => {
  it('given the well-known EAN-13 4006381333931, then its check digit is 1 and it pads to GTIN-14', () => {
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(normaliseGtin('4006381333931')).toEqual({ gtin: '04006381333931' });
  });

  it('given any GTIN with one digit changed, then the check digit catches it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{13}$/), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 9 }), (body, position, shift) => {
        const gtin = `${body}${gs1CheckDigit(body)}`;
        expect(normaliseGtin(gtin)).toEqual({ gtin });
        const changed = `${gtin.slice(0, position)}${(Number(gtin[position]) + shift) % 10}${gtin.slice(position + 1)}`;
        expect(normaliseGtin(changed)).toHaveProperty('problem');
      }),
    );
  });

  it('given letters or a wrong length, then it says which', () => {
    expect(normaliseGtin('0400638133393X')).toEqual({ problem: 'a GTIN has digits only' });
    expect(normaliseGtin('123456789')).toEqual({ problem: 'a GTIN has 8, 12, 13 or 14 digits, not 9' });
  });
});

describe('GS1 dates', () => {
  it('given a two-digit year, then the century follows the sliding window of the General Specifications', () => {
    expect(fromGs1Date('291231', today)).toBe('2029-12-31');
    expect(fromGs1Date('750101', today)).toBe('2075-01-01');
    expect(fromGs1Date('770101', today)).toBe('1977-01-01');
    expect(fromGs1Date('991231', today)).toBe('1999-12-31');
  });

  it('given day 00, then it is the last day of that month', () => {
    expect(fromGs1Date('290200', today)).toBe('2029-02-28');
    expect(fromGs1Date('280200', today)).toBe('2028-02-29');
  });

  it('given an impossible date, then there is none', () => {
    expect(fromGs1Date('291301', today)).toBeUndefined();
    expect(fromGs1Date('290230', today)).toBeUndefined();
  });
});

describe('building and parsing a UDI', () => {
  const infusionSet: Udi = { gtin: '04006381333931', productionDate: '2026-11-02', expiryDate: '2029-10-31', lot: 'LOT-261102-0007' };

  it('given the IV set of a lot, then fixed fields come first and the lot ends the element string', () => {
    expect(buildUdi(infusionSet)).toEqual({
      elementString: '01040063813339311126110217291031' + '10LOT-261102-0007',
      humanReadable: '(01)04006381333931(11)261102(17)291031(10)LOT-261102-0007',
    });
  });

  it('given a lot and a serial, then the lot is ended by a group separator', () => {
    expect(buildUdi({ gtin: '04006381333931', lot: 'A1', serial: 'S-0001' }).elementString).toBe(`0104006381333931${'10A1'}${GROUP_SEPARATOR}21S-0001`);
  });

  it('given a scan with a DataMatrix symbology identifier or the printed text, then both read back the same UDI', () => {
    const { elementString, humanReadable } = buildUdi(infusionSet);
    expect(parseUdi(`]d2${elementString}`, today)).toEqual(infusionSet);
    expect(parseUdi(humanReadable, today)).toEqual(infusionSet);
  });

  it('given any valid UDI, then building and parsing give it back', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9\-./]{1,20}$/);
    const date = fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2070-12-31T00:00:00Z'), noInvalidDate: true }).map((value) => value.toISOString().slice(0, 10));
    const udi = fc.record(
      {
        gtin: fc.stringMatching(/^\d{13}$/).map((body) => `${body}${gs1CheckDigit(body)}`),
        lot: text,
        serial: text,
        productionDate: date,
        expiryDate: date,
      },
      { requiredKeys: ['gtin', 'lot'] },
    );
    fc.assert(
      fc.property(udi, (value) => {
        const { elementString, humanReadable } = buildUdi(value);
        expect(parseUdi(elementString, today)).toEqual(value);
        expect(parseUdi(humanReadable, today)).toEqual(value);
      }),
    );
  });

  it('given a wrong check digit, an impossible expiry, a bad lot character and no production identifier, then each is named', () => {
    expect(issuesOf(() => buildUdi({ gtin: '04006381333932', expiryDate: '2029-02-30', lot: 'LOT#1' }))).toEqual([
      { ai: '01', message: 'the check digit is 2, but the digits before it give 1' },
      { ai: '17', message: 'must be a date yyyy-mm-dd' },
      { ai: '10', message: "may use only letters, digits and !\"%&'()*+,-./:;<=>?_ (GS1 character set 82)" },
    ]);
    expect(issuesOf(() => buildUdi({ gtin: '04006381333931' }))).toEqual([
      { ai: 'udi', message: 'a UDI needs at least one production identifier: lot, serial, production date or expiry date' },
    ]);
  });

  it('given a scan with an unknown AI, a short date, a duplicate or no GTIN, then it is refused with the reason', () => {
    expect(issuesOf(() => parseUdi('(01)04006381333931(30)5', today))[0]).toEqual({ ai: 'udi', message: '(30) is not a UDI application identifier (01, 10, 11, 17, 21)' });
    expect(issuesOf(() => parseUdi('01040063813339311729', today))).toEqual([
      { ai: '17', message: 'needs 6 digits, found 2' },
      { ai: '17', message: "'29' is not a date YYMMDD" },
    ]);
    expect(issuesOf(() => parseUdi('(01)04006381333931(10)A(10)B', today))).toEqual([{ ai: '10', message: 'appears twice' }]);
    expect(issuesOf(() => parseUdi('(10)LOT-1', today))).toEqual([{ ai: 'udi', message: 'has no device identifier (01)' }]);
  });
});
