import { describe, expect, it } from 'vitest';
import { computeBackoff } from '../outbox-delivery.js';

describe('the wait between delivery attempts', () => {
  it('doubles after each failed attempt and stops growing at the cap', () => {
    expect([1, 2, 3, 4, 5].map((attempts) => computeBackoff(attempts, 5000, 3_600_000))).toEqual([5000, 10_000, 20_000, 40_000, 80_000]);
    expect(computeBackoff(20, 5000, 3_600_000)).toBe(3_600_000);
  });
});
