import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleTableCache, bundledRuleTablesDirectory, parseRuleTable } from '../../index.js';
import { analyseRuleTable } from '../../rule-table-analysis/analyse-rule-table.js';

const cache = new RuleTableCache();
const load = (key: string) => parseRuleTable(readFileSync(path.join(bundledRuleTablesDirectory, `${key}.json`), 'utf8'), `${key}.json`);

async function decide(key: string, facts: Record<string, unknown>): Promise<Record<string, unknown> | 'no decision'> {
  const decision = await cache.get(load(key)).evaluate(facts, { timeZone: 'Asia/Shanghai' });
  return decision.kind === 'single' && decision.matched ? decision.outputs : 'no decision';
}

describe.each(['incoming-inspection-plan', 'incoming-inspection-sampling', 'incoming-inspection-results', 'purchase-order-approval'])('the bundled table %s', (key) => {
  it('given its rows, then the analysis finds nothing that blocks publishing', () => {
    expect(analyseRuleTable(load(key)).issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });
});

describe('incoming inspection sampling (ISO 2859-1, level II)', () => {
  it.each([
    [5, 'A', 2],
    [9, 'B', 3],
    [90, 'E', 13],
    [91, 'F', 20],
    [1200.5, 'J', 80],
    [5000, 'L', 200],
    [600000, 'Q', 1250],
  ])('given a lot of %s, then code letter %s and %i samples', async (quantity, sampleSizeCodeLetter, sampleSize) => {
    expect(await decide('incoming-inspection-sampling', { quantity })).toEqual({ sampleSizeCodeLetter, sampleSize });
  });
});

describe('incoming inspection results against the PVC tubing limits', () => {
  const passing = {
    material: 'RM-TUBE-PVC-106',
    outerDiameterMinIn: 0.1488,
    outerDiameterMaxIn: 0.1512,
    innerDiameterMinIn: 0.1052,
    innerDiameterMaxIn: 0.1068,
    hardnessMinShoreA: 76,
    hardnessMaxShoreA: 80,
    visualDefects: 0,
  };

  it('given readings inside every limit (limits included), then the lot passes', async () => {
    expect(await decide('incoming-inspection-results', passing)).toEqual({ inspectionResult: 'pass', failedCharacteristic: 'none' });
    expect(await decide('incoming-inspection-results', { ...passing, outerDiameterMinIn: 0.145, outerDiameterMaxIn: 0.155, visualDefects: 1 })).toMatchObject({ inspectionResult: 'pass' });
  });

  it.each([
    [{ outerDiameterMaxIn: 0.1571 }, 'outer-diameter'],
    [{ outerDiameterMinIn: 0.1449 }, 'outer-diameter'],
    [{ innerDiameterMaxIn: 0.1112 }, 'inner-diameter'],
    [{ hardnessMinShoreA: 72.5 }, 'hardness'],
    [{ visualDefects: 2 }, 'appearance'],
  ])('given %j, then the lot fails on %s', async (change, failedCharacteristic) => {
    expect(await decide('incoming-inspection-results', { ...passing, ...change })).toEqual({ inspectionResult: 'fail', failedCharacteristic });
  });

  it('given a characteristic not measured, or a material without limits, then no row decides and QA judges', async () => {
    const { hardnessMinShoreA: _omitted, ...withoutHardness } = passing;
    expect(await decide('incoming-inspection-results', withoutHardness)).toBe('no decision');
    expect(await decide('incoming-inspection-results', { ...passing, material: 'CP-DRIP-6ML' })).toBe('no decision');
  });
});

describe('purchase order approval (21 CFR 820.50)', () => {
  const approved = { supplierStatus: 'active', supplierApprovalStatus: 'approved', supplierCertificateExpiresOn: '2099-05-14', orderAmount: 9250 };

  it.each([
    [{}, 'automatic', 'within-limit'],
    [{ orderAmount: 50001 }, 'purchasing', 'amount-above-limit'],
    [{ supplierApprovalStatus: 'conditional' }, 'purchasing', 'supplier-conditionally-approved'],
    [{ supplierCertificateExpiresOn: '2020-01-31' }, 'blocked', 'certificate-expired'],
    [{ supplierCertificateExpiresOn: null }, 'blocked', 'certificate-expired'],
    [{ supplierApprovalStatus: 'blocked' }, 'blocked', 'supplier-not-approved-for-material'],
    [{ supplierApprovalStatus: null }, 'blocked', 'supplier-not-approved-for-material'],
    [{ supplierStatus: 'suspended', orderAmount: 10 }, 'blocked', 'supplier-not-active'],
  ])('given %j, then %s (%s)', async (change, approval, approvalReason) => {
    expect(await decide('purchase-order-approval', { ...approved, ...change })).toEqual({ approval, approvalReason });
  });
});
