import { describe, expect, it } from 'vitest';
import { RuleTableCache, parseRuleTable } from '../../index.js';
import { tableDocument } from './table-builder.js';

const document = (key: string, cell = '>= 5') =>
  tableDocument({
    key,
    hitPolicy: 'FIRST',
    inputs: [{ id: 'riskScore', type: 'number' }],
    outputs: [{ name: 'action', type: 'string' }],
    rows: [{ id: 'inspect', cells: [cell], outputs: { action: 'inspect' } }],
  });

describe('RuleTableCache', () => {
  it('given the same version twice, even parsed separately, then it compiles once and reuses the engine', async () => {
    const cache = new RuleTableCache();
    const first = cache.get(parseRuleTable(document('risk'), 'first read'));
    const second = cache.get(parseRuleTable(JSON.stringify(document('risk')), 'second read'));

    expect(second).toBe(first);
    expect(cache.size).toBe(1);
    expect(await second.evaluate({ riskScore: 7 })).toMatchObject({ matched: true });
  });

  it('given a changed table, then the new version gets its own engine and the old one keeps deciding as before', async () => {
    const cache = new RuleTableCache();
    const before = cache.get(parseRuleTable(document('risk', '>= 5'), 'v1'));
    const after = cache.get(parseRuleTable(document('risk', '>= 8'), 'v2'));

    expect(after).not.toBe(before);
    expect(await before.evaluate({ riskScore: 7 })).toMatchObject({ matched: true });
    expect(await after.evaluate({ riskScore: 7 })).toMatchObject({ matched: false });
    expect(cache.get(parseRuleTable(document('risk', '>= 5'), 'v1 again'))).toBe(before);
  });

  it('given more versions than it holds, then the least recently used is compiled again when asked for', () => {
    const cache = new RuleTableCache(2);
    const [a, b, c] = ['a', 'b', 'c'].map((key) => parseRuleTable(document(key), key)) as [ReturnType<typeof parseRuleTable>, ReturnType<typeof parseRuleTable>, ReturnType<typeof parseRuleTable>];
    const compiledA = cache.get(a);
    const compiledB = cache.get(b);
    cache.get(a);
    cache.get(c);

    expect(cache.size).toBe(2);
    expect(cache.get(a)).toBe(compiledA);
    expect(cache.get(b)).not.toBe(compiledB);
  });
});
