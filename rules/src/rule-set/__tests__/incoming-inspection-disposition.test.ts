import { describe, expect, it } from 'vitest';
import { RuleSetInputError, RuleSetRepository, bundledRuleSetsDirectory } from '../../index.js';

const repository = new RuleSetRepository(bundledRuleSetsDirectory);
const approvedPassing = { leakTestResult: 'pass', supplierApprovalStatus: 'approved' };

describe('incoming inspection disposition (OD 0.150 ± 0.005 in)', () => {
  it.each([
    { case: 'nominal lot', facts: { ...approvedPassing, tubingOuterDiameterIn: 0.15 }, disposition: 'accept', reason: 'within-specification' },
    { case: 'inner edge of the guard band', facts: { ...approvedPassing, tubingOuterDiameterIn: 0.154 }, disposition: 'accept', reason: 'within-specification' },
    { case: 'near the upper limit', facts: { ...approvedPassing, tubingOuterDiameterIn: 0.1545 }, disposition: 'hold', reason: 'outer-diameter-near-limit' },
    { case: 'on the lower limit', facts: { ...approvedPassing, tubingOuterDiameterIn: 0.145 }, disposition: 'hold', reason: 'outer-diameter-near-limit' },
    { case: 'just below the lower limit', facts: { ...approvedPassing, tubingOuterDiameterIn: 0.1449 }, disposition: 'reject', reason: 'outer-diameter-out-of-tolerance' },
    { case: 'above the upper limit', facts: { ...approvedPassing, tubingOuterDiameterIn: 0.158 }, disposition: 'reject', reason: 'outer-diameter-out-of-tolerance' },
    { case: 'leak, perfect diameter', facts: { ...approvedPassing, leakTestResult: 'fail', tubingOuterDiameterIn: 0.15 }, disposition: 'reject', reason: 'leak-test-failed' },
    { case: 'expired supplier', facts: { ...approvedPassing, supplierApprovalStatus: 'expired', tubingOuterDiameterIn: 0.15 }, disposition: 'reject', reason: 'supplier-not-approved' },
    { case: 'conditional supplier', facts: { ...approvedPassing, supplierApprovalStatus: 'conditional', tubingOuterDiameterIn: 0.15 }, disposition: 'hold', reason: 'supplier-conditionally-approved' },
  ])('$case → $disposition', async ({ facts, disposition, reason }) => {
    const ruleSet = await repository.get('incoming-inspection-disposition');
    const decision = await ruleSet.evaluate(facts);
    expect(decision).toMatchObject({ matched: true, outputs: { disposition, dispositionReason: reason } });
    expect(decision.ruleSetVersion).toBe(ruleSet.ruleSet.version);
  });

  it('when the measurement is missing, no rule decides', async () => {
    const ruleSet = await repository.get('incoming-inspection-disposition');
    const decision = await ruleSet.evaluate({ ...approvedPassing, tubingOuterDiameterIn: null });
    expect(decision).toMatchObject({ matched: false, outputs: {} });
  });

  it('when a fact has the wrong type, says which fact and what was expected', async () => {
    const ruleSet = await repository.get('incoming-inspection-disposition');
    await expect(ruleSet.evaluate({ ...approvedPassing, tubingOuterDiameterIn: '0.150' })).rejects.toThrow(RuleSetInputError);
    await expect(ruleSet.evaluate({ ...approvedPassing, leakTestResult: 'ok', tubingOuterDiameterIn: 0.15 })).rejects.toThrow(
      /fact leakTestResult must be one of "pass", "fail"/,
    );
  });

  it('given an evaluation that starts while another is finishing, then both decide', async () => {
    const ruleSet = await repository.get('incoming-inspection-disposition');
    const facts = { ...approvedPassing, tubingOuterDiameterIn: 0.15 };
    for (let offset = 0; offset < 60; offset += 1) {
      const first = ruleSet.evaluate(facts);
      for (let tick = 0; tick < offset; tick += 1) await Promise.resolve();
      const decisions = await Promise.all([first, ruleSet.evaluate(facts)]);
      expect(decisions.map((decision) => decision.matched), `second evaluation started ${offset} ticks later`).toEqual([true, true]);
    }
  });

  it('compiles a version once and reuses it', async () => {
    const first = await repository.get('incoming-inspection-disposition');
    const second = await repository.get('incoming-inspection-disposition');
    expect(second).toBe(first);
  });
});
