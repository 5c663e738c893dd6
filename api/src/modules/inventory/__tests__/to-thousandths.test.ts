import { describe, expect, it } from 'vitest';
import { fromThousandths } from '../utils/from-thousandths.util.js';
import { toThousandths } from '../utils/to-thousandths.util.js';

describe('quantities in thousandths', () => {
  it('keeps decimals exact where floating point would not', () => {
    expect(toThousandths(0.1)).toBe(100);
    expect(toThousandths('12.345')).toBe(12_345);
    expect(toThousandths(-2.5)).toBe(-2_500);
    // 0.1 + 0.2 is 0.30000000000000004 as a float; in thousandths it is 300.
    expect(fromThousandths(toThousandths(0.1)! + toThousandths(0.2)!)).toBe(0.3);
  });

  it('refuses more than three decimal places and what is not a number', () => {
    expect(toThousandths(1.0005)).toBeUndefined();
    expect(toThousandths('1e3')).toBeUndefined();
    expect(toThousandths('ten')).toBeUndefined();
    expect(toThousandths(Number.NaN)).toBeUndefined();
  });
});
