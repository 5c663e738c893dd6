import { describe, expect, it } from 'vitest';
import { toCsv } from '../to-csv';

describe('CSV for Excel', () => {
  it('starts with a byte order mark, quotes what needs it and neutralises formulas', () => {
    const csv = toCsv(['收货方', 'Name'], [['CUS-CN', 'Kangning, "Shanghai"'], ['=HYPERLINK("x")', 2000]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('收货方,Name\r\nCUS-CN,"Kangning, ""Shanghai"""\r\n"\'=HYPERLINK(""x"")",2000\r\n');
  });
});
