import ExcelJS from 'exceljs';
import type { RuleTableDocument, Scalar } from '../rule-table/rule-table-document.types.js';
import { layOutRuleTable, type LaidOutColumn, type LayoutCell, type RuleTableSheetLayout } from './lay-out-rule-table.js';
import {
  aggregationColumnIndex,
  aggregations,
  columnKindWords,
  columnTypeNames,
  descriptionColumnIndex,
  hitPolicies,
  idColumnIndex,
  tableHeaderRowCount,
  valueColumnIndex,
} from './rule-table-sheet.layout.js';
import { escapeXlsxText } from './escape-xlsx-text.util.js';
import { defaultImportLimits } from './spreadsheet-import.options.js';
import { spreadsheetValues } from './spreadsheet-value.definitions.js';
import { toColumnLetters } from './to-column-letters.util.js';

const ruleSheetName = 'rules';
const listSheetName = 'lists';
/** Pick-lists and formats reach this far below the header, so rules a QA engineer adds get them too. */
const editableRows = defaultImportLimits.maxRows;

const colours = {
  caption: 'FFF2F2F2',
  input: 'FFDDEBF7',
  inputHeader: 'FFBDD7EE',
  output: 'FFE2EFDA',
  outputHeader: 'FFC6E0B4',
  muted: 'FF595959',
};

/**
 * Writes a rule table as an .xlsx workbook a QA engineer can edit in Excel or WPS: the layout of
 * rule-table-sheet.layout.ts on sheet "rules", header rows frozen, pick-lists for enum and boolean
 * columns (from a hidden sheet "lists"), inputs and outputs told apart by colour and a rule.
 * importRuleTableFromXlsx reads it back to the same table.
 */
export async function exportRuleTableToXlsx(table: RuleTableDocument): Promise<Buffer> {
  const layout = layOutRuleTable(table);
  const headerRowNumber = layout.rowNumbers.ruleId;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Lotflow';
  const sheet = workbook.addWorksheet(ruleSheetName, { views: [{ state: 'frozen', xSplit: 1, ySplit: headerRowNumber }] });
  const lists = workbook.addWorksheet(listSheetName, { state: 'hidden' });

  // Column styles first: they are what a cell typed below the rules gets; cells written next set their own.
  for (let columnIndex = 0; columnIndex < layout.width; columnIndex += 1) {
    sheet.getColumn(columnIndex + 1).style = styleOf(layout, layout.firstRuleRowNumber, columnIndex);
  }
  layout.rows.forEach((cells, rowIndex) => {
    cells.forEach((value, columnIndex) => {
      const cell = sheet.getCell(rowIndex + 1, columnIndex + 1);
      if (value !== null) cell.value = typeof value === 'string' ? escapeXlsxText(value) : value;
      cell.style = styleOf(layout, rowIndex + 1, columnIndex);
    });
  });
  mergeKindBanners(sheet, layout);
  addHeaderPickLists(sheet, layout);
  addRulePickLists(sheet, lists, layout, [...table.inputs, ...table.outputs].map((column) => column.label.en));
  setColumnWidths(sheet, layout);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleOf(layout: RuleTableSheetLayout, rowNumber: number, columnIndex: number): Partial<ExcelJS.Style> {
  const { rowNumbers, firstRuleRowNumber } = layout;
  const column = layout.columns.find((candidate) => candidate.columnIndex === columnIndex);
  const isFirstOutput = column?.kind === 'output' && layout.columns[layout.columns.indexOf(column) - 1]?.kind === 'input';
  const border: Partial<ExcelJS.Borders> = {};
  if (isFirstOutput && rowNumber >= rowNumbers.column) border.left = { style: 'medium', color: { argb: colours.muted } };
  if (rowNumber === rowNumbers.ruleId) border.bottom = { style: 'medium', color: { argb: colours.muted } };
  const style: Partial<ExcelJS.Style> = { border, alignment: { vertical: 'top', wrapText: columnIndex === descriptionColumnIndex && rowNumber > rowNumbers.ruleId } };

  const isTableHeader = rowNumber < rowNumbers.column;
  if (columnIndex === idColumnIndex && rowNumber <= rowNumbers.ruleId && layout.rows[rowNumber - 1]![idColumnIndex] !== null) return { ...style, font: { bold: true }, fill: solid(colours.caption) };
  if (isTableHeader && rowNumber === rowNumbers.hitPolicy && columnIndex === aggregationColumnIndex - 1) return { ...style, font: { bold: true }, fill: solid(colours.caption) };
  if (rowNumber === rowNumbers.ruleId) {
    const fill = column ? solid(column.kind === 'input' ? colours.inputHeader : colours.outputHeader) : solid(colours.caption);
    return { ...style, font: { bold: true }, fill };
  }
  if (column && rowNumber >= rowNumbers.column && rowNumber < rowNumbers.ruleId) {
    const technical = rowNumber === rowNumbers.id || rowNumber === rowNumbers.expression || rowNumber === rowNumbers.type;
    return {
      ...style,
      numFmt: '@',
      font: rowNumber === rowNumbers.column ? { bold: true } : technical ? { color: { argb: colours.muted } } : {},
      fill: solid(column.kind === 'input' ? colours.input : colours.output),
    };
  }
  // Cells are S-FEEL text and text outputs stay text: Excel must not read "0.150" or 2026-01-31 as it likes.
  if (rowNumber >= firstRuleRowNumber && (!column || column.kind === 'input' || spreadsheetValues[column.type].textFormat)) return { ...style, numFmt: '@' };
  return style;
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function mergeKindBanners(sheet: ExcelJS.Worksheet, layout: RuleTableSheetLayout): void {
  const row = layout.rowNumbers.column;
  for (const kind of ['input', 'output'] as const) {
    const columns = layout.columns.filter((column) => column.kind === kind);
    if (columns.length > 1) sheet.mergeCells(row, columns[0]!.columnIndex + 1, row, columns[columns.length - 1]!.columnIndex + 1);
  }
}

function inlineList(choices: readonly string[], prompt: string): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], showErrorMessage: true, errorStyle: 'stop', showInputMessage: true, prompt };
}

function addHeaderPickLists(sheet: ExcelJS.Worksheet, layout: RuleTableSheetLayout): void {
  const { rowNumbers } = layout;
  sheet.getCell(rowNumbers.hitPolicy, valueColumnIndex + 1).dataValidation = inlineList(hitPolicies, 'DMN 1.3 hit policy');
  sheet.getCell(rowNumbers.hitPolicy, aggregationColumnIndex + 1).dataValidation = inlineList(aggregations, 'Only with COLLECT and one output');
  for (const column of layout.columns) {
    sheet.getCell(rowNumbers.type, column.columnIndex + 1).dataValidation = inlineList(columnTypeNames, 'The type of the values');
    sheet.getCell(rowNumbers.column, column.columnIndex + 1).dataValidation = inlineList(
      [columnKindWords.input[0]!, columnKindWords.output[0]!].map((word) => word.charAt(0).toUpperCase() + word.slice(1)),
      'Inputs or Outputs; blank continues the kind on the left',
    );
  }
}

/**
 * Enum and boolean columns get a pick-list from the hidden sheet "lists": Excel's inline lists stop
 * at 255 characters and cannot hold a comma. Inputs list `-` and each value as a cell literal; a
 * person may still write several values or not(…), so inputs only warn.
 */
function addRulePickLists(sheet: ExcelJS.Worksheet, lists: ExcelJS.Worksheet, layout: RuleTableSheetLayout, labels: string[]): void {
  let listColumn = 0;
  layout.columns.forEach((column, index) => {
    const choices = choicesOf(column);
    if (!choices) return;
    listColumn += 1;
    choices.forEach((choice, choiceIndex) => (lists.getCell(choiceIndex + 1, listColumn).value = typeof choice === 'string' ? escapeXlsxText(choice) : choice));
    const letters = toColumnLetters(listColumn - 1);
    const validation: ExcelJS.DataValidation =
      column.kind === 'input'
        ? {
            type: 'list',
            allowBlank: true,
            formulae: [`${listSheetName}!$${letters}$1:$${letters}$${choices.length}`],
            showErrorMessage: true,
            errorStyle: 'warning',
            errorTitle: labels[index]!.slice(0, 32),
            error: 'Not one value from the list. Keep it if it is a test such as "a", "b" or not("a").',
            showInputMessage: true,
            prompt: 'Pick a value, or write a test: "a", "b" (either) · not("a") · - (any)',
          }
        : {
            type: 'list',
            allowBlank: true,
            formulae: [`${listSheetName}!$${letters}$1:$${letters}$${choices.length}`],
            showErrorMessage: true,
            errorStyle: 'stop',
            errorTitle: labels[index]!.slice(0, 32),
            error: 'Pick one of the listed values.',
          };
    const columnLetters = toColumnLetters(column.columnIndex);
    validationsOf(sheet).add(`${columnLetters}${layout.firstRuleRowNumber}:${columnLetters}${layout.firstRuleRowNumber + editableRows - 1}`, validation);
  });
}

/** exceljs 4 writes a validation for a whole range from `worksheet.dataValidations`, which its typings leave out. */
function validationsOf(sheet: ExcelJS.Worksheet): { add(range: string, validation: ExcelJS.DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
}

function choicesOf(column: LaidOutColumn): LayoutCell[] | undefined {
  const values: Scalar[] | undefined = column.enum ?? (column.type === 'boolean' ? [true, false] : undefined);
  if (!values) return undefined;
  const definition = spreadsheetValues[column.type];
  return column.kind === 'input' ? ['-', ...values.map((value) => definition.toLiteral(value))] : values.map((value) => definition.toCell(value));
}

function setColumnWidths(sheet: ExcelJS.Worksheet, layout: RuleTableSheetLayout): void {
  // The table's name and description overflow into empty neighbours; only the columns' own cells count.
  const sampleRows = layout.rows.slice(tableHeaderRowCount, layout.firstRuleRowNumber - 1 + 200);
  for (let columnIndex = 0; columnIndex < layout.width; columnIndex += 1) {
    const widest = Math.max(...sampleRows.map((row) => displayWidth(row[columnIndex] ?? null)));
    const [least, most] = columnIndex === descriptionColumnIndex ? [24, 60] : [10, 40];
    sheet.getColumn(columnIndex + 1).width = Math.min(most, Math.max(least, widest + 2));
  }
}

/** Characters as Excel's column width counts them: CJK and full-width forms take two. */
function displayWidth(value: LayoutCell): number {
  if (value === null) return 0;
  let width = 0;
  for (const character of String(value)) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1;
  return width;
}
