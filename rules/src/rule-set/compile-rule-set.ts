import { Engine } from 'json-rules-engine';
import { createValidator, type Validator } from '@lotflow/dictionary';
import { createRunQueue } from '../shared/create-run-queue.util.js';
import { RuleSetInputError } from './rule-set.errors.js';
import type { Decision, RuleSet } from './rule-set.types.js';

export interface CompiledRuleSet {
  ruleSet: RuleSet;
  evaluate(facts: Record<string, unknown>): Promise<Decision>;
}

/**
 * Builds the json-rules-engine engine for one rule-set version. Build once and reuse: each run
 * gets its own almanac and runs take turns on the Engine (see createRunQueue), so concurrent
 * tasks share it.
 */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  // Missing facts are normal (an inspection not done yet): the condition is false, not an error.
  const engine = new Engine([], { allowUndefinedFacts: true });
  const ruleCount = ruleSet.rules.length;
  ruleSet.rules.forEach((rule, index) => {
    engine.addRule({
      name: rule.id,
      // FIRST: earlier rows run first; priority only orders, the row index decides below.
      priority: ruleCount - index,
      conditions: rule.conditions as never,
      event: { type: 'rule-matched', params: { index } },
    });
  });
  const validateFacts = factValidator(ruleSet);
  const runInTurn = createRunQueue();

  return {
    ruleSet,
    async evaluate(facts) {
      const checked = validateFacts(facts);
      if (!checked.ok) throw new RuleSetInputError(ruleSet.key, checked.issues);
      const { events } = await runInTurn(() => engine.run({ ...facts }));
      const indexes = events.map((event) => (event.params as { index: number }).index);
      const base = { ruleSetKey: ruleSet.key, ruleSetVersion: ruleSet.version };
      if (indexes.length === 0) return { ...base, matched: false, outputs: {} };
      const first = ruleSet.rules[Math.min(...indexes)]!;
      return { ...base, matched: true, ruleId: first.id, outputs: { ...first.outputs } };
    },
  };
}

/** Facts may be absent, but a fact that is present must have its declared type. */
function factValidator(ruleSet: RuleSet): Validator<Record<string, unknown>> {
  const properties = Object.fromEntries(
    ruleSet.inputs.map((input) => [input.fact, input.enum ? { type: input.type, enum: input.enum } : { type: input.type }]),
  );
  // null stands for "not known yet", the same as an absent fact.
  const nullable = Object.fromEntries(
    Object.entries(properties).map(([fact, schema]) => [fact, { anyOf: [{ type: 'null' }, schema] }]),
  );
  return createValidator({ type: 'object', properties: nullable });
}
