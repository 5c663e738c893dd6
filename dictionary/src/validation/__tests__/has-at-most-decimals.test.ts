import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasAtMostDecimals } from '../has-at-most-decimals.js';

describe('hasAtMostDecimals', () => {
  it.each([
    [1.001, 3, true],
    [4.35, 2, true],
    [0.155, 3, true],
    [0.1555, 3, false],
    [15, 0, true],
    [15.5, 0, false],
    [-0.005, 3, true],
    [Number.NaN, 3, false],
  ])('given %d at scale %d, answers %s', (value, scale, expected) => {
    expect(hasAtMostDecimals(value, scale)).toBe(expected);
  });

  it('given any decimal written with at most `scale` places, accepts it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        expect(hasAtMostDecimals(Number(`${units}e-${scale}`), scale)).toBe(true);
      }),
    );
  });

  it('given any decimal with one place more than `scale`, rejects it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e8, max: 1e8 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 6 }), (units, lastDigit, scale) => {
        const text = `${units < 0 ? '-' : ''}${Math.abs(units)}${lastDigit}e-${scale + 1}`;
        expect(hasAtMostDecimals(Number(text), scale)).toBe(false);
      }),
    );
  });
});
