import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportRuleTableToCsv } from '../export-rule-table-to-csv.js';
import { exportRuleTableToXlsx } from '../export-rule-table-to-xlsx.js';
import { importRuleTableFromCsv } from '../import-rule-table-from-csv.js';
import { importRuleTableFromXlsx } from '../import-rule-table-from-xlsx.js';
import { SpreadsheetImportError, type SpreadsheetIssue } from '../spreadsheet.errors.js';
import { editWorkbook, incomingInspection } from './spreadsheet-test-tables.js';

// The exported incoming inspection sheet: header rows 1–12 (hit policy B4, types row 9, values
// row 10), rules from row 13: leak-test-failed, supplier-not-approved,
// outer-diameter-out-of-tolerance, …; inputs in C–E, outputs in F–G.
const exported = await exportRuleTableToXlsx(incomingInspection);
const csv = exportRuleTableToCsv(incomingInspection);

async function issuesOf(importing: Promise<unknown> | (() => unknown)): Promise<Array<Pick<SpreadsheetIssue, 'kind' | 'message' | 'pointer'>>> {
  const error = await (typeof importing === 'function' ? Promise.resolve().then(importing) : importing).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SpreadsheetImportError);
  expect(error).toMatchObject({ code: 'LOTFLOW_RULE_TABLE_IMPORT_INVALID' });
  return (error as SpreadsheetImportError).issues.map(({ kind, message, pointer }) => ({ kind, message, ...(pointer === undefined ? {} : { pointer }) }));
}

/** The exported workbook with the cells a QA engineer changed. */
async function importEdited(cells: Record<string, ExcelJS.CellValue>) {
  const edited = await editWorkbook(exported, (sheet) => {
    for (const [address, value] of Object.entries(cells)) sheet.getCell(address).value = value;
  });
  return importRuleTableFromXlsx(edited, { source: 'incoming.xlsx' });
}

async function workbookOf(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importRuleTableFromXlsx on files that are not rule tables', () => {
  it.each([
    ['a CSV file', Buffer.from('Key,incoming\r\n'), 'not-a-workbook', 'The file is not an Excel workbook (.xlsx); for CSV use the CSV import'],
    ['an Excel 97–2003 file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'not-a-workbook', 'The workbook is in the Excel 97–2003 format (.xls); save it as "Excel Workbook (*.xlsx)"'],
    ['a cut-off download', exported.subarray(0, 3000), 'not-a-workbook', 'The workbook could not be read; it may be damaged or not an .xlsx file (FILE_ENDED)'],
    ['no bytes', Buffer.alloc(0), 'empty', 'The workbook is empty (0 bytes)'],
  ])('given %s, then it says what the file is', async (_case, bytes, kind, message) => {
    expect(await issuesOf(importRuleTableFromXlsx(bytes))).toEqual([{ kind, message }]);
  });

  it('given a workbook without sheets or with an empty sheet, then it says so', async () => {
    const noSheet = await workbookOf(() => undefined);
    const emptySheet = await workbookOf((workbook) => workbook.addWorksheet('rules'));

    expect(await issuesOf(importRuleTableFromXlsx(noSheet))).toEqual([{ kind: 'empty', message: 'The workbook has no visible worksheet' }]);
    expect(await issuesOf(importRuleTableFromXlsx(emptySheet))).toEqual([{ kind: 'empty', message: 'Sheet "rules" is empty; export a rule table to see the layout' }]);
  });

  it('given some other spreadsheet, then it lists the header rows a rule table has', async () => {
    const inventory = await workbookOf((workbook) => {
      const sheet = workbook.addWorksheet('Inventory');
      sheet.addRow(['Part', 'Quantity']);
      sheet.addRow(['PVC tubing', 3]);
    });

    expect(await issuesOf(importRuleTableFromXlsx(inventory))).toEqual([
      {
        kind: 'missing-header',
        message:
          'Sheet "Inventory" is not a Lotflow rule table: column A lacks the header rows "Key", "Name", "Hit policy", "Column", "Id", "Expression", "Type", "Label (zh-CN)", "Rule id"; export a rule table to see the layout',
      },
    ]);
  });

  it('given a header row whose caption was mistyped, then it names the row that is missing and what stands there', async () => {
    expect(await issuesOf(importEdited({ A4: 'Hit polcy' }))).toEqual([
      {
        kind: 'missing-header',
        message: 'Sheet "rules" is not a Lotflow rule table: column A lacks the header row "Hit policy", and has "Hit polcy" (row 4) instead; export a rule table to see the layout',
      },
    ]);
  });

  it('given a file over the byte limit or with more rules than the row limit, then it stops with the limit', async () => {
    expect(await issuesOf(importRuleTableFromXlsx(exported, { maxBytes: 4096 }))).toEqual([
      { kind: 'too-large', message: 'The workbook is over the 4 KB one import takes; split the table' },
    ]);
    expect(await issuesOf(importRuleTableFromXlsx(exported, { maxRows: 5 }))).toEqual([
      { kind: 'too-large', message: 'Sheet "rules" has more than 5 rules, the most one import takes; split the table' },
    ]);
  });

  it('given a stream over the byte limit, then it stops reading it', async () => {
    let chunksRead = 0;
    async function* chunks() {
      for (let index = 0; index < 1000; index += 1) {
        chunksRead += 1;
        yield new Uint8Array(1024);
      }
    }

    expect(await issuesOf(importRuleTableFromXlsx(chunks(), { maxBytes: 10 * 1024 }))).toEqual([
      { kind: 'too-large', message: 'The workbook is over the 10 KB one import takes; split the table' },
    ]);
    expect(chunksRead).toBe(11);
  });
});

describe('importRuleTableFromXlsx on a rule table with mistakes', () => {
  it('given an unknown hit policy, type or column kind, then it names the cell and the choices', async () => {
    expect(await issuesOf(importEdited({ B4: 'FRIST', C9: 'float' }))).toEqual([
      {
        kind: 'unknown-value',
        message: 'Sheet "rules", cell B4 (hit policy): "FRIST" is not a hit policy; write one of UNIQUE, FIRST, PRIORITY, ANY, COLLECT, RULE ORDER, OUTPUT ORDER',
        pointer: '/hitPolicy',
      },
      {
        kind: 'unknown-value',
        message: 'Sheet "rules", cell C9 (input "Tubing outer diameter (in)"): "float" is not a type; write one of string, number, integer, boolean, date, date-time',
        pointer: '/inputs/0/type',
      },
    ]);
    expect(await issuesOf(importEdited({ C6: 'Inptus' }))).toEqual([
      { kind: 'unknown-value', message: 'Sheet "rules", cell C6: "Inptus" is not a column kind; write Inputs or Outputs (a blank cell continues the kind on its left)' },
    ]);
  });

  it('given a hit policy in other case and spacing, and a remark beside the header, then it reads the table', async () => {
    const table = await importEdited({ B4: ' rule  order ', B5: 'Reviewed by QA, 2026-01-31' });

    expect(table.hitPolicy).toBe('RULE ORDER');
  });

  it('given a header row twice or an unknown caption above the rules, then it names the row', async () => {
    expect(await issuesOf(importEdited({ A5: 'Key' }))).toEqual([
      { kind: 'missing-header', message: 'Sheet "rules", cell A5: "Key" is a header row a second time (first in row 1); delete one of them' },
    ]);
    expect(await issuesOf(importEdited({ A5: 'Owner', B5: 'QA' }))).toEqual([
      {
        kind: 'missing-header',
        message:
          'Sheet "rules", cell A5: "Owner" is not a header row; column A above "Rule id" holds only Key, Name, Description, Hit policy, Column, Id, Expression, Type, Values, Label (zh-CN), Rule id (or nothing)',
      },
    ]);
  });

  it('given a value right of the last column, then it names the cell and how to add a column', async () => {
    expect(await issuesOf(importEdited({ H14: 'oops' }))).toEqual([
      {
        kind: 'column-count',
        message:
          'Sheet "rules", cell H14 (row supplier-not-approved): "oops" is outside the table, which ends at column G; to add a column, fill in its Column, Id, Type and label header cells',
      },
    ]);
  });

  it('given mistakes in the header rows, then each is named by its cell and part of the table', async () => {
    const issues = await issuesOf(importEdited({ B1: 'Incoming Inspection', C2: null, D10: 'pass, fail', F8: 'disposition' }));

    expect(issues).toEqual([
      {
        kind: 'invalid-table',
        message: 'Sheet "rules", cell D10 (input "Leak test result", values): "pass, fail" — text must be in double quotes: "pass"',
        pointer: '/inputs/1/enum',
      },
      {
        kind: 'invalid-table',
        message: 'Sheet "rules", cell F8 (output "Disposition"): "disposition" — an output has no expression; leave this cell empty',
        pointer: '/outputs/0/expression',
      },
      {
        kind: 'invalid-table',
        message: 'Sheet "rules", cell B1 (key): "Incoming Inspection" must be lower-case letters, digits and dashes (at most 80), e.g. incoming-inspection-disposition',
        pointer: '/key',
      },
      { kind: 'invalid-table', message: 'Sheet "rules", cell C2 (name (zh-CN)): is empty; write the text in both English and Chinese', pointer: '/name/zh-CN' },
    ]);
  });

  // As for JSON files, parseRuleTable checks the rules once the table's shape is valid.
  it('given mistakes in rules, then every one is named by cell, row and column, with the table pointer', async () => {
    const issues = await issuesOf(importEdited({ A14: 'leak-test-failed', C15: '[0.145..0.155', F13: 'rejected', G16: null, D18: 0.5 }));

    expect(issues).toEqual([
      { kind: 'invalid-table', message: "Sheet \"rules\", cell A14 (row leak-test-failed, id): 'leak-test-failed' is declared twice", pointer: '/rows/1/id' },
      {
        kind: 'invalid-table',
        message: 'Sheet "rules", cell F13 (row leak-test-failed, output "Disposition"): "rejected" must be one of "reject", "hold", "accept"',
        pointer: '/rows/0/outputs/disposition',
      },
      {
        kind: 'invalid-table',
        message:
          'Sheet "rules", cell G16 (row supplier-conditionally-approved, output "Reason"): is empty; write one of "leak-test-failed", "supplier-not-approved", "outer-diameter-out-of-tolerance", "supplier-conditionally-approved", "outer-diameter-near-limit", "within-specification"',
        pointer: '/rows/3/outputs/dispositionReason',
      },
      {
        kind: 'invalid-table',
        message: 'Sheet "rules", cell C15 (row outer-diameter-out-of-tolerance, input "Tubing outer diameter (in)"): "[0.145..0.155" — a range needs a closing ] or [ or )',
        pointer: '/rows/2/cells/0',
      },
      {
        kind: 'invalid-table',
        message:
          'Sheet "rules", cell D18 (row within-specification, input "Leak test result"): "0.5" — 0.5 is a number, but leakTestResult is a string column; write text in double quotes, e.g. "pass"',
        pointer: '/rows/5/cells/1',
      },
    ]);
  });

  it('given the error itself, then its message lists every issue with its pointer for the logs', async () => {
    const error = (await importEdited({ C15: '[0.145..0.155' }).catch((caught: unknown) => caught)) as Error;

    expect(error.message).toBe(
      'Couldn\'t import a rule table from incoming.xlsx: Sheet "rules", cell C15 (row outer-diameter-out-of-tolerance, input "Tubing outer diameter (in)"): "[0.145..0.155" — a range needs a closing ] or [ or ) [/rows/2/cells/0]',
    );
  });

  it('given an aggregation on a FIRST table and no rules at all, then it says what to change', async () => {
    const noRules = await editWorkbook(exported, (sheet) => {
      for (let rule = 0; rule < incomingInspection.rows.length; rule += 1) sheet.spliceRows(13, 1);
    });

    expect(await issuesOf(importEdited({ D4: 'SUM' }))).toEqual([
      { kind: 'invalid-table', message: 'Sheet "rules", cell B4 (hit policy): "FIRST" must be COLLECT when the table has an aggregation', pointer: '/hitPolicy' },
    ]);
    expect(await issuesOf(importRuleTableFromXlsx(noRules))).toEqual([
      { kind: 'invalid-table', message: 'Sheet "rules", cell A12 (rules): no rules follow the header row; write one rule per row below it', pointer: '/rows' },
    ]);
  });
});

describe('importRuleTableFromCsv on bad files', () => {
  const lines = csv.split('\r\n');

  it.each([
    ['nothing but the byte order mark', '\uFEFF', 'empty', 'The CSV file is empty; export a rule table to see the layout'],
    ['a quote that is never closed', `${lines.slice(0, 13).join('\r\n')}\r\nsupplier-not-approved,"21 CFR 820.50,-,-\r\n`, 'csv-syntax', 'Line 14, column B: a quoted field is not closed; the file may be cut off, or a quote inside it is not doubled ("")'],
    ['text after a closing quote', csv.replace('"""fail""",', '"""fail"""x,'), 'csv-syntax', 'Line 13, column D: text follows a closing quote; inside quotes, write a quote twice ("")'],
    ['a record missing its last field', csv.replace(',reject,leak-test-failed', ',reject'), 'column-count', 'Line 13 (row leak-test-failed): has 6 fields, but the table has 7 columns (A to G); a comma is missing'],
    [
      'a description with a comma but no quotes',
      csv.replace('"Any leak is a reject, whatever the dimensions."', 'Any leak is a reject, whatever the dimensions.'),
      'column-count',
      'Line 13, column H (row leak-test-failed): has 8 fields, but the table has 7 columns (A to G); a comma is extra, or a text holding a comma is not in quotes',
    ],
  ])('given %s, then it names the line and column', async (_case, text, kind, message) => {
    expect(await issuesOf(() => importRuleTableFromCsv(text))).toEqual([{ kind, message }]);
  });

  it('given bytes in GBK, as Excel saves "CSV (Comma delimited)" on a Chinese Windows, then it asks for UTF-8', async () => {
    const gbk = Buffer.from([0x4b, 0x65, 0x79, 0x2c, 0xc0, 0xb4, 0xc1, 0xcf]); // "Key,来料"

    expect(await issuesOf(() => importRuleTableFromCsv(gbk))).toEqual([
      { kind: 'not-utf8', message: 'The CSV file is not UTF-8 text; in Excel save it as "CSV UTF-8 (Comma delimited)", in WPS choose UTF-8 encoding' },
    ]);
  });

  it('given a file over the byte limit, then it stops with the limit', async () => {
    expect(await issuesOf(() => importRuleTableFromCsv(csv, { maxBytes: 1024 }))).toEqual([
      { kind: 'too-large', message: 'The CSV file is 2 KB, over the 1 KB one import takes; split the table' },
    ]);
  });

  it('given a bad cell below a description with line breaks, then it names the physical line and the record', async () => {
    const text = csv.replace('Any leak is a reject, whatever', 'Any leak\nis a reject,\nwhatever').replace('"< 0.145, > 0.155"', '"< 0.145, > 0.155, ]"');

    expect(await issuesOf(() => importRuleTableFromCsv(text, { source: 'incoming.csv' }))).toEqual([
      {
        kind: 'invalid-table',
        message:
          'Line 17 (record 15), column C (row outer-diameter-out-of-tolerance, input "Tubing outer diameter (in)"): "< 0.145, > 0.155, ]" — a value is missing at the end; write a number without quotes, e.g. 0.15',
        pointer: '/rows/2/cells/0',
      },
    ]);
  });

  it('given an unknown hit policy, then it names line 4, column B', async () => {
    expect(await issuesOf(() => importRuleTableFromCsv(csv.replace('Hit policy,FIRST,', 'Hit policy,FIRTS,')))).toEqual([
      {
        kind: 'unknown-value',
        message: 'Line 4, column B (hit policy): "FIRTS" is not a hit policy; write one of UNIQUE, FIRST, PRIORITY, ANY, COLLECT, RULE ORDER, OUTPUT ORDER',
        pointer: '/hitPolicy',
      },
    ]);
  });
});
