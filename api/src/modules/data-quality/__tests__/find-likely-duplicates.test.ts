import { describe, expect, it } from 'vitest';
import { duplicateRules, findLikelyDuplicates, type DuplicateCandidate } from '../find-likely-duplicates.js';
import { normaliseName } from '../utils/normalise-name.util.js';

const suppliers = duplicateRules.find((rule) => rule.type === 'supplier')!;
const materials = duplicateRules.find((rule) => rule.type === 'material')!;
const supplier = (code: string, values: Record<string, unknown>): DuplicateCandidate => ({ code, values: { code, country: 'CN', ...values } });

describe('normalising a name', () => {
  it('drops case, full-width forms, punctuation, spaces and legal-form words in both languages', () => {
    expect(normaliseName('Shanghai Medical Tubing Co., Ltd.')).toBe('shanghaimedicaltubing');
    expect(normaliseName('SHANGHAI MEDICAL TUBING CO LTD')).toBe('shanghaimedicaltubing');
    expect(normaliseName('ＳＨＡＮＧＨＡＩ　Medical Tubing Co.,Ltd.')).toBe('shanghaimedicaltubing');
    expect(normaliseName('Medizintechnik Müller GmbH & Co. KG')).toBe('medizintechnikmüller');
    expect(normaliseName('Acme Inc.')).toBe(normaliseName('ACME, Incorporated'));
    expect(normaliseName('上海医用管材有限公司')).toBe('上海医用管材');
    expect(normaliseName('上海医用管材股份有限公司')).toBe('上海医用管材');
    expect(normaliseName('上海医用管材公司（浦东）')).toBe('上海医用管材浦东');
  });
});

describe('likely duplicates', () => {
  it('pairs two spellings of one company, in English and in Chinese, and says which names matched', () => {
    // given a supplier entered twice, once as the invoice spells it, and an unrelated one
    const pairs = findLikelyDuplicates(suppliers, [
      supplier('SUP-A', { name: 'Shanghai Medical Tubing Co., Ltd.', nameZh: '上海医用管材有限公司' }),
      supplier('SUP-B', { name: 'SHANGHAI MEDICAL TUBING CO LTD', nameZh: '上海医用管材公司' }),
      supplier('SUP-C', { name: 'Ningbo Jiemei Precision Molding Co., Ltd.', nameZh: '宁波洁美精密注塑有限公司' }),
    ]);

    // then only the two spellings are paired, with full similarity
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ type: 'supplier', score: 1, records: [{ code: 'SUP-A' }, { code: 'SUP-B' }] });
    expect(pairs[0]!.records[1].names).toEqual({ name: 'SHANGHAI MEDICAL TUBING CO LTD', nameZh: '上海医用管材公司' });
    expect(pairs[0]!.reasons).toEqual([
      { kind: 'similar-name', field: 'name', otherField: 'name', similarity: 1, values: ['Shanghai Medical Tubing Co., Ltd.', 'SHANGHAI MEDICAL TUBING CO LTD'] },
      { kind: 'similar-name', field: 'nameZh', otherField: 'nameZh', similarity: 1, values: ['上海医用管材有限公司', '上海医用管材公司'] },
    ]);
  });

  it('finds a Chinese name typed in the English field, and a near spelling above the threshold but not one below', () => {
    const pairs = findLikelyDuplicates(suppliers, [
      supplier('SUP-A', { name: 'Shanghai Medical Tubing Co., Ltd.', nameZh: '上海医用管材有限公司' }),
      supplier('SUP-B', { name: '上海医用管材公司' }),
      supplier('SUP-C', { name: 'Kunshan Lianhe Medical Tubing Co., Ltd.' }),
      supplier('SUP-D', { name: 'Kunshan Lianhe Medical Tubes Co Ltd' }),
      supplier('SUP-E', { name: '上海医用管件有限公司' }),
    ]);
    expect(pairs.map((pair) => pair.records.map((record) => record.code).join('+'))).toEqual(['SUP-A+SUP-B', 'SUP-C+SUP-D']);
    expect(pairs[0]!.reasons[0]).toMatchObject({ field: 'nameZh', otherField: 'name', similarity: 1 });
    expect(pairs[1]!.score).toBeCloseTo(0.885, 3);
  });

  it('pairs records that share an identifier however it is typed, whatever their names', () => {
    const pairs = findLikelyDuplicates(suppliers, [
      supplier('SUP-A', { name: 'Alpha Plastics', certificates: [{ number: 'Q5-TUBE-13485-2024-017' }, { number: 'ISO-9001-1' }] }),
      supplier('SUP-B', { name: 'Beta Polymers', certificates: [{ number: 'q5 tube 13485 2024 017' }] }),
      supplier('SUP-C', { name: 'Gamma Metals', certificates: [{ number: 'ISO-9001-2' }] }),
    ]);
    expect(pairs).toEqual([
      expect.objectContaining({ score: 1, records: [expect.objectContaining({ code: 'SUP-A' }), expect.objectContaining({ code: 'SUP-B' })], reasons: [{ kind: 'same-identifier', field: 'certificates/number', value: 'Q5-TUBE-13485-2024-017' }] }),
    ]);
    const gtin = findLikelyDuplicates(materials, [
      { code: 'CP-1', values: { name: 'Roller clamp', gtins: [{ packagingLevel: 'each', gtin: '06901234000016' }] } },
      { code: 'CP-2', values: { name: 'Clamp, roller type', gtins: [{ packagingLevel: 'box', gtin: '06901234000016' }] } },
    ]);
    expect(gtin[0]!.reasons).toEqual([{ kind: 'same-identifier', field: 'gtins/gtin', value: '06901234000016' }]);
  });

  it('finds nothing among different names without a common identifier', () => {
    expect(
      findLikelyDuplicates(materials, [
        { code: 'CP-DRIP-6ML', values: { name: 'Drip chamber with 20 drops/mL drop former, 6 mL', nameZh: '滴斗（含 20 滴/mL 滴管），6 mL' } },
        { code: 'CP-SPIKE-AV', values: { name: 'Spike with air vent', nameZh: '带进气口的瓶塞穿刺器' } },
        { code: 'CP-EMPTY', values: { name: 'Co., Ltd.' } },
      ]),
    ).toEqual([]);
  });
});
