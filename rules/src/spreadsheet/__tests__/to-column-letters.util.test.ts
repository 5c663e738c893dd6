import { describe, expect, it } from 'vitest';
import { toColumnLetters } from '../to-column-letters.util.js';

describe('toColumnLetters', () => {
  it('given columns past Z, as a wide table has, then it names them as Excel does', () => {
    expect([0, 2, 25, 26, 27, 51, 52, 701, 702].map(toColumnLetters)).toEqual(['A', 'C', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
