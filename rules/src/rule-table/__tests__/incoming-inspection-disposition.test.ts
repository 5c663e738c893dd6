import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleSetRepository, RuleTableCache, bundledRuleSetsDirectory, bundledRuleTablesDirectory, parseRuleTable } from '../../index.js';

const key = 'incoming-inspection-disposition';
const ruleSets = new RuleSetRepository(bundledRuleSetsDirectory);
const table = new RuleTableCache().get(parseRuleTable(readFileSync(path.join(bundledRuleTablesDirectory, `${key}.json`), 'utf8'), `${key}.json`));

type Facts = { tubingOuterDiameterIn?: number; leakTestResult?: string; supplierApprovalStatus?: string };

/** Both decisions reduced to what a process sees: matched, and the outputs. */
async function decideBothWays(facts: Facts) {
  const ruleSet = await ruleSets.get(key);
  const [bySet, byTable] = await Promise.all([ruleSet.evaluate(facts), table.evaluate(facts)]);
  return {
    ruleSet: bySet.matched ? { matched: true, outputs: bySet.outputs } : { matched: false },
    ruleTable: byTable.kind === 'single' && byTable.matched ? { matched: true, outputs: byTable.outputs } : { matched: false },
  };
}

// The limits, the guard-band edges and the values either side of them; undefined = not measured yet.
const diameters = [undefined, 0.13, 0.1449, 0.145, 0.1455, 0.1459, 0.146, 0.1461, 0.15, 0.1539, 0.154, 0.1541, 0.1545, 0.155, 0.1551, 0.17];
const leakResults = [undefined, 'pass', 'fail'];
const supplierStatuses = [undefined, 'approved', 'conditional', 'blocked', 'expired'];
const grid = diameters.flatMap((tubingOuterDiameterIn) =>
  leakResults.flatMap((leakTestResult) =>
    supplierStatuses.map((supplierApprovalStatus) => withoutUndefined({ tubingOuterDiameterIn, leakTestResult, supplierApprovalStatus })),
  ),
);

describe('incoming inspection disposition as a FIRST rule table', () => {
  it(`given the ${grid.length} combinations of limits and results, then the table decides as the rule set does`, async () => {
    for (const facts of grid) {
      const { ruleSet, ruleTable } = await decideBothWays(facts);
      expect(ruleTable, JSON.stringify(facts)).toEqual(ruleSet);
    }
  });

  it('given random measurements around the tolerance band, then the table decides as the rule set does', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            tubingOuterDiameterIn: fc.double({ min: 0.14, max: 0.16, noNaN: true }),
            leakTestResult: fc.constantFrom('pass', 'fail'),
            supplierApprovalStatus: fc.constantFrom('approved', 'conditional', 'blocked', 'expired'),
          },
          { requiredKeys: [] },
        ),
        async (facts) => {
          const { ruleSet, ruleTable } = await decideBothWays(facts);
          expect(ruleTable).toEqual(ruleSet);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    { tubingOuterDiameterIn: 0.15, disposition: 'accept', row: 'within-specification' },
    { tubingOuterDiameterIn: 0.1455, disposition: 'hold', row: 'outer-diameter-near-limit' },
    { tubingOuterDiameterIn: 0.1551, disposition: 'reject', row: 'outer-diameter-out-of-tolerance' },
  ])('given a passing lot from an approved supplier at $tubingOuterDiameterIn in, then $disposition by row $row', async ({ tubingOuterDiameterIn, disposition, row }) => {
    const decision = await table.evaluate({ tubingOuterDiameterIn, leakTestResult: 'pass', supplierApprovalStatus: 'approved' });
    expect(decision).toMatchObject({ kind: 'single', matched: true, rowId: row, outputs: { disposition, dispositionReason: row }, tableVersion: table.table.version });
  });
});

function withoutUndefined(facts: Facts): Facts {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined)) as Facts;
}
