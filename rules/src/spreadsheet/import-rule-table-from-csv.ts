import type { RuleTable } from '../rule-table/rule-table.types.js';
import { formatByteSize } from './format-byte-size.util.js';
import { CsvSyntaxError, parseCsvRecords } from './parse-csv-records.util.js';
import { RuleTableSheetReader, type SheetLocator } from './read-rule-table-sheet.js';
import { defaultImportLimits, progressInterval, type SpreadsheetImportOptions } from './spreadsheet-import.options.js';
import { SpreadsheetImportError, type SpreadsheetPlace } from './spreadsheet.errors.js';
import { toColumnLetters } from './to-column-letters.util.js';

const fileName = 'The CSV file';

/**
 * Reads a rule table from CSV in the layout exportRuleTableToCsv writes (as Excel or WPS save it:
 * with or without a byte order mark, CRLF or LF). Bytes must be UTF-8 ("CSV UTF-8" in Excel).
 * Ends in parseRuleTable; every problem comes back in one SpreadsheetImportError naming its line
 * and column and the part of the table, e.g.
 * `Line 14, column C (row r-3, input "Outer diameter"): "[0.145..0.155" — a range needs a closing ] or [ or )`.
 *
 * A small parser rather than exceljs's CSV reader: that one converts "0.15" and 2026-01-31 to
 * numbers and dates (cells must stay the text they are), reads only from streams, and reports no
 * line numbers.
 */
export function importRuleTableFromCsv(input: string | Uint8Array, options: SpreadsheetImportOptions = {}): RuleTable {
  const source = options.source ?? 'the CSV file';
  const { maxRows = defaultImportLimits.maxRows, maxBytes = defaultImportLimits.maxBytes } = options;
  const fail = (kind: 'too-large' | 'not-utf8' | 'csv-syntax', message: string, place: SpreadsheetPlace = {}): never => {
    throw new SpreadsheetImportError(source, [{ kind, message, place }]);
  };

  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) fail('too-large', `${fileName} is ${formatByteSize(size)}, over the ${formatByteSize(maxBytes)} one import takes; split the table`);
  let text = '';
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      fail('not-utf8', `${fileName} is not UTF-8 text; in Excel save it as "CSV UTF-8 (Comma delimited)", in WPS choose UTF-8 encoding`);
    }
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  const lineOfRecord: number[] = [];
  const locator: SheetLocator = {
    everyFieldCounts: true,
    describe(rowNumber, columnIndex) {
      if (rowNumber === undefined) return { text: fileName, place: {} };
      const line = lineOfRecord[rowNumber - 1] ?? rowNumber;
      const column = columnIndex === undefined ? undefined : toColumnLetters(columnIndex);
      return {
        text: `Line ${line}${line === rowNumber ? '' : ` (record ${rowNumber})`}${column ? `, column ${column}` : ''}`,
        place: { line, row: rowNumber, ...(column ? { column } : {}) },
      };
    },
  };
  const reader = new RuleTableSheetReader(locator, maxRows);
  let rowsRead = 0;
  try {
    for (const record of parseCsvRecords(text)) {
      rowsRead += 1;
      lineOfRecord.push(record.line);
      if (reader.accept({ number: rowsRead, cells: record.fields }) === 'stop') break;
      if (rowsRead % progressInterval === 0) options.onProgress?.(rowsRead);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    const column = toColumnLetters(error.fieldIndex);
    fail('csv-syntax', `Line ${error.line}, column ${column}: ${error.message}`, { line: error.line, row: error.recordIndex + 1, column });
  }
  options.onProgress?.(rowsRead);
  return reader.finish(source);
}

