/** Text in every language Lotflow speaks. */
export interface TopicText {
  en: string;
  'zh-CN': string;
}

/** Where a parameter's allowed values come from, when they are not fixed in its schema. */
export type ParameterChoices = 'published-rule-tables';

/**
 * One worker topic as the designer and the linter see it: what the step does, the JSON Schema of
 * its input parameters (the worker checks it, the element templates are generated from it) and
 * the process variables it writes. Static data, so the api reads it without starting a worker.
 */
export interface TopicDefinition {
  topic: `lotflow.${string}`;
  label: TopicText;
  description: TopicText;
  parameters: {
    type: 'object';
    properties: Record<string, { description?: string; title?: string } & Record<string, unknown>>;
    required?: string[];
  };
  /** Parameters whose values are chosen from a list the api knows, e.g. the published rule tables. */
  parameterChoices?: Record<string, ParameterChoices>;
  /** The process variables the step writes; empty when they depend on the configuration. */
  outputs: {
    description: TopicText;
    properties: Record<string, { type: string; description?: string }>;
  };
}

export const evaluateRuleSetTopic: TopicDefinition = {
  topic: 'lotflow.evaluate-rule-set',
  label: { en: 'Evaluate rule table', 'zh-CN': '执行规则表' },
  description: {
    en: 'Decides with a published rule table: the task’s variables are the facts, the deciding row’s outputs become process variables. BPMN error LOTFLOW_NO_DECISION when no row decides.',
    'zh-CN': '用已发布的规则表做决策：任务变量即事实，命中行的输出成为流程变量。没有行命中时抛出 BPMN 错误 LOTFLOW_NO_DECISION。',
  },
  parameters: {
    type: 'object',
    properties: {
      ruleSet: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$', title: 'Rule table', description: 'Key of the published rule table' },
      ruleSetVersion: {
        // null: an input parameter left empty in the designer, the same as leaving it out.
        anyOf: [{ enum: ['latest'] }, { type: 'integer', minimum: 1 }, { type: 'string', pattern: '^[1-9][0-9]*$' }, { type: 'null' }],
        title: 'Version',
        description: "Omit to use the version in force when the process started; 'latest' or a number to choose",
      },
    },
    required: ['ruleSet'],
  },
  parameterChoices: { ruleSet: 'published-rule-tables' },
  outputs: {
    description: {
      en: "One process variable per output of the rule table (a list per output for multi-hit tables); the task keeps the table's version and deciding row as local variables.",
      'zh-CN': '规则表的每个输出成为一个流程变量（多命中表为列表）；任务以局部变量记录规则表版本和命中行。',
    },
    properties: {},
  },
};

/** Every topic Lotflow's workers serve. A service task with any other topic would wait for ever. */
export const topicCatalog: readonly TopicDefinition[] = [evaluateRuleSetTopic];
