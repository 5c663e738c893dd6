import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRuleTable } from '../../rule-table/parse-rule-table.js';
import type { RuleTableDocument } from '../../rule-table/rule-table-document.types.js';
import { DmnExportError } from '../dmn.errors.js';
import { exportDmn } from '../export-dmn.js';
import { importDmn } from '../import-dmn.js';
import { decider } from './decide.js';
import { facts, ruleTableDocument } from './rule-table.arbitrary.js';

const runs = { numRuns: Number(process.env.DMN_RUNS ?? 150) };
const timeout = 60_000;

describe('importDmn(exportDmn(table))', () => {
  it('given any table spelled as the exporter keeps it, when it goes through dmn-1.3, then it comes back the same, version included', async () => {
    await fc.assert(
      fc.asyncProperty(ruleTableDocument(), async (document) => {
        const table = parseRuleTable(document, 'generated.json');

        const back = await importDmn(await exportDmn(table, { target: 'dmn-1.3' }), { source: 'generated.json' });

        expect(back).toEqual(table);
      }),
      runs,
    );
  }, timeout);

  it('given any table in any spelling, when it goes through dmn-1.3, then it has the same columns and rows and decides alike', async () => {
    await fc.assert(
      fc.asyncProperty(
        ruleTableDocument({ messy: true }).chain((document) => fc.tuple(fc.constant(document), fc.array(facts(document.inputs), { minLength: 10, maxLength: 10 }))),
        async ([document, factSets]) => {
          const table = parseRuleTable(document, 'generated.json');

          const back = await importDmn(await exportDmn(table, { target: 'dmn-1.3' }));

          expect(withoutCells(back)).toEqual(withoutCells(table));
          const [original, imported] = [decider(table), decider(back)];
          for (const facts of factSets) expect(await imported(facts)).toEqual(await original(facts));
        },
      ),
      runs,
    );
  }, timeout);

  it('given any table, when it goes through camunda-7, then it decides alike, or the export names what Camunda 7 cannot aggregate', async () => {
    await fc.assert(
      fc.asyncProperty(
        ruleTableDocument({ messy: true })
          .filter(hasDistinctDateTimeOutputs)
          .chain((document) => fc.tuple(fc.constant(document), fc.array(facts(document.inputs), { minLength: 10, maxLength: 10 }))),
        async ([document, factSets]) => {
          const table = parseRuleTable(document, 'generated.json');
          const minMaxOfDates = (table.aggregation === 'MIN' || table.aggregation === 'MAX') && ['date', 'date-time'].includes(table.outputs[0]!.type);

          const exported = exportDmn(table);

          if (minMaxOfDates) {
            await expect(exported).rejects.toThrow(DmnExportError);
            return;
          }
          const back = await importDmn(await exported);
          expect(back.hitPolicy).toBe({ PRIORITY: 'FIRST', 'OUTPUT ORDER': 'RULE ORDER' }[table.hitPolicy as string] ?? table.hitPolicy);
          expect(back.rows.map((row) => row.id).sort()).toEqual(table.rows.map((row) => row.id).sort());
          const [original, imported] = [decider(table), decider(back)];
          for (const facts of factSets) expect(await imported(facts)).toEqual(await original(facts));
        },
      ),
      runs,
    );
  }, timeout);
});

/** Everything but the cells' text (and so the version), which the messy spellings change. */
function withoutCells(table: ReturnType<typeof parseRuleTable>) {
  const { version: _version, source: _source, ...rest } = table;
  return { ...rest, rows: table.rows.map(({ cells: _cells, parsedCells: _parsed, ...row }) => row) };
}

/**
 * Camunda compares date-times as instants, Lotflow's ANY and enums compare their text: two
 * spellings of one instant in an output would be one value to the engine and two to Lotflow.
 */
function hasDistinctDateTimeOutputs(document: RuleTableDocument): boolean {
  return document.outputs
    .filter((output) => output.type === 'date-time')
    .every((output) => {
      const values = [...(output.enum ?? []), ...document.rows.map((row) => row.outputs[output.name]!)].map(String);
      const instants = new Map<number, string>();
      return values.every((value) => {
        const instant = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
        const seen = instants.get(instant);
        instants.set(instant, value);
        return seen === undefined || seen === value;
      });
    });
}
