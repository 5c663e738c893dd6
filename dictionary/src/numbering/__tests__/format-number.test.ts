import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriodKey, formatNumber, NumberingExhaustedError, parseNumberingPattern, TimeZoneInvalidError } from '../../index.js';

// 17:00 UTC on 1 March is already 01:00 on 2 March in Shanghai.
const eveningInUtc = new Date('2026-03-01T17:00:00Z');
const newYearInShanghai = new Date('2025-12-31T16:30:00Z');

describe('formatNumber', () => {
  it.each([
    ['LOT-{yyMMdd}-{seq:4}', 7, eveningInUtc, 'Asia/Shanghai', 'LOT-260302-0007'],
    ['LOT-{yyMMdd}-{seq:4}', 7, eveningInUtc, 'UTC', 'LOT-260301-0007'],
    ['LOT-{yyMMdd}-{seq:4}', 7, eveningInUtc, undefined, 'LOT-260302-0007'],
    ['PO-{yyyy}-{seq:5}', 12, newYearInShanghai, 'Asia/Shanghai', 'PO-2026-00012'],
    ['PO-{yyyy}-{seq:5}', 12, newYearInShanghai, 'Europe/Berlin', 'PO-2025-00012'],
    ['NCR-{yyyyMM}-{seq:3}', 1, eveningInUtc, 'Asia/Shanghai', 'NCR-202603-001'],
    ['NCR-{yyyyMM}-{seq:3}', 999, eveningInUtc, 'UTC', 'NCR-202603-999'],
    ['SN{seq:8}', 42, eveningInUtc, 'Asia/Shanghai', 'SN00000042'],
  ])('given %s, sequence %d at %s in %s, formats %s', (pattern, sequence, at, timeZone, expected) => {
    expect(formatNumber(pattern, sequence, { at, ...(timeZone ? { timeZone } : {}) })).toBe(expected);
  });

  it('given a sequence one past what {seq:N} holds, throws instead of growing a digit', () => {
    const action = () => formatNumber('NCR-{yyyyMM}-{seq:3}', 1000, { at: eveningInUtc });

    expect(action).toThrow(NumberingExhaustedError);
    expect(action).toThrow(
      "Numbering pattern 'NCR-{yyyyMM}-{seq:3}' has no number left for period 2026-03: 1000 needs more than 3 digits. Publish the sequence with a wider {seq:N}.",
    );
  });

  it.each([0, -1, 1.5, Number.NaN])('given sequence %d, refuses it', (sequence) => {
    expect(() => formatNumber('SN{seq:8}', sequence, { at: eveningInUtc })).toThrow(RangeError);
  });

  it('given a misspelt time zone, names it', () => {
    expect(() => formatNumber('LOT-{yyMMdd}-{seq:4}', 1, { at: eveningInUtc, timeZone: 'Asia/Shangai' })).toThrow(TimeZoneInvalidError);
  });

  it('given any sequence that fits, produces a number its pattern matches and that reads back as the sequence', () => {
    const pattern = parseNumberingPattern('LOT-{yyMMdd}-{seq:4}');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (sequence, at) => {
        const number = formatNumber(pattern, sequence, { at });
        expect(number).toMatch(pattern.expression);
        expect(Number(number.slice(-4))).toBe(sequence);
      }),
    );
  });
});

describe('computePeriodKey', () => {
  it.each([
    ['LOT-{yyMMdd}-{seq:4}', eveningInUtc, 'Asia/Shanghai', '2026-03-02'],
    ['LOT-{yyMMdd}-{seq:4}', eveningInUtc, 'UTC', '2026-03-01'],
    ['NCR-{yyyyMM}-{seq:3}', eveningInUtc, 'Asia/Shanghai', '2026-03'],
    ['NCR-{yyyyMM}-{seq:3}', new Date('2026-02-28T16:00:00Z'), 'Asia/Shanghai', '2026-03'],
    ['NCR-{yyyyMM}-{seq:3}', new Date('2026-02-28T16:00:00Z'), 'UTC', '2026-02'],
    ['PO-{yyyy}-{seq:5}', newYearInShanghai, 'Asia/Shanghai', '2026'],
    ['PO-{yy}{seq:5}', newYearInShanghai, 'UTC', '2025'],
    ['SN{seq:8}', eveningInUtc, 'Asia/Shanghai', 'all'],
  ])('given %s at %s in %s, keeps its counter under %s', (pattern, at, timeZone, expected) => {
    expect(computePeriodKey(pattern, at, timeZone)).toBe(expected);
  });

  it('given two instants on the same Shanghai day but different UTC days, gives one period: the counter does not restart', () => {
    const pattern = parseNumberingPattern('LOT-{yyMMdd}-{seq:4}');
    expect(computePeriodKey(pattern, new Date('2026-03-01T16:30:00Z'))).toBe(computePeriodKey(pattern, new Date('2026-03-02T15:30:00Z')));
  });
});
