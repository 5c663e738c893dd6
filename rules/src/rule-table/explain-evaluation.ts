import type { RuleResult } from 'json-rules-engine';
import type { RuleTable } from './rule-table.types.js';
import type { RowExplanation } from './table-decision.types.js';

/** Which input column each top-level condition of a row's rule tests (`-` cells have none). */
export interface CompiledRow {
  rowIndex: number;
  columnIndexes: number[];
}

/** The part of json-rules-engine's condition results this reads: a compiled cell, evaluated. */
type ConditionResult = { result?: boolean } & (
  | { fact: string; factResult?: unknown }
  | { all: ConditionResult[] }
  | { any: ConditionResult[] }
  | { not: ConditionResult }
);

/**
 * Reads json-rules-engine's rule results back into rows and cells: for every row whether it
 * matched, and else the first cell (left to right) whose condition the engine found false, with
 * the fact value the engine saw for it.
 */
export function explainEvaluation(table: RuleTable, rows: readonly CompiledRow[], ruleResults: readonly RuleResult[]): RowExplanation[] {
  const byRow = new Map(ruleResults.map((result) => [(result.event?.params as { rowIndex: number }).rowIndex, result]));
  return rows.map(({ rowIndex, columnIndexes }) => {
    const row = table.rows[rowIndex]!;
    const result = byRow.get(rowIndex);
    if (!result) throw new Error(`json-rules-engine returned no result for row '${row.id}'`);
    if (result.result === true) return { rowId: row.id, rowIndex, matched: true };

    const conditions = (result.conditions as unknown as { all: ConditionResult[] }).all;
    const failed = conditions.findIndex((condition) => condition.result !== true);
    const columnIndex = columnIndexes[failed];
    if (columnIndex === undefined) throw new Error(`json-rules-engine failed row '${row.id}' without a failing condition`);
    const input = table.inputs[columnIndex]!;
    return {
      rowId: row.id,
      rowIndex,
      matched: false,
      failedCell: { columnIndex, inputId: input.id, expression: input.expression, cell: row.cells[columnIndex]!, factValue: factResultOf(conditions[failed]!) },
    };
  });
}

/** Every leaf of a cell's condition reads the same input; the first leaf's fact result is its value. */
function factResultOf(condition: ConditionResult): unknown {
  if ('fact' in condition) return condition.factResult;
  if ('all' in condition) return factResultOf(condition.all[0]!);
  if ('any' in condition) return factResultOf(condition.any[0]!);
  return factResultOf(condition.not);
}
