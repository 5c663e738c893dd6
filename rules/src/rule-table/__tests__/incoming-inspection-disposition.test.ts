import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleTableCache, bundledRuleTablesDirectory, parseRuleTable } from '../../index.js';

const key = 'incoming-inspection-disposition';
const table = new RuleTableCache().get(parseRuleTable(readFileSync(path.join(bundledRuleTablesDirectory, `${key}.json`), 'utf8'), `${key}.json`));

type Facts = { tubingOuterDiameterIn?: number; leakTestResult?: string; supplierApprovalStatus?: string };

type Outcome = { matched: false } | { matched: true; outputs: { disposition: string; dispositionReason: string } };

/**
 * The specification, restated as plain code: tubing OD 0.150 ± 0.005 in, results within 0.001 in
 * of a limit held for QA, a leak or a blocked/expired supplier rejects, a conditional supplier holds.
 */
function specification({ tubingOuterDiameterIn: od, leakTestResult: leak, supplierApprovalStatus: supplier }: Facts): Outcome {
  const decide = (disposition: string, dispositionReason: string): Outcome => ({ matched: true, outputs: { disposition, dispositionReason } });
  if (leak === 'fail') return decide('reject', 'leak-test-failed');
  if (supplier === 'blocked' || supplier === 'expired') return decide('reject', 'supplier-not-approved');
  if (od !== undefined && (od < 0.145 || od > 0.155)) return decide('reject', 'outer-diameter-out-of-tolerance');
  if (supplier === 'conditional') return decide('hold', 'supplier-conditionally-approved');
  if (od !== undefined && (od < 0.146 || od > 0.154)) return decide('hold', 'outer-diameter-near-limit');
  if (leak === 'pass' && supplier === 'approved' && od !== undefined) return decide('accept', 'within-specification');
  return { matched: false };
}

/** What a process sees of the table's decision: matched, and the outputs. */
async function decide(facts: Facts): Promise<Outcome> {
  const decision = await table.evaluate(facts);
  return decision.kind === 'single' && decision.matched ? { matched: true, outputs: decision.outputs as { disposition: string; dispositionReason: string } } : { matched: false };
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
  it(`given the ${grid.length} combinations of limits and results, then the table decides as the specification says`, async () => {
    for (const facts of grid) {
      expect(await decide(facts), JSON.stringify(facts)).toEqual(specification(facts));
    }
  });

  it('given random measurements around the tolerance band, then the table decides as the specification says', async () => {
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
          expect(await decide(facts)).toEqual(specification(facts));
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
