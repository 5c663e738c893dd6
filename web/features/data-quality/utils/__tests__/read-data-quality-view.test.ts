import { describe, expect, it } from 'vitest';
import { dataQualityHref, readDataQualityView } from '../read-data-quality-view';

const a = '3b241101-e2bb-4255-8caf-4136c566a962';
const b = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('the data-quality page address', () => {
  it('reads the tab and the two snapshots, ignoring what is not one of them', () => {
    expect(readDataQualityView({})).toEqual({ tab: 'duplicates' });
    expect(readDataQualityView({ tab: 'snapshots', from: a, to: b })).toEqual({ tab: 'snapshots', from: a, to: b });
    expect(readDataQualityView({ tab: 'everything', from: '../etc', to: [b, a] })).toEqual({ tab: 'duplicates', to: b });
  });

  it('writes the address back', () => {
    expect(dataQualityHref({ tab: 'duplicates' })).toBe('/data-quality');
    expect(dataQualityHref({ tab: 'snapshots', from: a, to: b })).toBe(`/data-quality?tab=snapshots&from=${a}&to=${b}`);
  });
});
