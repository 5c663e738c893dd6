import type { LintRuleFactory, ModdleNode } from './lint-rule.types.js';
import { readInputParameters, readText } from './read-camunda-extensions.js';

export interface ServiceTaskTopicConfig {
  /** The topics Lotflow's workers serve, with the input parameters each one requires. */
  readonly topics: ReadonlyArray<{ readonly topic: string; readonly requiredParameters: readonly string[] }>;
}

// The elements Camunda 7 lets run as external tasks.
const EXTERNAL_TASK_TYPES = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask'];
const JAVA_IMPLEMENTATIONS = ['camunda:class', 'camunda:expression', 'camunda:delegateExpression', 'camunda:decisionRef'];

/**
 * A service task must be a step some worker takes: an external task whose topic is in the
 * catalog, with the parameters the topic requires. A topic nobody serves would leave every
 * process instance waiting at that task for ever, with no incident to show for it.
 */
export const serviceTaskTopicRule: LintRuleFactory = (config) => {
  const topics = new Map(((config as ServiceTaskTopicConfig | undefined)?.topics ?? []).map((entry) => [entry.topic, entry.requiredParameters]));
  const known = [...topics.keys()].join(', ');
  return {
    check(node: ModdleNode, reporter) {
      if (!EXTERNAL_TASK_TYPES.some((type) => node.$instanceOf(type))) return;
      const type = readText(node, 'camunda:type');
      if (type !== 'external') {
        // A business rule task calling DMN, or Java the engine runs itself, is not a worker's step.
        const implemented = JAVA_IMPLEMENTATIONS.some((attribute) => readText(node, attribute) !== undefined);
        if (!implemented && node.$instanceOf('bpmn:ServiceTask')) {
          reporter.report(node.id, 'Service task has no step: choose one under Steps, or set an external topic');
        }
        return;
      }
      const topic = readText(node, 'camunda:topic');
      if (topic === undefined) {
        reporter.report(node.id, 'External task has no topic: choose a step under Steps');
        return;
      }
      const required = topics.get(topic);
      if (required === undefined) {
        reporter.report(node.id, `Topic '${topic}' has no handler: Lotflow's workers serve ${known || 'no topic'}`);
        return;
      }
      const given = new Set(readInputParameters(node).map((parameter) => parameter.name));
      for (const name of required.filter((parameter) => !given.has(parameter))) {
        reporter.report(node.id, `Topic '${topic}' needs the input parameter '${name}'`);
      }
    },
  };
};
