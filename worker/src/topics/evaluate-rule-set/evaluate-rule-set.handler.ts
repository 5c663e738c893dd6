import { RuleSetInvalidError, RuleSetNotFoundError, type RuleSetRepository } from '@lotflow/rules';
import { NonRetryableError, type TaskHandler } from '../../task-runner/task-handler.js';

/** The BPMN error code a model catches when no rule of the set decides. */
export const noDecisionErrorCode = 'LOTFLOW_NO_DECISION';

/**
 * `lotflow.evaluate-rule-set`: the task's variables are the facts; the matching rule's outputs
 * become process variables. Evaluating is free of side effects, so a redelivered task gives the
 * same result. Which rule and which version decided is kept as task-local variables (history).
 */
export function evaluateRuleSetHandler(ruleSets: RuleSetRepository): TaskHandler {
  return {
    topic: 'lotflow.evaluate-rule-set',
    label: { en: 'Evaluate rule set', 'zh-CN': '执行规则集' },
    parameters: {
      type: 'object',
      properties: { ruleSet: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'Key of the rule set to evaluate' } },
      required: ['ruleSet'],
    },
    async handle({ variables }) {
      const { ruleSet: key, ...facts } = variables as { ruleSet: string } & Record<string, unknown>;
      let compiled;
      try {
        compiled = await ruleSets.get(key);
      } catch (error) {
        // A missing or broken file will not mend itself: fix it, then retry the incident.
        if (error instanceof RuleSetInvalidError || error instanceof RuleSetNotFoundError) throw new NonRetryableError(error.message, { cause: error });
        throw error;
      }
      const decision = await compiled.evaluate(facts).catch((error: unknown) => {
        throw new NonRetryableError((error as Error).message, { cause: error });
      });
      const trace = { ruleSetKey: decision.ruleSetKey, ruleSetVersion: decision.ruleSetVersion };
      if (!decision.matched) {
        return {
          kind: 'bpmn-error',
          code: noDecisionErrorCode,
          message: `No rule of rule set '${key}' matched the facts ${JSON.stringify(pick(facts, compiled.ruleSet.inputs.map((input) => input.fact)))}`,
          variables: { lastRuleSetKey: key, lastRuleSetVersion: decision.ruleSetVersion },
        };
      }
      return { kind: 'complete', variables: decision.outputs, localVariables: { ...trace, ruleId: decision.ruleId } };
    },
  };
}

function pick(values: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, values[name] ?? null]));
}
