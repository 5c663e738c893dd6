import { evaluateRuleSetTopic } from '@lotflow/processes/topic-catalog';
import { RuleTableHitPolicyViolation, RuleTableInputError, type TableDecision } from '@lotflow/rules';
import { NonRetryableError, type TaskHandler, type TaskOutcome } from '../../task-runner/task-handler.js';
import type { RuleTableSource, VersionChoice } from './rule-table.source.js';

/** The BPMN error code a model catches when no row of the table decides. */
export const noDecisionErrorCode = 'LOTFLOW_NO_DECISION';

const parameterNames = ['ruleSet', 'ruleSetVersion'];

/**
 * `lotflow.evaluate-rule-set`: evaluates a published rule table. The task's variables are the
 * facts; the decision's outputs become process variables (a list per output for multi-hit
 * tables, the aggregate for COLLECT with an aggregation). Evaluating has no side effects, so a
 * redelivered task gives the same result. Which version and rows decided are kept as task-local
 * variables, so the history shows it.
 */
export function evaluateRuleSetHandler(tables: RuleTableSource, options: { timeZone: string }): TaskHandler {
  return {
    topic: evaluateRuleSetTopic.topic,
    label: evaluateRuleSetTopic.label,
    parameters: evaluateRuleSetTopic.parameters,
    async handle({ variables, processInstanceId }) {
      const { ruleSet: key, ruleSetVersion } = variables as { ruleSet: string; ruleSetVersion?: string | number };
      const facts = Object.fromEntries(Object.entries(variables).filter(([name]) => !parameterNames.includes(name)));
      const choice: VersionChoice =
        ruleSetVersion === undefined || ruleSetVersion === null ? { pinned: true } : { pinned: false, version: ruleSetVersion === 'latest' ? 'latest' : Number(ruleSetVersion) };
      const { version, compiled } = await tables.resolve(key, processInstanceId, choice);
      let decision: TableDecision;
      try {
        decision = await compiled.evaluate(facts, { timeZone: options.timeZone });
      } catch (error) {
        // Wrong fact types and hit-policy violations need a person: fix the data or the table, then retry.
        if (error instanceof RuleTableInputError || error instanceof RuleTableHitPolicyViolation) throw new NonRetryableError(error.message, { cause: error });
        throw error;
      }
      const trace = { ruleSetKey: key, ruleSetVersion: version, ruleSetHash: decision.tableVersion, matchedRows: decision.matchedRowIds.join(',') };
      return toOutcome(decision, trace, () => describeFacts(facts, compiled.table.inputs.map((input) => input.expression)));
    },
  };
}

function toOutcome(decision: TableDecision, trace: Record<string, unknown>, factsText: () => string): TaskOutcome {
  switch (decision.kind) {
    case 'single':
      if (!decision.matched) {
        return {
          kind: 'bpmn-error',
          code: noDecisionErrorCode,
          message: `No row of rule table '${decision.tableKey}' matched the facts ${factsText()}`,
          variables: { lastRuleSetKey: trace.ruleSetKey, lastRuleSetVersion: trace.ruleSetVersion },
        };
      }
      return { kind: 'complete', variables: { ...decision.outputs }, localVariables: { ...trace, ruleId: decision.rowId } };
    case 'multiple': {
      const names = new Set(decision.outputs.flatMap((row) => Object.keys(row)));
      const lists = Object.fromEntries([...names].map((name) => [name, decision.outputs.map((row) => row[name] ?? null)]));
      return { kind: 'complete', variables: lists, localVariables: trace };
    }
    case 'aggregated':
      return { kind: 'complete', variables: { [decision.outputName]: decision.outputs }, localVariables: trace };
  }
}

function describeFacts(facts: Record<string, unknown>, expressions: string[]): string {
  const read = (path: string) => path.split('.').reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], facts);
  return JSON.stringify(Object.fromEntries(expressions.map((expression) => [expression, read(expression) ?? null])));
}
