import type { RuleTableDocument } from '../api/rule-table.shape';

/** Where a new table starts: one input, one output, one rule that matches everything. */
export function createBlankRuleTable(key: string, labels: { input: { en: string; 'zh-CN': string }; output: { en: string; 'zh-CN': string } }): RuleTableDocument {
  return {
    key,
    name: { en: key, 'zh-CN': key },
    hitPolicy: 'UNIQUE',
    inputs: [{ id: 'input1', label: labels.input, expression: 'input1', type: 'string' }],
    outputs: [{ name: 'output1', label: labels.output, type: 'string' }],
    rows: [{ id: 'rule-1', cells: ['-'], outputs: { output1: '' } }],
  };
}
