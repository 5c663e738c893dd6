import type { RuleSetRepository } from '@lotflow/rules';
import type { TaskHandler } from '../task-runner/task-handler.js';
import { evaluateRuleSetHandler } from './evaluate-rule-set/evaluate-rule-set.handler.js';

/** The worker's topic catalog: every topic it serves, with its parameters. */
export function createTopicCatalog(dependencies: { ruleSets: RuleSetRepository }): TaskHandler[] {
  return [evaluateRuleSetHandler(dependencies.ruleSets)];
}
