import type { TopicDefinition } from '../topics/topic-catalog.js';
import { gatewayDefaultFlowRule } from './rules/gateway-default-flow.js';
import type { LintRuleFactory } from './rules/lint-rule.types.js';
import { ruleTablePublishedRule } from './rules/rule-table-published.js';
import { serviceTaskTopicRule } from './rules/service-task-topic.js';
import { userTaskCandidateGroupRule } from './rules/user-task-candidate-group.js';
import { userTaskFormRule } from './rules/user-task-form.js';

export type { LintRuleFactory } from './rules/lint-rule.types.js';

/*
 * Lotflow's own bpmnlint rules, as the plugin `bpmnlint-plugin-lotflow` (rule names
 * `lotflow/<rule>`). This module has no Node imports: the designer bundles it for the canvas, and
 * the api lints with it before publishing, so both judge a model alike.
 */

export const lotflowPluginPackage = 'bpmnlint-plugin-lotflow';

export const lotflowRules: Readonly<Record<string, LintRuleFactory>> = {
  'service-task-topic': serviceTaskTopicRule,
  'rule-table-published': ruleTablePublishedRule,
  'user-task-candidate-group': userTaskCandidateGroupRule,
  'user-task-form': userTaskFormRule,
  'gateway-default-flow': gatewayDefaultFlowRule,
};

/** What the rules that depend on the installation consult: the workers' topics and the published rule tables. */
export interface LotflowLintContext {
  readonly topics: ReadonlyArray<{ readonly topic: string; readonly requiredParameters: readonly string[] }>;
  readonly publishedRuleTables: readonly string[];
}

export type LintCategory = 'error' | 'warn';

export interface LintConfig {
  readonly extends: string;
  readonly rules: Readonly<Record<string, LintCategory | readonly [LintCategory, object]>>;
}

/** The context built from the topic catalog and the keys of the published rule tables. */
export function createLintContext(topics: readonly TopicDefinition[], publishedRuleTables: readonly string[]): LotflowLintContext {
  return {
    topics: topics.map((topic) => ({ topic: topic.topic, requiredParameters: topic.parameters.required ?? [] })),
    publishedRuleTables: [...publishedRuleTables].sort(),
  };
}

/**
 * bpmnlint's recommended rules plus Lotflow's. The rules about topics and rule tables run only
 * with a context; `contextSeverity` says whether what they find blocks (`error`, the default)
 * or only warns.
 */
export function createLintConfig(context?: LotflowLintContext, options: { contextSeverity?: LintCategory } = {}): LintConfig {
  const severity = options.contextSeverity ?? 'error';
  return {
    extends: 'bpmnlint:recommended',
    rules: {
      'lotflow/user-task-candidate-group': 'error',
      'lotflow/user-task-form': 'warn',
      'lotflow/gateway-default-flow': 'warn',
      ...(context
        ? {
            'lotflow/service-task-topic': [severity, { topics: context.topics }],
            'lotflow/rule-table-published': [severity, { publishedRuleTables: context.publishedRuleTables }],
          }
        : {}),
    },
  };
}
