import type { LintRuleFactory } from './lint-rule.types.js';
import { isExpression, readInputParameters } from './read-camunda-extensions.js';

export interface RuleTablePublishedConfig {
  /** Keys of the rule tables that have a published version. */
  readonly publishedRuleTables: readonly string[];
}

/** The input parameter that names the rule table a step evaluates. */
export const RULE_TABLE_PARAMETER = 'ruleSet';

/**
 * A step that evaluates a rule table must name one that is published: the worker reads only
 * published versions, so a draft or a misspelt key ends in an incident at run time.
 */
export const ruleTablePublishedRule: LintRuleFactory = (config) => {
  const published = new Set((config as RuleTablePublishedConfig | undefined)?.publishedRuleTables ?? []);
  return {
    check(node, reporter) {
      for (const parameter of readInputParameters(node).filter((candidate) => candidate.name === RULE_TABLE_PARAMETER)) {
        const key = parameter.value?.trim();
        if (key === undefined || key.length === 0) {
          reporter.report(node.id, `Input parameter '${RULE_TABLE_PARAMETER}' is empty: choose a published rule table`);
        } else if (!isExpression(key) && !published.has(key)) {
          reporter.report(node.id, `Rule table '${key}' is not published: publish it first, or choose a published one`);
        }
      }
    },
  };
};
