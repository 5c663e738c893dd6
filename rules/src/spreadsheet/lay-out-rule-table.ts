import type { ColumnType, RuleTableDocument, Scalar } from '../rule-table/rule-table-document.types.js';
import {
  aggregationCaption,
  aggregationColumnIndex,
  columnKindWords,
  firstTableColumnIndex,
  headerRows,
  tableHeaderRowCount,
  type ColumnKind,
  type HeaderRowName,
} from './rule-table-sheet.layout.js';
import { spreadsheetValues } from './spreadsheet-value.definitions.js';

export type LayoutCell = string | number | boolean | null;

export interface LaidOutColumn {
  kind: ColumnKind;
  type: ColumnType;
  enum?: Scalar[];
  /** Zero-based sheet column. */
  columnIndex: number;
}

/** The sheet as a grid both exporters write: xlsx styles it, CSV quotes it. */
export interface RuleTableSheetLayout {
  /** `rows[0]` is sheet row 1; every row is `width` cells. */
  rows: LayoutCell[][];
  width: number;
  /** One-based sheet row of each header row. */
  rowNumbers: Record<HeaderRowName, number>;
  firstRuleRowNumber: number;
  columns: LaidOutColumn[];
}

/** Lays a rule table out as the documented sheet (see rule-table-sheet.layout.ts). */
export function layOutRuleTable(table: RuleTableDocument): RuleTableSheetLayout {
  const columns: LaidOutColumn[] = [
    ...table.inputs.map((input) => ({ kind: 'input' as const, type: input.type, enum: input.enum, columnIndex: 0 })),
    ...table.outputs.map((output) => ({ kind: 'output' as const, type: output.type, enum: output.enum, columnIndex: 0 })),
  ].map((column, index) => ({ ...column, columnIndex: firstTableColumnIndex + index }));
  const width = Math.max(firstTableColumnIndex + columns.length, aggregationColumnIndex + 1);
  const definitions = [...table.inputs, ...table.outputs];
  const perColumn = (cell: (index: number) => LayoutCell) => definitions.map((_, index) => cell(index));

  const contents: Record<HeaderRowName, LayoutCell[]> = {
    key: [table.key],
    name: [table.name.en, table.name['zh-CN']],
    description: [table.description?.en ?? null, table.description?.['zh-CN'] ?? null],
    hitPolicy: [table.hitPolicy, aggregationCaption, table.aggregation ?? null],
    column: [null, ...perColumn((index) => (index === 0 || columns[index - 1]!.kind !== columns[index]!.kind ? capitalise(columnKindWords[columns[index]!.kind][0]!) : null))],
    id: [null, ...table.inputs.map((input) => input.id), ...table.outputs.map((output) => output.name)],
    expression: [null, ...table.inputs.map((input) => input.expression), ...table.outputs.map(() => null)],
    type: [null, ...perColumn((index) => definitions[index]!.type)],
    values: [null, ...perColumn((index) => {
      const { type, enum: values } = definitions[index]!;
      return values ? values.map((value) => spreadsheetValues[type].toLiteral(value)).join(', ') : null;
    })],
    labelZh: [null, ...perColumn((index) => definitions[index]!.label['zh-CN'])],
    ruleId: ['Description', ...perColumn((index) => definitions[index]!.label.en)],
  };

  const rows: LayoutCell[][] = [];
  const rowNumbers = {} as Record<HeaderRowName, number>;
  headerRows.forEach((header, index) => {
    if (index === tableHeaderRowCount) rows.push([]);
    rows.push([header.caption, ...contents[header.name]]);
    rowNumbers[header.name] = rows.length;
  });
  const firstRuleRowNumber = rows.length + 1;
  for (const row of table.rows) {
    rows.push([
      row.id,
      row.description ?? null,
      ...row.cells,
      ...table.outputs.map((output) => {
        const value = row.outputs[output.name];
        return value === undefined ? null : spreadsheetValues[output.type].toCell(value);
      }),
    ]);
  }
  return { rows: rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null)), width, rowNumbers, firstRuleRowNumber, columns };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
