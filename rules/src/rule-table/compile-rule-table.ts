import { Engine } from 'json-rules-engine';
import { createRunQueue } from '../shared/create-run-queue.util.js';
import { applyHitPolicy } from './apply-hit-policy.js';
import { compileCellCondition } from './compile-cell-condition.js';
import { createFactReader, resolveDottedPath } from './create-fact-reader.js';
import { calendarDateOf } from './date-value.util.js';
import { explainEvaluation, type CompiledRow } from './explain-evaluation.js';
import { evaluationFact, registerCellOperators, type EvaluationContext } from './register-cell-operators.js';
import type { EvaluateOptions, RuleTable } from './rule-table.types.js';
import type { TableDecision } from './table-decision.types.js';

export interface CompiledRuleTable {
  readonly table: RuleTable;
  evaluate(facts: Record<string, unknown>, options?: EvaluateOptions): Promise<TableDecision>;
}

/**
 * Builds one json-rules-engine Engine for a table version: each row is a rule whose conditions
 * are its cells. Build once and reuse (see RuleTableCache): each run has its own almanac, and runs
 * take turns on the Engine (see createRunQueue), so concurrent evaluations can share it.
 */
export function compileRuleTable(table: RuleTable): CompiledRuleTable {
  // Missing facts are normal (an inspection not done yet): the cell fails, it is not an error.
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolveDottedPath });
  registerCellOperators(engine);
  const rows: CompiledRow[] = table.rows.map((row, rowIndex) => {
    const cells = row.parsedCells.flatMap((cell, columnIndex) => {
      const condition = compileCellCondition(cell, table.inputs[columnIndex]!);
      return condition ? [{ columnIndex, condition }] : [];
    });
    engine.addRule({
      name: row.id,
      conditions: { all: cells.map((cell) => cell.condition) },
      event: { type: 'row-matched', params: { rowIndex } },
    });
    return { rowIndex, columnIndexes: cells.map((cell) => cell.columnIndex) };
  });
  const readFacts = createFactReader(table);
  const runInTurn = createRunQueue();

  return {
    table,
    async evaluate(facts, options = {}) {
      const timeZone = options.timeZone ?? 'UTC';
      const context: EvaluationContext = { today: calendarDateOf(options.now ?? new Date(), timeZone), timeZone };
      const engineFacts = { ...readFacts(facts, timeZone), [evaluationFact]: context };
      const { results, failureResults } = await runInTurn(() => engine.run(engineFacts));
      const matchedRowIndexes = results.map((result) => (result.event?.params as { rowIndex: number }).rowIndex);
      const decision = applyHitPolicy(table, matchedRowIndexes);
      if (options.explain) decision.explanation = explainEvaluation(table, rows, [...results, ...failureResults]);
      return decision;
    },
  };
}
