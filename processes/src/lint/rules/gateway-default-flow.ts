import type { LintRuleFactory } from './lint-rule.types.js';

/**
 * An exclusive or inclusive gateway that splits needs a default flow: when no condition holds,
 * the engine stops the instance with an incident instead of taking a path the analyst chose.
 */
export const gatewayDefaultFlowRule: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!(node.$instanceOf('bpmn:ExclusiveGateway') || node.$instanceOf('bpmn:InclusiveGateway'))) return;
    const outgoing = (node.get('outgoing') as unknown[] | undefined) ?? [];
    if (outgoing.length > 1 && node.get('default') === undefined) {
      reporter.report(node.id, 'Gateway has no default flow: when no condition holds, the process stops with an incident');
    }
  },
});
