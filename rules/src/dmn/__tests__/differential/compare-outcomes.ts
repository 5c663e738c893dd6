import { parseDateTimeToInstant } from '../../../rule-table/date-value.util.js';
import { RuleTableHitPolicyViolation } from '../../../rule-table/rule-table.errors.js';
import type { ColumnType } from '../../../rule-table/rule-table-document.types.js';
import type { OutputValues, RuleTable, TableDecision } from '../../../rule-table/rule-table.types.js';
import type { EngineAnswer } from './camunda-decisions.js';

/**
 * What one side decided, in a shape both sides can take: the engine's result list (one map of
 * outputs per hit; an aggregation as one map, none when no row matched), or the hit policy's
 * failure. Date-times are compared as instants, everything else as it is.
 */
export type Outcome = { kind: 'results'; results: Array<Record<string, unknown>> } | { kind: 'hit-policy-violation' } | { kind: 'failure'; detail: string };

export async function lotflowOutcome(table: RuleTable, evaluation: Promise<TableDecision>): Promise<Outcome> {
  let decision: TableDecision;
  try {
    decision = await evaluation;
  } catch (error) {
    if (error instanceof RuleTableHitPolicyViolation) return { kind: 'hit-policy-violation' };
    return { kind: 'failure', detail: (error as Error).message };
  }
  switch (decision.kind) {
    case 'single':
      return { kind: 'results', results: decision.matched ? [comparableOutputs(table, decision.outputs)] : [] };
    case 'multiple':
      return { kind: 'results', results: decision.outputs.map((outputs) => comparableOutputs(table, outputs)) };
    case 'aggregated':
      return { kind: 'results', results: decision.outputs === null ? [] : [comparableOutputs(table, { [decision.outputName]: decision.outputs })] };
  }
}

/**
 * The engine's answer as an Outcome. A failed evaluation (500) is a hit-policy violation for
 * UNIQUE and ANY, the only way those fail here. `countOfNone`: Camunda 7.24's REST evaluate
 * answers COLLECT COUNT with no matching rule with a 400 (its result entry has no name); in a
 * process the same decision gives 0, so it stands for 0.
 */
export function engineOutcome(table: RuleTable, answer: EngineAnswer): { outcome: Outcome; countOfNone: boolean } {
  if (answer.ok) {
    const results = answer.results.map((result) => comparableOutputs(table, Object.fromEntries(Object.entries(result).map(([name, variable]) => [name, variable.value]))));
    return { outcome: { kind: 'results', results }, countOfNone: false };
  }
  if (answer.status === 400 && table.aggregation === 'COUNT') {
    return { outcome: { kind: 'results', results: [{ [table.outputs[0]!.name]: 0 }] }, countOfNone: true };
  }
  if (answer.status === 500 && (table.hitPolicy === 'UNIQUE' || table.hitPolicy === 'ANY')) return { outcome: { kind: 'hit-policy-violation' }, countOfNone: false };
  return { outcome: { kind: 'failure', detail: `${answer.status} ${answer.message}` }, countOfNone: false };
}

function comparableOutputs(table: RuleTable, outputs: OutputValues | Record<string, unknown>): Record<string, unknown> {
  const types = new Map(table.outputs.map((output) => [output.name, output.type]));
  return Object.fromEntries(
    Object.entries(outputs).map(([name, value]) => [name, table.aggregation === 'COUNT' ? value : comparable(types.get(name), value)]),
  );
}

function comparable(type: ColumnType | undefined, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'date-time') return parseDateTimeToInstant(String(value)) ?? `unreadable date-time ${String(value)}`;
  return value;
}
