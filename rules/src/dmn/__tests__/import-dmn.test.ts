import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../../rule-table/rule-table.types.js';
import { DmnImportError, formatDmnIssue } from '../dmn.errors.js';
import { importDmn } from '../import-dmn.js';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const dmnFiles = (folder: string) => readdirSync(path.join(fixtures, folder)).filter((file) => file.endsWith('.dmn'));
const read = (folder: string, file: string) => readFileSync(path.join(fixtures, folder, file), 'utf8');

describe('importDmn on documents Lotflow cannot read with the same meaning', () => {
  it.each(dmnFiles('invalid'))('given %s, then it names every problem by rule and column', async (file) => {
    const expected = read('invalid', file.replace('.dmn', '.expected.txt')).trim().split('\n');

    const error = await importDmn(read('invalid', file), { source: file }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DmnImportError);
    expect((error as DmnImportError).code).toBe('LOTFLOW_DMN_IMPORT_INVALID');
    expect((error as Error).message).toContain(`Couldn't import ${file} as a rule table: `);
    expect((error as DmnImportError).issues.map(formatDmnIssue)).toEqual(expected);
  });
});

describe('importDmn on what Camunda Modeler (DMN 1.1, 1.3) and other tools (1.2) write', () => {
  it.each(dmnFiles('valid'))('given %s, then it reads the table in the expected file', async (file) => {
    const expected = JSON.parse(read('valid', file.replace('.dmn', '.expected.json')));

    const table = await importDmn(read('valid', file), { source: file });

    expect(documentOf(table)).toEqual(expected);
    expect(table.source).toBe(file);
    expect(table.version).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('input and output types', () => {
  it.each<[string | undefined, string, string, ColumnType]>([
    ['string', '"a"', '"a"', 'string'],
    ['boolean', 'true', 'false', 'boolean'],
    ['integer', '3', '3', 'integer'],
    ['long', '3', '3', 'integer'],
    ['double', '0.5', '0.5', 'number'],
    ['number', '0.5', '0.5', 'number'],
    ['date', 'date("2026-01-31")', 'date("2026-01-31")', 'date'],
    ['dateTime', 'date and time("2026-01-31T08:00:00Z")', 'date and time("2026-01-31T08:00:00Z")', 'date-time'],
    ['date and time', 'date and time("2026-01-31T08:00:00Z")', 'date and time("2026-01-31T08:00:00Z")', 'date-time'],
    ['feel:string', '"a"', '"a"', 'string'],
    // Camunda 7's date is a java.util.Date: its cells write date-times.
    ['date', '< date and time("2026-01-31T08:00:00")', 'date and time("2026-01-31T08:00:00")', 'date-time'],
    // Without a typeRef, the literals tell.
    [undefined, '"a", "b"', '"a"', 'string'],
    [undefined, '[1..5]', '1', 'number'],
    [undefined, '@"2026-01-31"', '@"2026-01-31"', 'date'],
  ])('given typeRef %s, the cell %s and the output entry %s, then input and output are %s', async (typeRef, cell, outputEntry, type) => {
    const table = await importDmn(decisionTableXml({ typeRef, cells: [cell], outputTypeRef: typeRef, outputEntries: [outputEntry] }));

    expect(table.inputs[0]!.type).toBe(type);
    expect(table.outputs[0]!.type).toBe(type);
  });

  it('given an input expression date(receivedOn), then the input is a date read from receivedOn, as exportDmn writes it for Camunda 7', async () => {
    const table = await importDmn(decisionTableXml({ expression: 'date(receivedOn)', cells: ['< date("2026-01-31")'] }));

    expect(table.inputs[0]).toMatchObject({ expression: 'receivedOn', type: 'date' });
  });

  it('given inputValues and outputValues, then they become enums, output values in their priority order', async () => {
    const table = await importDmn(
      decisionTableXml({ typeRef: 'string', inputValues: '"pass","fail"', cells: ['"pass"'], outputValues: '"reject", "hold", "accept"', outputEntries: ['"hold"'] }),
    );

    expect(table.inputs[0]!.enum).toEqual(['pass', 'fail']);
    expect(table.outputs[0]!.enum).toEqual(['reject', 'hold', 'accept']);
  });
});

describe('cells', () => {
  it.each<[string, string | undefined, string, string]>([
    ['an empty entry (Camunda Modeler writes one for -)', 'string', '', '-'],
    ['FEEL string escapes, which a Lotflow cell reads otherwise', 'string', '"a\\nb", "\\u4e2d", "say \\"hi\\""', '"a\nb", "中", "say \\"hi\\""'],
    ['DMN 1.3 temporal literals', 'date', '[@"2026-01-01"..@"2026-01-31"]', '[date("2026-01-01")..date("2026-01-31")]'],
    ['not(…, null), which exportDmn writes for Lotflow\'s not(…)', 'string', 'not("blocked", null)', 'not("blocked")'],
    ['not(…) of a comparison, which no missing value matches in DMN either', 'double', 'not(< 5)', 'not(< 5)'],
    ['not(…) of boolean values, which DMN also matches to a missing value', 'boolean', 'not(false)', 'true, null'],
  ])('given %s, then the Lotflow cell means the same', async (_case, typeRef, dmnCell, lotflowCell) => {
    const table = await importDmn(decisionTableXml({ typeRef, cells: [dmnCell] }));

    expect(table.rows[0]!.cells).toEqual([lotflowCell]);
  });

  it('given not(…) of values of an input with inputValues, then the cell lists the other values and null, as DMN matches them', async () => {
    const table = await importDmn(decisionTableXml({ typeRef: 'string', inputValues: '"approved","conditional","blocked"', cells: ['not("blocked")'] }));

    expect(table.rows[0]!.cells).toEqual(['"approved", "conditional", null']);
  });
});

describe('which decision, and its key', () => {
  const twoTables = read('invalid', 'two-decision-tables.dmn');

  it('given decisionId, then that decision table is read, keyed by its id', async () => {
    const table = await importDmn(twoTables, { decisionId: 'routing' });

    expect(table).toMatchObject({ key: 'routing', name: { en: 'Routing' } });
  });

  it('given a decisionId the document does not hold, then the error lists the decisions it does hold', async () => {
    await expect(importDmn(twoTables, { decisionId: 'pricing', source: 'two.dmn' })).rejects.toThrow(
      "Couldn't import two.dmn as a rule table: has no decision 'pricing'; its decisions: 'grading', 'routing'",
    );
  });

  it('given a decision id that is no rule table key, then the key is its lower-case form; a key option overrides it', async () => {
    const xml = decisionTableXml({ decisionId: 'Decision_Supplier_Check', cells: ['"a"'], typeRef: 'string' });

    expect((await importDmn(xml)).key).toBe('decision-supplier-check');
    expect((await importDmn(xml, { key: 'supplier-check' })).key).toBe('supplier-check');
  });
});

function documentOf(table: RuleTable) {
  const { version: _version, source: _source, ...document } = table;
  return { ...document, rows: document.rows.map(({ parsedCells: _parsedCells, ...row }) => row) };
}

interface TableXml {
  decisionId?: string;
  typeRef?: string | undefined;
  expression?: string;
  inputValues?: string;
  cells: string[];
  outputTypeRef?: string | undefined;
  outputValues?: string;
  outputEntries?: string[];
}

/** A DMN 1.3 document with one input and one output; one rule per cell. */
function decisionTableXml(spec: TableXml): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  const typeRef = (value: string | undefined) => (value ? ` typeRef="${value}"` : '');
  const rules = spec.cells
    .map(
      (cell, index) => `<rule id="Rule_${index}"><inputEntry id="In_${index}"><text>${escape(cell)}</text></inputEntry>
        <outputEntry id="Out_${index}"><text>${escape(spec.outputEntries?.[index] ?? '"x"')}</text></outputEntry></rule>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_1" name="Test" namespace="https://lotflow.dev/tests">
  <decision id="${spec.decisionId ?? 'test-table'}" name="Test table">
    <decisionTable id="DecisionTable_1" hitPolicy="FIRST">
      <input id="Input_value" label="Value">
        <inputExpression id="InputExpression_value"${typeRef(spec.typeRef)}><text>${spec.expression ?? 'value'}</text></inputExpression>
        ${spec.inputValues ? `<inputValues><text>${escape(spec.inputValues)}</text></inputValues>` : ''}
      </input>
      <output id="Output_result" name="result"${typeRef(spec.outputEntries ? spec.outputTypeRef : 'string')}>
        ${spec.outputValues ? `<outputValues><text>${escape(spec.outputValues)}</text></outputValues>` : ''}
      </output>
      ${rules}
    </decisionTable>
  </decision>
</definitions>`;
}
