import { describe, expect, it } from 'vitest';
import { readInstanceFilters } from '../read-instance-filters';

describe('readInstanceFilters', () => {
  it('given filters and a page in the query string, then it passes them on trimmed', () => {
    expect(readInstanceFilters({ processKey: ' incoming-inspection ', businessKey: 'LOT-0001', offset: '40' })).toEqual({
      processKey: 'incoming-inspection',
      businessKey: 'LOT-0001',
      offset: 40,
      limit: 20,
    });
  });

  it('given values the api would refuse, then they are dropped instead of failing the page', () => {
    expect(readInstanceFilters({ processKey: 'no spaces', businessKey: '100%', offset: '-3' })).toEqual({ offset: 0, limit: 20 });
  });

  it('given a parameter repeated, then the first one counts', () => {
    expect(readInstanceFilters({ processKey: ['a', 'b'] })).toEqual({ processKey: 'a', offset: 0, limit: 20 });
  });
});
