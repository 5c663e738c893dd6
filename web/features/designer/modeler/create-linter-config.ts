import { createLintConfig, lotflowPluginPackage, lotflowRules, type LotflowLintContext } from '@lotflow/processes/lint-rules';
import type { LinterConfig, RuleFactory } from 'bpmn-js-bpmnlint';
import type { Locale } from '../../../shared/i18n/locales';
import { createLintMessageTranslator } from '../utils/create-lint-message-translator';
import { recommendedLinterConfig } from './bpmnlint-recommended';

type Reporter = { report(id: string | undefined, message: string, ...rest: unknown[]): void };
type Check = (node: unknown, reporter: Reporter) => unknown;
type Rule = { check?: Check | { enter?: Check; leave?: Check } };

/** The rule with a reporter that hands bpmnlint each message in the page's language. */
function reportingIn(factory: RuleFactory, translateMessage: (message: string) => string): RuleFactory {
  const translating = (check: Check | undefined): Check | undefined =>
    check &&
    ((node, reporter) =>
      check(node, { ...reporter, report: (id, message, ...rest) => reporter.report(id, translateMessage(message), ...rest) }));
  return (config) => {
    const rule = factory(config) as Rule;
    const check = rule.check;
    if (typeof check === 'function') {
      return { ...rule, check: translating(check) };
    }
    return check === undefined ? rule : { ...rule, check: { ...check, enter: translating(check.enter), leave: translating(check.leave) } };
  };
}

/**
 * bpmnlint's recommended rules and Lotflow's, the configuration the api publishes with
 * (`processes/src/lint/lotflow-lint-plugin.ts`). Without a context (the api has not answered
 * yet) the rules about topics and rule tables wait. The canvas shows the messages in the page's
 * language.
 */
export function createLinterConfig(context?: LotflowLintContext, locale: Locale = 'en'): LinterConfig {
  const translateMessage = createLintMessageTranslator(locale);
  return {
    config: createLintConfig(context),
    resolver: {
      resolveRule(packageName, ruleName) {
        if (packageName !== lotflowPluginPackage) {
          return reportingIn(recommendedLinterConfig.resolver.resolveRule(packageName, ruleName), (message) => translateMessage(ruleName, message));
        }
        const rule = lotflowRules[ruleName];
        if (rule === undefined) {
          throw new Error(`The designer has no Lotflow rule <lotflow/${ruleName}>.`);
        }
        return reportingIn(rule, (message) => translateMessage(`lotflow/${ruleName}`, message));
      },
      resolveConfig: (packageName, configName) => recommendedLinterConfig.resolver.resolveConfig(packageName, configName),
    },
  };
}
