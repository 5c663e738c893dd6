import type { LintRuleFactory } from './lint-rule.types.js';
import { readText } from './read-camunda-extensions.js';

/**
 * Lotflow offers a task to the people whose role is one of its candidate groups: a user task
 * without any would sit in nobody's inbox.
 */
export const userTaskCandidateGroupRule: LintRuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:UserTask') && readText(node, 'camunda:candidateGroups') === undefined) {
      reporter.report(node.id, 'User task has no candidate group: no one could claim it in the inbox');
    }
  },
});
