import type { ValidationIssue } from '@lotflow/dictionary';
import { parseCell } from '../rule-table/parse-cell.js';
import { parseRuleTable } from '../rule-table/parse-rule-table.js';
import { RuleTableInvalidError } from '../rule-table/rule-table.errors.js';
import type { ColumnType, RuleTableDocument, RuleTableInput, RuleTableOutput, RuleTableRow, Scalar } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import {
  aggregationColumnIndex,
  aggregations,
  columnKindWords,
  columnTypeNames,
  descriptionColumnIndex,
  firstTableColumnIndex,
  headerRows,
  hitPolicies,
  idColumnIndex,
  labelColumnIndexes,
  maxHeaderRows,
  valueColumnIndex,
  type ColumnKind,
  type HeaderRowName,
} from './rule-table-sheet.layout.js';
import { SpreadsheetImportError, type SpreadsheetIssue, type SpreadsheetIssueKind, type SpreadsheetPlace } from './spreadsheet.errors.js';
import { spreadsheetValues, textOf, type CellContent } from './spreadsheet-value.definitions.js';
import { toColumnLetters } from './to-column-letters.util.js';

/** One row of a sheet or one CSV record; `cells[0]` is column A, null an empty cell. */
export interface SheetRow {
  /** One-based, as the spreadsheet numbers rows. */
  number: number;
  cells: ReadonlyArray<CellContent | null | undefined>;
}

/** How a file format names places: `Sheet "rules", cell C7` or `Line 9, column C`. */
export interface SheetLocator {
  describe(rowNumber?: number, columnIndex?: number): { text: string; place: SpreadsheetPlace };
  /** CSV: a rule record must have a field for every column, or a comma or quote is off. */
  everyFieldCounts: boolean;
}

interface Location {
  rowNumber: number;
  columnIndex?: number;
  /** What the place is in the table, for a person: `row leak-test-failed, input "Outer diameter"`. */
  context: string;
  /** The cell as written, quoted before problems that do not quote it themselves. */
  text?: string;
}

interface TableColumn {
  kind: ColumnKind;
  /** Index among the inputs or among the outputs. */
  index: number;
  columnIndex: number;
  type: ColumnType | undefined;
  name: string;
}

type ReadOutcome = 'continue' | 'stop';

// Problems that leave no table to validate: report them alone.
const fatalKinds = new Set<SpreadsheetIssueKind>(['empty', 'too-large', 'missing-header']);
const headerByCaption = new Map(headerRows.map((header) => [header.caption.toLowerCase(), header]));
const kindByWord = new Map(Object.entries(columnKindWords).flatMap(([kind, words]) => words.map((word) => [word, kind as ColumnKind])));

// parseRuleTable's words where a spreadsheet user needs other ones.
const problemHints: Array<{ pointer: RegExp; keyword: string; message: string }> = [
  { pointer: /^\/rows\/\d+\/outputs\/[^/]+$/, keyword: 'required', message: 'is empty; every rule sets every output' },
  { pointer: /\/label\/(en|zh-CN)$|^\/(name|description)\/(en|zh-CN)$/, keyword: 'minLength', message: 'is empty; write the text in both English and Chinese' },
  { pointer: /^\/rows$/, keyword: 'minItems', message: 'no rules follow the header row; write one rule per row below it' },
  { pointer: /^\/inputs$/, keyword: 'minItems', message: 'the table has no input column; write Inputs above the first one' },
  { pointer: /^\/outputs$/, keyword: 'minItems', message: 'the table has no output column; write Outputs above the first one' },
];

/**
 * Reads the documented sheet layout row by row, so a streaming reader never holds the file, into
 * a rule table document; `finish` validates it with parseRuleTable and names every problem by its
 * cell (or CSV line) and its place in the table.
 */
export class RuleTableSheetReader {
  private readonly header = new Map<HeaderRowName, SheetRow>();
  private readonly unknownCaptions: SheetRow[] = [];
  private readonly issues: SpreadsheetIssue[] = [];
  private readonly locations = new Map<string, Location>();
  /** Pointers of CSV records with a field too few or too many: their cells are shifted, so their other problems are noise. */
  private readonly misalignedRows: string[] = [];
  private document: RuleTableDocument | undefined;
  private columns: TableColumn[] = [];
  private width = 0;
  private sawContent = false;
  private ruleCount = 0;

  constructor(
    private readonly locator: SheetLocator,
    private readonly maxRows: number,
  ) {}

  accept(row: SheetRow): ReadOutcome {
    if (row.cells.every(isBlank)) return 'continue';
    this.sawContent = true;
    return this.document ? this.acceptRule(row) : this.acceptHeader(row);
  }

  /** The validated table, or SpreadsheetImportError with every problem found. */
  finish(source: string): RuleTable {
    if (!this.sawContent) this.report('empty', undefined, undefined, 'is empty; export a rule table to see the layout');
    else if (!this.document && !this.issues.some((issue) => fatalKinds.has(issue.kind))) this.reportMissingHeaderRows();
    if (this.issues.some((issue) => fatalKinds.has(issue.kind)) || !this.document) throw new SpreadsheetImportError(source, this.issues);

    let table: RuleTable | undefined;
    try {
      table = parseRuleTable(this.document, source);
    } catch (error) {
      if (!(error instanceof RuleTableInvalidError)) throw error;
      // One message per place: what this reader said about a part, a cell or a misaligned row stands alone.
      const reported = [...this.issues.flatMap((issue) => (issue.pointer === undefined ? [] : [issue.pointer])), ...this.misalignedRows];
      const reportedCells = new Set(this.issues.map((issue) => JSON.stringify(issue.place)));
      for (const issue of error.issues) {
        if (reported.some((pointer) => issue.pointer === pointer || issue.pointer.startsWith(`${pointer}/`))) continue;
        this.reportTableIssue(issue, reportedCells);
      }
    }
    if (this.issues.length > 0 || !table) throw new SpreadsheetImportError(source, this.issues);
    return table;
  }

  private acceptHeader(row: SheetRow): ReadOutcome {
    const caption = cellText(row.cells[idColumnIndex]).trim().toLowerCase();
    const header = headerByCaption.get(caption);
    // Without a caption the row is a remark beside the header, not a header row.
    if (caption === '') return row.number >= maxHeaderRows ? this.stopWithoutHeader() : 'continue';
    if (!header) this.unknownCaptions.push(row);
    else if (this.header.has(header.name)) {
      this.report('missing-header', row.number, idColumnIndex, `"${header.caption}" is a header row a second time (first in row ${this.header.get(header.name)!.number}); delete one of them`);
    } else this.header.set(header.name, row);

    if (header?.name === 'ruleId') return this.startRules();
    return row.number >= maxHeaderRows ? this.stopWithoutHeader() : 'continue';
  }

  private stopWithoutHeader(): ReadOutcome {
    this.reportMissingHeaderRows();
    return 'stop';
  }

  private reportMissingHeaderRows(instead: SheetRow[] = []): void {
    const missing = headerRows.filter((header) => header.required && !this.header.has(header.name)).map((header) => `"${header.caption}"`);
    const found = instead.map((row) => `${quoteText(cellText(row.cells[idColumnIndex]))} (row ${row.number})`);
    this.report(
      'missing-header',
      undefined,
      undefined,
      `is not a Lotflow rule table: column A lacks the header row${missing.length === 1 ? '' : 's'} ${missing.join(', ')}${found.length > 0 ? `, and has ${found.join(', ')} instead` : ''}; export a rule table to see the layout`,
    );
  }

  private startRules(): ReadOutcome {
    const missing = headerRows.filter((header) => header.required && !this.header.has(header.name));
    if (missing.length > 0) {
      this.reportMissingHeaderRows(this.unknownCaptions);
      return 'stop';
    }
    for (const row of this.unknownCaptions) {
      this.report(
        'missing-header',
        row.number,
        idColumnIndex,
        `${quoteText(cellText(row.cells[idColumnIndex]))} is not a header row; column A above "Rule id" holds only ${headerRows.map((header) => header.caption).join(', ')} (or nothing)`,
      );
    }
    this.document = this.readTableHeader();
    return 'continue';
  }

  private readTableHeader(): RuleTableDocument {
    const at = (name: HeaderRowName, columnIndex: number) => cellText(this.header.get(name)?.cells[columnIndex]);
    const rowOf = (name: HeaderRowName) => this.header.get(name)?.number ?? 0;

    const key = this.readHeaderValue('key', valueColumnIndex, '/key', 'key').trim();
    const name = this.readLabel('name', '/name', 'name')!;
    const description = this.readLabel('description', '/description', 'description');
    const hitPolicy = this.readChoice(valueColumnIndex, '/hitPolicy', 'hit policy', hitPolicies, 'a hit policy', true);
    const aggregation = this.readChoice(aggregationColumnIndex, '/aggregation', 'aggregation', aggregations, 'an aggregation', false);

    // The table's columns run from C to the last one any column header row writes in.
    const columnRows: HeaderRowName[] = ['column', 'id', 'expression', 'type', 'values', 'labelZh', 'ruleId'];
    this.width = Math.max(firstTableColumnIndex, ...columnRows.map((row) => lastFilledIndex(this.header.get(row)?.cells ?? []) + 1));
    const inputs: RuleTableInput[] = [];
    const outputs: RuleTableOutput[] = [];
    // `null`: the Column row said something else; the blanks to its right are skipped without a word.
    let kind: ColumnKind | null | undefined;
    for (let columnIndex = firstTableColumnIndex; columnIndex < this.width; columnIndex += 1) {
      const kindText = at('column', columnIndex).trim();
      if (kindText !== '') {
        kind = kindByWord.get(kindText.toLowerCase()) ?? null;
        if (!kind) this.report('unknown-value', rowOf('column'), columnIndex, `${quoteText(kindText)} is not a column kind; write Inputs or Outputs (a blank cell continues the kind on its left)`);
      } else if (kind === undefined) {
        kind = null;
        this.report('unknown-value', rowOf('column'), columnIndex, 'is empty; write Inputs above the first input column and Outputs above the first output column');
      }
      if (!kind) continue;

      const id = at('id', columnIndex).trim();
      const label = { en: at('ruleId', columnIndex), 'zh-CN': at('labelZh', columnIndex) };
      const collection = kind === 'input' ? inputs : outputs;
      const pointer = `/${kind}s/${collection.length}`;
      const column: TableColumn = { kind, index: collection.length, columnIndex, type: undefined, name: label.en || id || `column ${toColumnLetters(columnIndex)}` };
      const context = `${kind} "${column.name}"`;
      this.locate(pointer, rowOf('column'), columnIndex, context);
      this.locate(`${pointer}/${kind === 'input' ? 'id' : 'name'}`, rowOf('id'), columnIndex, `${context}, id`, id);
      this.locate(`${pointer}/label`, rowOf('ruleId'), columnIndex, `${context}, label`);
      this.locate(`${pointer}/label/en`, rowOf('ruleId'), columnIndex, `${context}, label`, label.en);
      this.locate(`${pointer}/label/zh-CN`, rowOf('labelZh'), columnIndex, `${context}, Chinese label`, label['zh-CN']);
      const typeText = at('type', columnIndex).trim();
      this.locate(`${pointer}/type`, rowOf('type'), columnIndex, `${context}, type`, typeText);
      column.type = columnTypeNames.find((type) => type === typeText.toLowerCase());
      if (!column.type) {
        this.report('unknown-value', rowOf('type'), columnIndex, `${typeText === '' ? 'is empty' : `${quoteText(typeText)} is not a type`}; write one of ${columnTypeNames.join(', ')}`, `${pointer}/type`, context);
      }
      const values = this.readValues(column, id, `${pointer}/enum`, context);
      const expression = at('expression', columnIndex).trim();

      if (kind === 'input') {
        this.locate(`${pointer}/expression`, rowOf('expression'), columnIndex, `${context}, expression`, expression);
        inputs.push({ id, label, expression, type: (column.type ?? typeText) as ColumnType, ...(values ? { enum: values } : {}) });
      } else {
        if (expression !== '') {
          this.report('invalid-table', rowOf('expression'), columnIndex, `${quoteText(expression)} — an output has no expression; leave this cell empty`, `${pointer}/expression`, context);
        }
        outputs.push({ name: id, label, type: (column.type ?? typeText) as ColumnType, ...(values ? { enum: values } : {}) });
      }
      this.columns.push(column);
    }
    this.locate('/inputs', rowOf('column'), firstTableColumnIndex, 'inputs');
    this.locate('/outputs', rowOf('column'), this.columns.find((column) => column.kind === 'output')?.columnIndex ?? firstTableColumnIndex, 'outputs');
    this.locate('/rows', rowOf('ruleId'), idColumnIndex, 'rules');

    return {
      key,
      name,
      ...(description ? { description } : {}),
      hitPolicy: hitPolicy as RuleTableDocument['hitPolicy'],
      ...(aggregation ? { aggregation: aggregation as RuleTableDocument['aggregation'] } : {}),
      inputs,
      outputs,
      rows: [],
    };
  }

  private readHeaderValue(name: HeaderRowName, columnIndex: number, pointer: string, context: string): string {
    const row = this.header.get(name);
    const text = cellText(row?.cells[columnIndex]);
    if (row) this.locate(pointer, row.number, columnIndex, context, text);
    return text;
  }

  /** A Name or Description row: English in B, Chinese in C. Both empty is no label. */
  private readLabel(name: HeaderRowName, pointer: string, context: string): { en: string; 'zh-CN': string } | undefined {
    const en = this.readHeaderValue(name, labelColumnIndexes.en, `${pointer}/en`, `${context} (en)`);
    const zh = this.readHeaderValue(name, labelColumnIndexes['zh-CN'], `${pointer}/zh-CN`, `${context} (zh-CN)`);
    const row = this.header.get(name);
    if (row) this.locate(pointer, row.number, labelColumnIndexes.en, context);
    return en === '' && zh === '' && name === 'description' ? undefined : { en, 'zh-CN': zh };
  }

  /** An upper-case choice (hit policy, aggregation), forgiving case and spacing; empty is none. */
  private readChoice(columnIndex: number, pointer: string, context: string, choices: readonly string[], what: string, required: boolean): string | undefined {
    const text = this.readHeaderValue('hitPolicy', columnIndex, pointer, context).trim();
    const rowNumber = this.header.get('hitPolicy')!.number;
    if (text === '') {
      if (required) this.report('unknown-value', rowNumber, columnIndex, `is empty; write one of ${choices.join(', ')}`, pointer, context);
      return required ? '' : undefined;
    }
    const normalised = text.toUpperCase().replace(/\s+/g, ' ');
    if (choices.includes(normalised)) return normalised;
    this.report('unknown-value', rowNumber, columnIndex, `${quoteText(text)} is not ${what}; write one of ${choices.join(', ')}`, pointer, context);
    return text;
  }

  /** The Values row: the allowed values as cell literals, e.g. "pass", "fail". */
  private readValues(column: TableColumn, id: string, pointer: string, context: string): Scalar[] | undefined {
    const rowNumber = this.header.get('values')?.number;
    const text = cellText(this.header.get('values')?.cells[column.columnIndex]);
    if (rowNumber === undefined || text.trim() === '' || !column.type) return undefined;
    this.locate(pointer, rowNumber, column.columnIndex, `${context}, values`, text);
    const parsed = parseCell(text, { id: id || column.name, type: column.type });
    if (!parsed.ok) {
      this.report('invalid-table', rowNumber, column.columnIndex, parsed.message, pointer, `${context}, values`);
      return undefined;
    }
    const values = parsed.cell.kind === 'tests' ? parsed.cell.tests.flatMap((test) => (test.kind === 'equal' ? [test.value] : [])) : [];
    if (parsed.cell.kind !== 'tests' || values.length !== parsed.cell.tests.length) {
      const example = column.type === 'string' ? '"pass", "fail"' : spreadsheetValues[column.type].toLiteral(column.type === 'boolean' ? true : column.type === 'date' ? '2026-01-31' : column.type === 'date-time' ? '2026-01-31T08:00:00Z' : 1);
      this.report('invalid-table', rowNumber, column.columnIndex, `${quoteText(text)} — Values lists the allowed values separated by commas, e.g. ${example}; -, null, not(…), comparisons and ranges are tests, not values`, pointer, `${context}, values`);
      return undefined;
    }
    return values;
  }

  private acceptRule(row: SheetRow): ReadOutcome {
    this.ruleCount += 1;
    if (this.ruleCount > this.maxRows) {
      this.report('too-large', undefined, undefined, `has more than ${this.maxRows.toLocaleString('en')} rules, the most one import takes; split the table`);
      return 'stop';
    }
    const rowIndex = this.document!.rows.length;
    const id = cellText(row.cells[idColumnIndex]).trim();
    const context = `row ${id === '' ? `#${rowIndex + 1}` : id}`;
    const pointer = `/rows/${rowIndex}`;
    this.locate(pointer, row.number, idColumnIndex, context);
    this.locate(`${pointer}/id`, row.number, idColumnIndex, `${context}, id`, id);
    this.checkWidth(row, pointer, context);

    const description = cellText(row.cells[descriptionColumnIndex]);
    this.locate(`${pointer}/description`, row.number, descriptionColumnIndex, `${context}, description`, description);
    const cells: string[] = [];
    const outputs: RuleTableRow['outputs'] = {};
    for (const column of this.columns) {
      const content = row.cells[column.columnIndex];
      if (column.kind === 'input') {
        const text = cellText(content);
        this.locate(`${pointer}/cells/${cells.length}`, row.number, column.columnIndex, `${context}, input "${column.name}"`, text);
        cells.push(text);
        continue;
      }
      const name = this.document!.outputs[column.index]!.name;
      this.locate(`${pointer}/outputs/${name}`, row.number, column.columnIndex, `${context}, output "${column.name}"`, cellText(content));
      // A blank text output is the empty text (a cell cannot tell the two apart); other types must be written.
      if (column.type === 'string') outputs[name] = content === null || content === undefined ? '' : spreadsheetValues.string.fromCell(content);
      else if (!isBlank(content)) outputs[name] = column.type ? spreadsheetValues[column.type].fromCell(content!) : textOf(content!);
    }
    this.document!.rows.push({ id, ...(description === '' ? {} : { description }), cells, outputs });
    return 'continue';
  }

  private checkWidth(row: SheetRow, pointer: string, context: string): void {
    const lastColumn = toColumnLetters(this.width - 1);
    const outside = row.cells.findIndex((content, index) => index >= this.width && !isBlank(content));
    if (this.locator.everyFieldCounts && (row.cells.length < this.width || outside >= 0)) {
      const fields = outside >= 0 ? lastFilledIndex(row.cells) + 1 : row.cells.length;
      const [cause, columnIndex] = outside >= 0 ? ['a comma is extra, or a text holding a comma is not in quotes', outside] : ['a comma is missing', undefined];
      this.report('column-count', row.number, columnIndex, `has ${fields} fields, but the table has ${this.width} columns (A to ${lastColumn}); ${cause}`, undefined, context);
      this.misalignedRows.push(pointer);
    } else if (outside >= 0) {
      this.report(
        'column-count',
        row.number,
        outside,
        `${quoteText(cellText(row.cells[outside]))} is outside the table, which ends at column ${lastColumn}; to add a column, fill in its Column, Id, Type and label header cells`,
        undefined,
        context,
      );
    }
  }

  private locate(pointer: string, rowNumber: number, columnIndex: number | undefined, context: string, text?: string): void {
    this.locations.set(pointer, { rowNumber, ...(columnIndex === undefined ? {} : { columnIndex }), context, ...(text === undefined ? {} : { text }) });
  }

  private report(kind: SpreadsheetIssueKind, rowNumber: number | undefined, columnIndex: number | undefined, problem: string, pointer?: string, context?: string): void {
    const { text, place } = this.locator.describe(rowNumber, columnIndex);
    // "Sheet "rules" is empty" reads as a sentence; a cell's problem follows a colon.
    const separator = context === undefined && /^(is|has) /.test(problem) ? ' ' : ': ';
    this.issues.push({ kind, message: `${text}${context ? ` (${context})` : ''}${separator}${problem}`, place, ...(pointer === undefined ? {} : { pointer }) });
  }

  /** A problem parseRuleTable found, at the cell its pointer (or the nearest part above it) came from. */
  private reportTableIssue(issue: ValidationIssue, reportedCells: ReadonlySet<string>): void {
    let found: Location | undefined;
    for (let pointer = issue.pointer; found === undefined; pointer = pointer.slice(0, pointer.lastIndexOf('/'))) {
      found = this.locations.get(pointer);
      if (pointer === '') break;
    }
    const hint = problemHints.find((candidate) => candidate.keyword === issue.keyword && candidate.pointer.test(issue.pointer))?.message;
    let problem = hint ?? issue.message;
    // Cell messages quote the cell already; others read better after the value they are about.
    const exact = found !== undefined && this.locations.get(issue.pointer) === found;
    if (exact && found!.text === '' && issue.keyword === 'enum') problem = `is empty; ${problem.replace(/^must be/, 'write')}`;
    else if (exact && found!.text && issue.keyword !== 'cell' && !hint && !/^["']/.test(problem)) problem = `${quoteText(found!.text)} ${problem}`;
    if (reportedCells.has(JSON.stringify(this.locator.describe(found?.rowNumber, found?.columnIndex).place))) return;
    this.report('invalid-table', found?.rowNumber, found?.columnIndex, problem, issue.pointer, found?.context);
  }
}

function isBlank(content: CellContent | null | undefined): boolean {
  return content === null || content === undefined || (typeof content === 'string' && content.trim() === '');
}

function cellText(content: CellContent | null | undefined): string {
  return content === null || content === undefined ? '' : textOf(content);
}

function lastFilledIndex(cells: ReadonlyArray<CellContent | null | undefined>): number {
  for (let index = cells.length - 1; index >= 0; index -= 1) if (!isBlank(cells[index])) return index;
  return -1;
}

/** Quotes a cell's text as parse-cell does: double quotes, or single ones around text holding a double quote. */
export function quoteText(text: string): string {
  return text.includes('"') ? `'${text}'` : `"${text}"`;
}
