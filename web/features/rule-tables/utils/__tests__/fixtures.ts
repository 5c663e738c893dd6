import type { RuleTableDocument } from '../../api/rule-table.shape';

/** A small FIRST table on tubing OD and the leak test, the shape of the bundled incoming-inspection table. */
export const tubingTable: RuleTableDocument = {
  key: 'tubing-disposition',
  name: { en: 'Tubing disposition', 'zh-CN': '管路处置' },
  hitPolicy: 'FIRST',
  inputs: [
    { id: 'outerDiameter', label: { en: 'Outer diameter (in)', 'zh-CN': '外径（英寸）' }, expression: 'tubingOuterDiameterIn', type: 'number' },
    { id: 'leakTest', label: { en: 'Leak test', 'zh-CN': '泄漏测试' }, expression: 'leakTestResult', type: 'string', enum: ['pass', 'fail'] },
  ],
  outputs: [{ name: 'disposition', label: { en: 'Disposition', 'zh-CN': '处置' }, type: 'string', enum: ['reject', 'hold', 'accept'] }],
  rows: [
    { id: 'leak', cells: ['-', '"fail"'], outputs: { disposition: 'reject' } },
    { id: 'near-limit', cells: ['[0.145..0.146[', '-'], outputs: { disposition: 'hold' } },
    { id: 'in-spec', cells: ['[0.146..0.154]', '"pass"'], outputs: { disposition: 'accept' } },
  ],
};
