import { createLintConfig, lotflowPluginPackage, lotflowRules, type LotflowLintContext } from '@lotflow/processes/lint-rules';
import type { LinterConfig } from 'bpmn-js-bpmnlint';
import { recommendedLinterConfig } from './bpmnlint-recommended';

/**
 * bpmnlint's recommended rules and Lotflow's, the configuration the api publishes with
 * (`processes/src/lint/lotflow-lint-plugin.ts`). Without a context (the api has not answered
 * yet) the rules about topics and rule tables wait.
 */
export function createLinterConfig(context?: LotflowLintContext): LinterConfig {
  return {
    config: createLintConfig(context),
    resolver: {
      resolveRule(packageName, ruleName) {
        if (packageName !== lotflowPluginPackage) {
          return recommendedLinterConfig.resolver.resolveRule(packageName, ruleName);
        }
        const rule = lotflowRules[ruleName];
        if (rule === undefined) {
          throw new Error(`The designer has no Lotflow rule <lotflow/${ruleName}>.`);
        }
        return rule;
      },
      resolveConfig: (packageName, configName) => recommendedLinterConfig.resolver.resolveConfig(packageName, configName),
    },
  };
}
