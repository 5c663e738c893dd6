import { describe, expect, it } from 'vitest';
import type { RuleTableInput } from '../../api/rule-table.shape';
import { buildFacts, readFactText } from '../build-facts';

const inputs: RuleTableInput[] = [
  { id: 'od', label: { en: 'OD', 'zh-CN': '外径' }, expression: 'tubingOuterDiameterIn', type: 'number' },
  { id: 'status', label: { en: 'Status', 'zh-CN': '状态' }, expression: 'supplier.approvalStatus', type: 'string' },
  { id: 'expiry', label: { en: 'Expiry', 'zh-CN': '有效期' }, expression: 'supplier.certificateExpiresOn', type: 'date' },
];

describe('facts for the test bench', () => {
  it('given typed fields, then facts are nested along each expression and typed; empty ones are missing', () => {
    expect(buildFacts(inputs, { od: '0.1546', status: 'approved', expiry: '' })).toEqual({ tubingOuterDiameterIn: 0.1546, supplier: { approvalStatus: 'approved' } });
  });

  it('given a record, then a path reads its value as text', () => {
    expect(readFactText({ supplier: { approvalStatus: 'blocked' } }, 'supplier.approvalStatus')).toBe('blocked');
    expect(readFactText({ supplier: null }, 'supplier.approvalStatus')).toBeUndefined();
  });
});
