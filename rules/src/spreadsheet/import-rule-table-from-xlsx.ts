import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import { unescapeXlsxText } from './escape-xlsx-text.util.js';
import { formatByteSize } from './format-byte-size.util.js';
import { RuleTableSheetReader, type SheetLocator } from './read-rule-table-sheet.js';
import { defaultImportLimits, progressInterval, type SpreadsheetImportOptions } from './spreadsheet-import.options.js';
import { SpreadsheetImportError, type SpreadsheetIssueKind } from './spreadsheet.errors.js';
import type { CellContent } from './spreadsheet-value.definitions.js';
import { toColumnLetters } from './to-column-letters.util.js';

export type XlsxInput = Uint8Array | Readable | AsyncIterable<Uint8Array>;

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const legacyExcelSignature = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads a rule table from the first visible sheet of an .xlsx workbook in the layout
 * exportRuleTableToXlsx writes. The file is taken into memory up to `maxBytes` (5 MB), then
 * parsed row by row with exceljs's streaming reader: the rows feed the table as they come and
 * `onProgress` hears how many have been read. Ends in parseRuleTable; every problem comes back
 * in one SpreadsheetImportError naming its cell and the part of the table, e.g.
 * `Sheet "rules", cell C14 (row r-3, input "Outer diameter"): "[0.145..0.155" — a range needs a closing ] or [ or )`.
 */
export async function importRuleTableFromXlsx(input: XlsxInput, options: SpreadsheetImportOptions = {}): Promise<RuleTable> {
  const source = options.source ?? 'the workbook';
  const { maxRows = defaultImportLimits.maxRows, maxBytes = defaultImportLimits.maxBytes } = options;
  const fail = (kind: SpreadsheetIssueKind, message: string): never => {
    throw new SpreadsheetImportError(source, [{ kind, message, place: {} }]);
  };

  const bytes = await readUpTo(input, maxBytes);
  if (bytes === undefined) return fail('too-large', `The workbook is over the ${formatByteSize(maxBytes)} one import takes; split the table`);
  if (bytes.length === 0) return fail('empty', 'The workbook is empty (0 bytes)');
  if (startsWith(bytes, legacyExcelSignature)) return fail('not-a-workbook', 'The workbook is in the Excel 97–2003 format (.xls); save it as "Excel Workbook (*.xlsx)"');
  // exceljs's reader waits forever on input that is not a zip; refuse it here.
  if (!startsWith(bytes, zipSignature)) return fail('not-a-workbook', 'The file is not an Excel workbook (.xlsx); for CSV use the CSV import');

  let lastReported = 0;
  const report = (rowsRead: number) => {
    // A second reading (see below) starts counting again; the progress shown never goes back.
    if (rowsRead <= lastReported) return;
    lastReported = rowsRead;
    options.onProgress?.(rowsRead);
  };
  const read = async (sheets: AsyncIterable<SheetSource>): Promise<RuleTableSheetReader | undefined> => {
    let reader: RuleTableSheetReader | undefined;
    let rowsRead = 0;
    for await (const sheet of sheets) {
      const isRuleSheet = !reader && sheet.state !== 'hidden' && sheet.state !== 'veryHidden';
      if (isRuleSheet) reader = new RuleTableSheetReader(sheetLocator(sheet.name), maxRows);
      let reading = isRuleSheet;
      // Every sheet is read to its end, even past a stop: exceljs removes its temporary files only then.
      for await (const row of sheet.rows) {
        if (!reading) continue;
        rowsRead += 1;
        reading = reader!.accept({ number: row.number, cells: cellsOf(row, sheet.decode) }) === 'continue';
        if (rowsRead % progressInterval === 0) report(rowsRead);
      }
    }
    report(rowsRead);
    return reader;
  };

  let reader: RuleTableSheetReader | undefined;
  try {
    reader = await read(streamSheets(bytes));
  } catch (streamingError) {
    if (streamingError instanceof SpreadsheetImportError) throw streamingError;
    // exceljs's streaming reader now and then loses a part of a sound file (a race in its unzip);
    // the full reader settles whether the file can be read at all.
    try {
      reader = await read(loadSheets(bytes));
    } catch (error) {
      if (error instanceof SpreadsheetImportError) throw error;
      fail('not-a-workbook', `The workbook could not be read; it may be damaged or not an .xlsx file (${(streamingError as Error).message})`);
    }
  }
  if (!reader) return fail('empty', 'The workbook has no visible worksheet');
  return reader.finish(source);
}

interface SheetSource {
  name: string;
  state: string | undefined;
  rows: AsyncIterable<ExcelJS.Row> | Iterable<ExcelJS.Row>;
  /** Whether text still holds OOXML's _xHHHH_ escapes (the streaming reader leaves them). */
  decode: boolean;
}

async function* streamSheets(bytes: Buffer): AsyncGenerator<SheetSource> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    const { name, state } = worksheet as unknown as { name: string; state?: string };
    yield { name, state, rows: worksheet, decode: true };
  }
}

async function* loadSheets(bytes: Buffer): AsyncGenerator<SheetSource> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const worksheet of workbook.worksheets) {
    const rows: ExcelJS.Row[] = [];
    worksheet.eachRow((row) => rows.push(row));
    yield { name: worksheet.name, state: worksheet.state, rows, decode: false };
  }
}

function sheetLocator(sheet: string): SheetLocator {
  return {
    everyFieldCounts: false,
    describe(rowNumber, columnIndex) {
      if (rowNumber === undefined) return { text: `Sheet "${sheet}"`, place: { sheet } };
      if (columnIndex === undefined) return { text: `Sheet "${sheet}", row ${rowNumber}`, place: { sheet, row: rowNumber } };
      const cell = `${toColumnLetters(columnIndex)}${rowNumber}`;
      return { text: `Sheet "${sheet}", cell ${cell}`, place: { sheet, row: rowNumber, cell } };
    },
  };
}

/** A row's cells from column A, as plain content: rich text as its text, formulas as their result. */
function cellsOf(row: ExcelJS.Row, decode: boolean): Array<CellContent | null> {
  const values = Array.isArray(row.values) ? row.values : [];
  const text = decode ? unescapeXlsxText : (value: string) => value;
  const contentOf = (value: ExcelJS.CellValue): CellContent | null => {
    if (value === null || value === undefined) return null;
    if (typeof value === 'string') return text(value);
    if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
    if ('richText' in value) return text(value.richText.map((part) => part.text).join(''));
    if ('error' in value) return value.error;
    if ('hyperlink' in value) return contentOf(value.text as ExcelJS.CellValue);
    if ('result' in value) return contentOf(value.result ?? null);
    return null;
  };
  return Array.from(values.slice(1), contentOf);
}

async function readUpTo(input: XlsxInput, maxBytes: number): Promise<Buffer | undefined> {
  if (input instanceof Uint8Array) return input.byteLength > maxBytes ? undefined : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      if (input instanceof Readable) input.destroy();
      return undefined;
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
