import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRuleTable } from '../../rule-table/parse-rule-table.js';
import type { RuleTableDocument } from '../../rule-table/rule-table-document.types.js';
import { exportRuleTableToCsv } from '../export-rule-table-to-csv.js';
import { exportRuleTableToXlsx } from '../export-rule-table-to-xlsx.js';
import { importRuleTableFromCsv } from '../import-rule-table-from-csv.js';
import { importRuleTableFromXlsx } from '../import-rule-table-from-xlsx.js';
import { documentOf, everyColumnType, incomingInspection } from './spreadsheet-test-tables.js';

const formats = {
  xlsx: async (document: RuleTableDocument) => importRuleTableFromXlsx(await exportRuleTableToXlsx(document), { source: 'round-trip.xlsx' }),
  csv: async (document: RuleTableDocument) => importRuleTableFromCsv(exportRuleTableToCsv(document), { source: 'round-trip.csv' }),
};

describe.each(Object.entries(formats))('export → import as %s', (_format, roundTrip) => {
  it('given the bundled incoming inspection table, then the same table comes back, version and all', async () => {
    const imported = await roundTrip(incomingInspection);

    expect(documentOf(imported)).toEqual(documentOf(incomingInspection));
    expect(imported.version).toBe(incomingInspection.version);
  });

  it('given every column type, Chinese labels, and commas, quotes, line breaks and spaces in texts, then nothing changes', async () => {
    const imported = await roundTrip(everyColumnType);

    expect(documentOf(imported)).toEqual(everyColumnType);
    expect(imported.version).toBe(parseRuleTable(everyColumnType, 'original').version);
  });

  it('given COLLECT with an aggregation and a table without description, then both come back as they were', async () => {
    const { description: _none, ...document } = {
      ...everyColumnType,
      hitPolicy: 'COLLECT' as const,
      aggregation: 'MAX' as const,
      outputs: [everyColumnType.outputs[1]!],
      rows: everyColumnType.rows.map((row) => ({ ...row, outputs: { holdDays: row.outputs.holdDays! } })),
    };

    expect(documentOf(await roundTrip(document))).toEqual(document);
  });

  it('given any text in labels, descriptions and text outputs, then it comes back exactly', async () => {
    const characters = ['a', 'Z', '0', ' ', ',', ';', '"', "'", '\\', '\n', '\r\n', '\t', '=', '+', '-', '@', '管', '路', '，', '“', '”', '😀', 'é', '_x000D_', '\u0001'];
    const text = fc.string({ unit: fc.constantFrom(...characters), maxLength: 30 });
    const nonEmpty = fc.string({ unit: fc.constantFrom(...characters), minLength: 1, maxLength: 30 }).filter((value) => value.trim() !== '');
    await fc.assert(
      fc.asyncProperty(nonEmpty, nonEmpty, nonEmpty, fc.option(nonEmpty, { nil: undefined }), text, async (labelEn, labelZh, name, description, note) => {
        const document: RuleTableDocument = {
          ...everyColumnType,
          name: { en: name, 'zh-CN': labelZh },
          inputs: everyColumnType.inputs.map((input, index) => (index === 0 ? { ...input, label: { en: labelEn, 'zh-CN': labelZh } } : input)),
          rows: everyColumnType.rows.map((row, index) => {
            const { description: _old, ...rest } = row;
            return { ...rest, ...(index === 0 && description !== undefined ? { description } : {}), outputs: { ...row.outputs, note } };
          }),
        };

        expect(documentOf(await roundTrip(document))).toEqual(document);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});

describe('exported files as Excel and WPS need them', () => {
  it('given a table, then the CSV starts with a UTF-8 byte order mark, quotes per RFC 4180 and ends lines with CRLF', () => {
    const csv = exportRuleTableToCsv(incomingInspection);

    expect(csv.startsWith('\uFEFFKey,incoming-inspection-disposition,')).toBe(true);
    expect(csv).toContain('\r\nName,Incoming inspection disposition,来料检验处置,');
    expect(csv).toContain('\r\nleak-test-failed,"Any leak is a reject, whatever the dimensions.",-,"""fail""",-,reject,leak-test-failed\r\n');
    expect(new Set(csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(',').length)).size).toBeGreaterThan(0);
  });

  it('given a CSV saved without the byte order mark and with LF line ends, then it reads the same', () => {
    const csv = exportRuleTableToCsv(incomingInspection).slice(1).replaceAll('\r\n', '\n');

    expect(importRuleTableFromCsv(csv).version).toBe(incomingInspection.version);
  });

  it('given the CSV as UTF-8 bytes, with the byte order mark, then it reads the same', () => {
    const bytes = new TextEncoder().encode(exportRuleTableToCsv(incomingInspection));

    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(importRuleTableFromCsv(bytes).version).toBe(incomingInspection.version);
  });
});
