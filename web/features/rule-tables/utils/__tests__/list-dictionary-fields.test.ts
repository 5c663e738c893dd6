import { describe, expect, it } from 'vitest';
import type { DictionaryType } from '../../api/rule-table.shape';
import { listDictionaryFields, typesReadByInputs } from '../list-dictionary-fields';

const inspectionLot: DictionaryType = {
  key: 'inspection-lot',
  version: 1,
  content: {
    key: 'inspection-lot',
    label: { en: 'Inspection lot', 'zh-CN': '检验批' },
    fields: [
      { name: 'number', kind: 'code', label: { en: 'Number', 'zh-CN': '检验批号' } },
      {
        name: 'status',
        kind: 'enum',
        label: { en: 'Status', 'zh-CN': '状态' },
        values: [
          { value: 'open', label: { en: 'Open', 'zh-CN': '待检' } },
          { value: 'passed', label: { en: 'Passed', 'zh-CN': '合格' } },
        ],
      },
      { name: 'results', kind: 'list', label: { en: 'Results', 'zh-CN': '检验结果' } },
    ],
  },
};

describe('dictionary fields for typed columns', () => {
  it('given a type, then each scalar field is a fact path with its column type and values', () => {
    expect(listDictionaryFields([inspectionLot]).map(({ path, type, enum: values }) => ({ path, type, values }))).toEqual([
      { path: 'inspectionLot.number', type: 'string', values: undefined },
      { path: 'inspectionLot.status', type: 'string', values: ['open', 'passed'] },
    ]);
  });

  it('given inputs reading inspectionLot.status, then inspection lots can fill the test bench', () => {
    expect(typesReadByInputs(['inspectionLot.status', 'leakTestResult'], [inspectionLot])).toEqual([inspectionLot]);
    expect(typesReadByInputs(['leakTestResult'], [inspectionLot])).toEqual([]);
  });
});
