import type { Scalar } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import type { AnalysisIssue, FactDictionary } from './analysis.types.js';
import { comparable } from './column-axis.js';
import { describeCellNotInDictionary, describeEnumMismatch, describeTypeMismatch, nameRow } from './describe-issue.js';
import { formatScalar } from './region-conditions.js';

export interface DictionaryCheck {
  issues: AnalysisIssue[];
  /** Per input: the dictionary's enum when the input declares none and the types agree. */
  enums: Array<Scalar[] | undefined>;
}

/**
 * Each input against what the dictionary says of its fact: the same type, the same enum, and
 * cells naming only values the dictionary allows. Facts the dictionary does not know are left
 * alone: the caller's dictionary may cover only some of them.
 */
export function checkAgainstDictionary(table: RuleTable, dictionary: FactDictionary | undefined): DictionaryCheck {
  const issues: AnalysisIssue[] = [];
  const enums = table.inputs.map((input, columnIndex) => {
    const entry = dictionary?.resolve(input.expression);
    if (!entry) return undefined;
    const column = { code: 'input-type-mismatch' as const, severity: 'error' as const, rowIds: [], columnIds: [input.id] };
    if (entry.type !== input.type) {
      issues.push({ ...column, message: describeTypeMismatch(input.id, input.expression, input.type, entry.type) });
      return undefined;
    }
    if (!entry.enum) return undefined;
    const allowed = new Set(entry.enum.map((value) => comparable(input, value)));
    const format = (value: Scalar) => formatScalar(input.type, value);
    const dictionaryValues = entry.enum.map(format);
    if (input.enum) {
      const declared = new Set(input.enum.map((value) => comparable(input, value)));
      const notInDictionary = input.enum.filter((value) => !allowed.has(comparable(input, value)));
      const missingFromInput = entry.enum.filter((value) => !declared.has(comparable(input, value)));
      if (notInDictionary.length > 0 || missingFromInput.length > 0) {
        issues.push({
          ...column,
          code: 'input-enum-mismatch',
          message: describeEnumMismatch(input.id, input.expression, dictionaryValues, notInDictionary.map(format), missingFromInput.map(format)),
        });
      }
    }
    table.rows.forEach((row, rowIndex) => {
      const cell = row.parsedCells[columnIndex]!;
      const literals = cell.kind === 'any' ? [] : cell.tests.flatMap((test) => (test.kind === 'equal' ? [test.value] : []));
      for (const value of literals.filter((literal) => !allowed.has(comparable(input, literal)))) {
        issues.push({
          ...column,
          code: 'cell-value-not-in-dictionary',
          rowIds: [row.id],
          message: describeCellNotInDictionary(nameRow(table, rowIndex), input.id, format(value), input.expression, dictionaryValues),
        });
      }
    });
    return input.enum ? undefined : entry.enum;
  });
  return { issues, enums };
}
