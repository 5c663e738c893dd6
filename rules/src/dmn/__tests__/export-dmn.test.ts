/// <reference path="../dmn-moddle.d.ts" />
import { DmnModdle } from 'dmn-moddle';
import { describe, expect, it } from 'vitest';
import { buildTable, type TableSpec } from '../../rule-table/__tests__/table-builder.js';
import type { Aggregation, ColumnType, HitPolicy } from '../../rule-table/rule-table-document.types.js';
import type { DmnDecision, DmnDecisionTable, DmnDefinitions } from '../dmn-model.types.js';
import type { DmnTarget } from '../dmn-target.definitions.js';
import { DmnExportError, formatDmnIssue } from '../dmn.errors.js';
import { exportDmn } from '../export-dmn.js';

/** The exported document as dmn-moddle reads it back. */
async function exported(spec: TableSpec, target?: DmnTarget): Promise<{ decision: DmnDecision; table: DmnDecisionTable }> {
  const xml = await exportDmn(buildTable(spec), target ? { target } : {});
  const { rootElement } = await new DmnModdle().fromXML(xml, 'dmn:Definitions');
  const decision = (rootElement as DmnDefinitions).drgElement![0] as DmnDecision;
  return { decision, table: decision.decisionLogic as DmnDecisionTable };
}

async function exportError(spec: TableSpec, target?: DmnTarget): Promise<DmnExportError> {
  const error = await exportDmn(buildTable(spec), target ? { target } : {}).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(DmnExportError);
  return error as DmnExportError;
}

// Risk score 9 matches all three rows; output priority, highest first: quarantine, inspect, release.
const riskRows = [
  { id: 'inspect-mid', cells: ['[5..9]'], outputs: { action: 'inspect' } },
  { id: 'release-any', cells: ['-'], outputs: { action: 'release' } },
  { id: 'quarantine-high', cells: ['>= 8'], outputs: { action: 'quarantine' } },
];
const risk = (hitPolicy: HitPolicy, aggregation?: Aggregation, outputType: ColumnType = 'string'): TableSpec => ({
  key: 'risk',
  hitPolicy,
  ...(aggregation ? { aggregation } : {}),
  inputs: [{ id: 'riskScore', type: 'number' }],
  outputs: [{ name: 'action', type: outputType, ...(outputType === 'string' ? { enum: ['quarantine', 'inspect', 'release'] } : {}) }],
  rows: outputType === 'string' ? riskRows : riskRows.map((row, index) => ({ ...row, outputs: { action: outputType === 'date' ? `2026-01-0${index + 1}` : index + 1 } })),
});
const ruleIds = (table: DmnDecisionTable) => table.rule!.map((rule) => rule.id);

describe('hit policies', () => {
  it.each<[HitPolicy, Aggregation | undefined]>([
    ['UNIQUE', undefined],
    ['FIRST', undefined],
    ['ANY', undefined],
    ['COLLECT', undefined],
    ['RULE ORDER', undefined],
    ['COLLECT', 'SUM'],
    ['COLLECT', 'MIN'],
    ['COLLECT', 'MAX'],
    ['COLLECT', 'COUNT'],
  ])('given %s %s, then both targets write it with the rules in table order', async (hitPolicy, aggregation) => {
    for (const target of ['camunda-7', 'dmn-1.3'] as const) {
      const { table } = await exported(risk(hitPolicy, aggregation, aggregation && aggregation !== 'COUNT' ? 'integer' : 'string'), target);

      expect(table.hitPolicy).toBe(hitPolicy);
      expect(table.aggregation).toBe(aggregation);
      expect(ruleIds(table)).toEqual(['Rule_inspect-mid', 'Rule_release-any', 'Rule_quarantine-high']);
    }
  });

  it.each<[HitPolicy, HitPolicy]>([
    ['PRIORITY', 'FIRST'],
    ['OUTPUT ORDER', 'RULE ORDER'],
  ])('given %s, which Camunda 7 does not implement, then camunda-7 writes %s over the rules sorted by output priority', async (hitPolicy, rewritten) => {
    const { table } = await exported(risk(hitPolicy));

    expect(table.hitPolicy).toBe(rewritten);
    expect(ruleIds(table)).toEqual(['Rule_quarantine-high', 'Rule_inspect-mid', 'Rule_release-any']);
    expect(table.output![0]!.outputValues!.text).toBe('"quarantine","inspect","release"');
  });

  it.each<HitPolicy>(['PRIORITY', 'OUTPUT ORDER'])('given %s, then dmn-1.3 keeps it and the table order', async (hitPolicy) => {
    const { table } = await exported(risk(hitPolicy), 'dmn-1.3');

    expect(table.hitPolicy).toBe(hitPolicy);
    expect(ruleIds(table)).toEqual(['Rule_inspect-mid', 'Rule_release-any', 'Rule_quarantine-high']);
  });

  it('given MIN of a date output, then camunda-7 refuses (Camunda 7 aggregates numbers only) and dmn-1.3 writes it', async () => {
    const error = await exportError(risk('COLLECT', 'MIN', 'date'));

    expect(error.issues.map(formatDmnIssue)).toEqual([
      'Output "action": camunda-7 takes the MIN of number and integer outputs only, and this one is date (export for dmn-1.3, or decide with hit policy FIRST over rows sorted by action)',
    ]);
    expect((await exported(risk('COLLECT', 'MIN', 'date'), 'dmn-1.3')).table.aggregation).toBe('MIN');
  });
});

describe('columns', () => {
  const allTypes: TableSpec = {
    key: '2026-recall',
    hitPolicy: 'FIRST',
    inputs: (['string', 'boolean', 'integer', 'number', 'date', 'date-time'] as const).map((type) => ({ id: type.replace('-', ''), type, expression: `lot.${type.replace('-', '')}` })),
    outputs: (['string', 'boolean', 'integer', 'number', 'date', 'date-time'] as const).map((type) => ({ name: type.replace('-', ''), type })),
    rows: [
      {
        id: 'only',
        cells: ['-', '-', '-', '-', '-', '-'],
        outputs: { string: 'a', boolean: true, integer: 3, number: 0.5, date: '2026-01-31', datetime: '2026-01-31T08:00:00+08:00' },
      },
    ],
  };

  it.each<[DmnTarget, Array<string | undefined>, Array<string | undefined>]>([
    ['camunda-7', ['string', 'boolean', 'long', 'double', undefined, 'dateTime'], ['string', 'boolean', 'long', 'double', undefined, 'date']],
    ['dmn-1.3', ['string', 'boolean', 'integer', 'number', 'date', 'date and time'], ['string', 'boolean', 'integer', 'number', 'date', 'date and time']],
  ])('given every type, then %s writes the typeRefs it evaluates', async (target, inputTypeRefs, outputTypeRefs) => {
    const { table } = await exported(allTypes, target);

    expect(table.input!.map((input) => input.inputExpression!.typeRef)).toEqual(inputTypeRefs);
    expect(table.output!.map((output) => output.typeRef)).toEqual(outputTypeRefs);
    // FEEL's date() makes a calendar date of Camunda's Date variables and of ISO text alike.
    expect(table.input!.map((input) => input.inputExpression!.text)).toEqual(['lot.string', 'lot.boolean', 'lot.integer', 'lot.number', 'date(lot.date)', 'lot.datetime']);
  });

  it.each<[DmnTarget, string]>([
    ['camunda-7', 'date and time("2026-01-31T00:00:00")'],
    ['dmn-1.3', 'date and time("2026-01-31T08:00:00+08:00")'],
  ])('given output values of each type, then %s writes them as FEEL literals', async (target, dateTime) => {
    const { table } = await exported(allTypes, target);

    expect(table.rule![0]!.outputEntry!.map((entry) => entry.text)).toEqual(['"a"', 'true', '3', '0.5', 'date("2026-01-31")', dateTime]);
  });

  it('given a key starting with a digit, then the decision id, an XML id, starts with _', async () => {
    const { decision } = await exported(allTypes);

    expect(decision.id).toBe('_2026-recall');
  });

  it('given a fact named like a FEEL keyword, then the export says which', async () => {
    const error = await exportError({ ...allTypes, inputs: [{ id: 'status', type: 'string', expression: 'lot.in' }], rows: [{ ...allTypes.rows[0]!, cells: ['-'] }] });

    expect(error.issues.map(formatDmnIssue)).toEqual([`Input "status": the fact name 'in' is a FEEL keyword; rename the fact`]);
  });

  it('given labels in both languages, then DMN holds the English one and a lotflow: attribute the Chinese one', async () => {
    const xml = await exportDmn(buildTable({ ...risk('FIRST'), inputs: [{ id: 'riskScore', type: 'number' }] }));

    expect(xml).toContain('xmlns:lotflow="https://lotflow.dev/schema/dmn/1.0"');
    expect(xml).toMatch(/<input id="Input_riskScore" label="riskScore" lotflow:label-zh-CN="riskScore">/);
  });
});

describe('cells', () => {
  const cellIn = async (type: ColumnType, cell: string, target?: DmnTarget, column: Partial<TableSpec['inputs'][number]> = {}) => {
    const { table } = await exported(
      { hitPolicy: 'FIRST', inputs: [{ id: 'value', type, ...column }], outputs: [{ name: 'matched', type: 'boolean' }], rows: [{ id: 'only', cells: [cell], outputs: { matched: true } }] },
      target,
    );
    return table.rule![0]!.inputEntry![0]!.text;
  };

  it.each<[string, ColumnType, string, string]>([
    ['kept as written', 'number', '[0.145..0.146[, ]0.154..0.155]', '[0.145..0.146[, ]0.154..0.155]'],
    ['an exponent, which FEEL has not', 'number', '< 1.5e-3', '< 0.0015'],
    ['more digits than the double Lotflow compares', 'number', '0.1000000000000000055511151231257827', '0.1'],
    ["not(…), which in DMN also matches a missing value: Lotflow's never does", 'string', 'not("blocked", "expired")', 'not("blocked", "expired", null)'],
    ['not(null), which excludes the missing value already', 'string', 'not(null)', 'not(null)'],
    ['an escape a Lotflow cell reads as the letter, FEEL as a line break', 'string', '"a\\nb"', '"anb"'],
    ['a date-time without its T and with a short offset', 'date-time', 'date and time("2026-01-31 08:00:00+0800")', 'date and time("2026-01-31T08:00:00+08:00")'],
  ])('given %s, then dmn-1.3 writes the same test in S-FEEL', async (_case, type, cell, written) => {
    expect(await cellIn(type, cell, 'dmn-1.3')).toBe(written);
  });

  it('given a date-time with an offset, then camunda-7 writes the UTC local date-time the engine compares Date variables with', async () => {
    expect(await cellIn('date-time', '[date and time("2026-01-31T08:00:00+08:00")..date and time("2026-01-31T12:00:00.250Z")]')).toBe(
      '[date and time("2026-01-31T00:00:00")..date and time("2026-01-31T12:00:00.250")]',
    );
  });

  it.each<[string, string]>([
    ['true', 'true'],
    ['false', 'false'],
    ['null', 'null'],
    ['not(null)', 'not(null)'],
    ['not(true)', 'false'],
    ['not(false, null)', 'true'],
    ['true, null', 'not(false)'],
    ['false, null', 'false, null'],
    ['true, false', 'not(null)'],
    ['not(true, false)', 'not(true, false, null)'],
    ['true, false, null', '-'],
  ])('given the boolean cell %s, then camunda-7 writes %s, never true inside a list or not(…) (camunda/feel-scala#954)', async (cell, written) => {
    expect(await cellIn('boolean', cell)).toBe(written);
  });

  it.each(['within 30 days', 'before today', 'after today', 'date("2026-01-31"), within 7 days'])(
    'given %s, which S-FEEL cannot say, then both targets refuse naming the row and column',
    async (cell) => {
      for (const target of ['camunda-7', 'dmn-1.3'] as const) {
        const error = await exportError(
          {
            key: 'expiry',
            hitPolicy: 'FIRST',
            inputs: [{ id: 'lotNumber', type: 'string' }, { id: 'expiryDate', type: 'date' }],
            outputs: [{ name: 'action', type: 'string' }],
            rows: [
              { id: 'blocked', cells: ['"L-1"', '-'], outputs: { action: 'hold' } },
              { id: 'expiring', cells: ['-', cell], outputs: { action: 'use-first' } },
            ],
          },
          target,
        );

        expect(error.message).toBe(
          `Couldn't export rule table 'expiry' as DMN for ${target}: Row 2 (expiring), input "expiryDate": '${cell}' has no S-FEEL equivalent: S-FEEL cannot say "today" (write fixed dates, e.g. < date("2026-01-31"), or keep the table in Lotflow)`,
        );
      }
    },
  );
});
