import type { LintRuleFactory } from './lint-rule.types.js';
import { hasExtension, readText } from './read-camunda-extensions.js';

/** A user task shows the approver a form: a dictionary type's (`lotflow:form:<type>`), a linked form or form fields. */
export const userTaskFormRule: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) return;
    const hasForm = readText(node, 'camunda:formKey') !== undefined || readText(node, 'camunda:formRef') !== undefined || hasExtension(node, 'camunda:FormData');
    if (!hasForm) {
      reporter.report(node.id, 'User task has no form: the approver would see nothing to review or fill in');
    }
  },
});
