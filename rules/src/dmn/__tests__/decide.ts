import { compileRuleTable } from '../../rule-table/compile-rule-table.js';
import { parseDateTimeToInstant } from '../../rule-table/date-value.util.js';
import { RuleTableHitPolicyViolation } from '../../rule-table/rule-table.errors.js';
import type { OutputValues, RuleTable, TableDecision } from '../../rule-table/rule-table.types.js';
import type { Scalar } from '../../rule-table/rule-table-document.types.js';

/** What a table decides for some facts, in a shape two tables can be compared by: date-times as instants. */
export type Outcome = { violation: true } | { kind: TableDecision['kind']; matched: boolean; outputs: unknown };

export function decider(table: RuleTable): (facts: Record<string, unknown>) => Promise<Outcome> {
  const compiled = compileRuleTable(table);
  return (facts) => decide(table, compiled.evaluate(facts));
}

async function decide(table: RuleTable, evaluation: Promise<TableDecision>): Promise<Outcome> {
  let decision: TableDecision;
  try {
    decision = await evaluation;
  } catch (error) {
    if (error instanceof RuleTableHitPolicyViolation) return { violation: true };
    throw error;
  }
  const dateTimes = new Set(table.outputs.filter((output) => output.type === 'date-time').map((output) => output.name));
  const comparable = (values: OutputValues) => Object.fromEntries(Object.entries(values).map(([name, value]) => [name, dateTimes.has(name) ? instantOf(value) : value]));
  switch (decision.kind) {
    case 'single':
      return { kind: 'single', matched: decision.matched, outputs: decision.matched ? comparable(decision.outputs) : null };
    case 'multiple':
      return { kind: 'multiple', matched: decision.matched, outputs: decision.outputs.map(comparable) };
    case 'aggregated':
      return { kind: 'aggregated', matched: decision.matched, outputs: decision.outputs !== null && dateTimes.has(decision.outputName) ? instantOf(decision.outputs) : decision.outputs };
  }
}

function instantOf(value: Scalar): number {
  return parseDateTimeToInstant(String(value))!;
}
