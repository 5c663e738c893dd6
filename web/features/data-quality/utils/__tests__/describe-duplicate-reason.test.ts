import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/create-translator';
import { describeDuplicateReason } from '../describe-duplicate-reason';

const name = { en: 'Name', 'zh-CN': '供应商名称' };
const nameZh = { en: 'Name (Chinese)', 'zh-CN': '中文名称' };

describe('why two records look like one', () => {
  it('says it in both languages, from the same data', () => {
    const similar = { kind: 'similar-name' as const, field: 'name', otherField: 'name', label: name, otherLabel: name, similarity: 0.97, values: ['Shanghai Medical Tubing Co., Ltd.', 'SHANGHAI MEDICAL TUBING CO'] };
    expect(describeDuplicateReason(similar, 'en', createTranslator('en'))).toBe('Name 97% alike: “Shanghai Medical Tubing Co., Ltd.” and “SHANGHAI MEDICAL TUBING CO”');
    expect(describeDuplicateReason(similar, 'zh-CN', createTranslator('zh-CN'))).toBe('供应商名称相似度 97%：“Shanghai Medical Tubing Co., Ltd.”与“SHANGHAI MEDICAL TUBING CO”');

    const across = { ...similar, field: 'nameZh', label: nameZh, otherField: 'name', similarity: 1, values: ['上海医用管材有限公司', '上海医用管材公司'] };
    expect(describeDuplicateReason(across, 'en', createTranslator('en'))).toBe('Name (Chinese) of the first and Name of the second 100% alike: “上海医用管材有限公司” and “上海医用管材公司”');

    const certificate = { kind: 'same-identifier' as const, field: 'certificates/number', label: { en: 'Certificates › Certificate number', 'zh-CN': '资质证书 › 证书编号' }, value: 'Q5-TUBE-017' };
    expect(describeDuplicateReason(certificate, 'zh-CN', createTranslator('zh-CN'))).toBe('资质证书 › 证书编号相同：Q5-TUBE-017');
  });
});
