import { describe, expect, it } from 'vitest';
import { allocateFefo, type FefoCandidate } from '../utils/allocate-fefo.util.js';

const released = (lot: string, expiresOn: string | null, freeThousandths: number, location = 'FG-STOCK'): FefoCandidate => ({ lot, location, status: 'released', expiresOn, freeThousandths });
const demand = { asOf: '2026-03-10', minimumShelfLifeDays: null, overrideShelfLife: false };

describe('FEFO allocation', () => {
  it('takes the earliest-expiring lot first and splits the demand over the next one', () => {
    // given three released lots, listed out of expiry order
    const candidates = [released('LOT-C', '2029-06-30', 5_000_000), released('LOT-A', '2028-01-31', 300_000), released('LOT-B', '2028-12-31', 1_000_000)];
    // when 500 units are asked for
    const allocation = allocateFefo(candidates, { ...demand, quantityThousandths: 500_000 });
    // then all of LOT-A and the rest from LOT-B; LOT-C is untouched
    expect(allocation.lines).toEqual([
      { lot: 'LOT-A', location: 'FG-STOCK', quantityThousandths: 300_000, expiresOn: '2028-01-31', belowMinimumShelfLife: false },
      { lot: 'LOT-B', location: 'FG-STOCK', quantityThousandths: 200_000, expiresOn: '2028-12-31', belowMinimumShelfLife: false },
    ]);
    expect(allocation.shortfallThousandths).toBe(0);
  });

  it("skips a lot below the customer's minimum remaining shelf life and says by how much", () => {
    const candidates = [released('LOT-SHORT', '2027-01-31', 1_000_000), released('LOT-LONG', '2028-12-31', 1_000_000)];
    const allocation = allocateFefo(candidates, { ...demand, quantityThousandths: 100_000, minimumShelfLifeDays: 540 });
    expect(allocation.lines.map((line) => line.lot)).toEqual(['LOT-LONG']);
    expect(allocation.skipped).toEqual([
      { lot: 'LOT-SHORT', location: 'FG-STOCK', freeThousandths: 1_000_000, expiresOn: '2027-01-31', reason: { kind: 'shelf-life', expiresOn: '2027-01-31', remainingDays: 327, minimumDays: 540 } },
    ]);
  });

  it('never allocates a lot that is not released or has expired, even with a shelf-life override', () => {
    const candidates = [
      { ...released('LOT-HOLD', '2028-01-31', 1_000_000), status: 'hold' },
      { ...released('LOT-QUAR', '2028-02-28', 1_000_000), status: 'quarantine' },
      released('LOT-OLD', '2026-03-09', 1_000_000),
      released('LOT-SHORT', '2026-06-30', 50_000),
    ];
    const allocation = allocateFefo(candidates, { ...demand, quantityThousandths: 100_000, minimumShelfLifeDays: 540, overrideShelfLife: true });
    expect(allocation.lines).toEqual([{ lot: 'LOT-SHORT', location: 'FG-STOCK', quantityThousandths: 50_000, expiresOn: '2026-06-30', belowMinimumShelfLife: true }]);
    expect(allocation.shortfallThousandths).toBe(50_000);
    expect(allocation.skipped.map((skip) => [skip.lot, skip.reason.kind])).toEqual([
      ['LOT-OLD', 'expired'],
      ['LOT-HOLD', 'status'],
      ['LOT-QUAR', 'status'],
    ]);
  });

  it('treats the expiry date itself as the last usable day', () => {
    const onTheDay = allocateFefo([released('LOT-TODAY', '2026-03-10', 1_000)], { ...demand, quantityThousandths: 1_000 });
    expect(onTheDay.lines).toHaveLength(1);
    const dayAfter = allocateFefo([released('LOT-TODAY', '2026-03-10', 1_000)], { ...demand, asOf: '2026-03-11', quantityThousandths: 1_000 });
    expect(dayAfter.skipped[0]?.reason).toEqual({ kind: 'expired', expiresOn: '2026-03-10' });
  });

  it('puts stock without an expiry date after every dated lot and ignores empty locations', () => {
    const candidates = [released('LOT-NODATE', null, 1_000_000), released('LOT-EMPTY', '2026-12-31', 0), released('LOT-DATED', '2030-01-01', 1_000)];
    const allocation = allocateFefo(candidates, { ...demand, quantityThousandths: 2_000 });
    expect(allocation.lines.map((line) => [line.lot, line.quantityThousandths])).toEqual([
      ['LOT-DATED', 1_000],
      ['LOT-NODATE', 1_000],
    ]);
    expect(allocation.skipped).toEqual([]);
  });
});
