import type { TaskHandler } from '../task-runner/task-handler.js';
import { evaluateRuleSetHandler } from './evaluate-rule-set/evaluate-rule-set.handler.js';
import type { RuleTableSource } from './evaluate-rule-set/rule-table.source.js';

/** The worker's topic catalog: every topic it serves, with its parameters. */
export function createTopicCatalog(dependencies: { ruleTables: RuleTableSource; timeZone: string }): TaskHandler[] {
  return [evaluateRuleSetHandler(dependencies.ruleTables, { timeZone: dependencies.timeZone })];
}
