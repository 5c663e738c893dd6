import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRuleTable } from '../../index.js';
import { buildTable } from '../../rule-table/__tests__/table-builder.js';
import type { Scalar } from '../../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../../rule-table/rule-table.types.js';
import { analyseRuleTable } from '../analyse-rule-table.js';
import { buildColumnAxes } from '../column-axis.js';
import { findGaps } from '../find-gaps.js';
import { orderDimensions } from '../order-dimensions.js';
import { unionRankSets } from '../rank-set.js';
import { buildRowBoxes } from '../row-boxes.js';
import { sweepOverlaps } from '../sweep-overlaps.js';
import { bruteForceOverlaps } from './brute-force-overlaps.js';
import { gridFacts, tableArbitrary } from './random-tables.js';
import { regionContains } from './region-contains.js';

function tableSpace(table: RuleTable) {
  const { axes } = buildColumnAxes(table, { dictionaryEnums: [] });
  const { space, boxes } = buildRowBoxes(table, axes, { day: 0, timeZone: 'UTC' });
  return { space, boxes: boxes.filter((box) => box.sets.every((set) => set.length > 0)) };
}

const rowIndexes = (table: RuleTable, rowIds: readonly string[]) => rowIds.map((id) => table.rows.findIndex((row) => row.id === id));

describe('the sweep against a pairwise check', () => {
  it('given random tables of up to 5 inputs and 25 rows, then the sweep finds exactly the overlapping pairs a pairwise check finds, in any input order', () => {
    fc.assert(
      fc.property(
        tableArbitrary({ maxInputs: 5, maxRows: 25, hitPolicy: 'RULE ORDER' }).chain((generated) =>
          fc.record({ generated: fc.constant(generated), order: fc.shuffledSubarray([...generated.spec.inputs.keys()], { minLength: generated.spec.inputs.length }) }),
        ),
        ({ generated, order }) => {
          const { boxes } = tableSpace(buildTable(generated.spec));

          const swept = sweepOverlaps(boxes, order);

          expect(swept).toEqual(bruteForceOverlaps(boxes));
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

// A budget, not a timing assertion: thousands of engine evaluations need room on a busy machine.
describe('the analysis against the engine', () => {
  it('given random tables, then overlaps, gaps, shadowed rows (FIRST and PRIORITY) and unsatisfiable rows are what evaluating every region of the inputs shows, and every witness does what its issue says', async () => {
    await fc.assert(
      fc.asyncProperty(tableArbitrary({ maxInputs: 3, maxRows: 6, hitPolicy: 'RULE ORDER' }), fc.boolean(), async ({ spec, kinds }, includeMissingValuesInGaps) => {
        const table = buildTable(spec);
        const compiled = compileRuleTable(table);
        const byPriority = compileRuleTable(buildTable({ ...spec, hitPolicy: 'PRIORITY' }));
        const evaluated: Array<{ facts: Record<string, Scalar>; matched: number[]; priorityWinner: number | undefined }> = [];
        for (const facts of gridFacts(kinds)) {
          const priority = await byPriority.evaluate(facts);
          evaluated.push({
            facts,
            matched: rowIndexes(table, (await compiled.evaluate(facts)).matchedRowIds),
            priorityWinner: priority.kind === 'single' && priority.matched ? rowIndexes(table, [priority.rowId])[0] : undefined,
          });
        }

        const analysis = analyseRuleTable(table, { includeMissingValuesInGaps });
        const first = analyseRuleTable(buildTable({ ...spec, hitPolicy: 'FIRST' }));
        const priority = analyseRuleTable(buildTable({ ...spec, hitPolicy: 'PRIORITY' }));

        const byCode = (issues: typeof analysis.issues, code: string) => issues.filter((issue) => issue.code === code);
        const coMatched = new Set(evaluated.flatMap(({ matched }) => matched.flatMap((a) => matched.filter((b) => b > a).map((b) => `${a}-${b}`))));
        expect(new Set(byCode(analysis.issues, 'overlapping-rows').map(({ rowIds }) => rowIndexes(table, rowIds).sort((a, b) => a - b).join('-')))).toEqual(coMatched);

        const inGapDomain = ({ facts }: (typeof evaluated)[number]) => includeMissingValuesInGaps || Object.keys(facts).length === kinds.length;
        const unmatched = evaluated.filter((point) => point.matched.length === 0 && inGapDomain(point));
        expect(byCode(analysis.issues, 'gap').length > 0).toBe(unmatched.length > 0);
        const { space, boxes } = tableSpace(table);
        const gapDomain = space.domain.map((domain, column) => (includeMissingValuesInGaps ? unionRankSets(domain, space.missing[column]!) : domain));
        const regions = findGaps(boxes, gapDomain, orderDimensions(boxes, kinds.length));
        for (const point of evaluated.filter(inGapDomain)) {
          expect(regions.some((region) => regionContains(space, region, point.facts)), JSON.stringify(point)).toBe(point.matched.length === 0);
        }

        const everMatched = new Set(evaluated.flatMap(({ matched }) => matched));
        const unsatisfiable = table.rows.flatMap((row, index) => (everMatched.has(index) ? [] : [row.id]));
        expect(byCode(analysis.issues, 'unsatisfiable-row').map(({ rowIds }) => rowIds[0])).toEqual(unsatisfiable);

        const decides = new Set(evaluated.flatMap(({ matched }) => (matched.length > 0 ? [Math.min(...matched)] : [])));
        const shadowed = table.rows.flatMap((row, index) => (everMatched.has(index) && !decides.has(index) ? [row.id] : []));
        expect(byCode(first.issues, 'shadowed-row').map(({ rowIds }) => rowIds[0])).toEqual(shadowed);
        const decidesByPriority = new Set(evaluated.flatMap(({ priorityWinner }) => (priorityWinner === undefined ? [] : [priorityWinner])));
        const outranked = table.rows.flatMap((row, index) => (everMatched.has(index) && !decidesByPriority.has(index) ? [row.id] : []));
        expect(byCode(priority.issues, 'shadowed-row').map(({ rowIds }) => rowIds[0])).toEqual(outranked);

        for (const issue of byCode(analysis.issues, 'overlapping-rows')) {
          expect((await compiled.evaluate(issue.witness!.facts)).matchedRowIds).toEqual(expect.arrayContaining(issue.rowIds));
        }
        for (const issue of byCode(analysis.issues, 'gap')) {
          expect((await compiled.evaluate(issue.witness!.facts)).matchedRowIds).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
