import type { LinterConfig, RuleFactory } from 'bpmn-js-bpmnlint';
import recommended from 'bpmnlint/config/recommended';
import adHocSubProcessRule from 'bpmnlint/rules/ad-hoc-sub-process';
import conditionalFlowsRule from 'bpmnlint/rules/conditional-flows';
import endEventRequiredRule from 'bpmnlint/rules/end-event-required';
import eventBasedGatewayRule from 'bpmnlint/rules/event-based-gateway';
import eventSubProcessTypedStartEventRule from 'bpmnlint/rules/event-sub-process-typed-start-event';
import fakeJoinRule from 'bpmnlint/rules/fake-join';
import globalRule from 'bpmnlint/rules/global';
import labelRequiredRule from 'bpmnlint/rules/label-required';
import linkEventRule from 'bpmnlint/rules/link-event';
import noBpmndiRule from 'bpmnlint/rules/no-bpmndi';
import noComplexGatewayRule from 'bpmnlint/rules/no-complex-gateway';
import noDisconnectedRule from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlowsRule from 'bpmnlint/rules/no-duplicate-sequence-flows';
import noGatewayJoinForkRule from 'bpmnlint/rules/no-gateway-join-fork';
import noImplicitSplitRule from 'bpmnlint/rules/no-implicit-split';
import noImplicitEndRule from 'bpmnlint/rules/no-implicit-end';
import noImplicitStartRule from 'bpmnlint/rules/no-implicit-start';
import noInclusiveGatewayRule from 'bpmnlint/rules/no-inclusive-gateway';
import noOverlappingElementsRule from 'bpmnlint/rules/no-overlapping-elements';
import singleBlankStartEventRule from 'bpmnlint/rules/single-blank-start-event';
import singleEventDefinitionRule from 'bpmnlint/rules/single-event-definition';
import startEventRequiredRule from 'bpmnlint/rules/start-event-required';
import subProcessBlankStartEventRule from 'bpmnlint/rules/sub-process-blank-start-event';
import superfluousGatewayRule from 'bpmnlint/rules/superfluous-gateway';
import superfluousLabelRule from 'bpmnlint/rules/superfluous-label';
import superfluousTerminationRule from 'bpmnlint/rules/superfluous-termination';

/*
 * bpmnlint finds rules by module name at lint time, which a browser bundle cannot do, and the
 * usual fix (a .bpmnlintrc packed by bpmnlint-pack-config or a bundler plug-in) is a build step
 * we don't have. So the recommended rules are imported here, and a resolver hands them out by
 * name: the same configuration the api lints with before every save and deploy
 * (`processes/src/lint/lint-bpmn.ts`: extends bpmnlint:recommended).
 */
const RECOMMENDED_RULES: Readonly<Record<string, RuleFactory>> = {
  'ad-hoc-sub-process': adHocSubProcessRule,
  'conditional-flows': conditionalFlowsRule,
  'end-event-required': endEventRequiredRule,
  'event-based-gateway': eventBasedGatewayRule,
  'event-sub-process-typed-start-event': eventSubProcessTypedStartEventRule,
  'fake-join': fakeJoinRule,
  'global': globalRule,
  'label-required': labelRequiredRule,
  'link-event': linkEventRule,
  'no-bpmndi': noBpmndiRule,
  'no-complex-gateway': noComplexGatewayRule,
  'no-disconnected': noDisconnectedRule,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlowsRule,
  'no-gateway-join-fork': noGatewayJoinForkRule,
  'no-implicit-split': noImplicitSplitRule,
  'no-implicit-end': noImplicitEndRule,
  'no-implicit-start': noImplicitStartRule,
  'no-inclusive-gateway': noInclusiveGatewayRule,
  'no-overlapping-elements': noOverlappingElementsRule,
  'single-blank-start-event': singleBlankStartEventRule,
  'single-event-definition': singleEventDefinitionRule,
  'start-event-required': startEventRequiredRule,
  'sub-process-blank-start-event': subProcessBlankStartEventRule,
  'superfluous-gateway': superfluousGatewayRule,
  'superfluous-label': superfluousLabelRule,
  'superfluous-termination': superfluousTerminationRule,
};

function resolveRule(packageName: string, ruleName: string): RuleFactory {
  const rule = packageName === 'bpmnlint' ? RECOMMENDED_RULES[ruleName] : undefined;
  if (rule === undefined) {
    throw new Error(`The designer bundles bpmnlint's recommended rules only, not <${packageName}/${ruleName}>.`);
  }
  return rule;
}

function resolveConfig(packageName: string, configName: string): object {
  if (packageName !== 'bpmnlint' || configName !== 'recommended') {
    throw new Error(`The designer bundles the configuration bpmnlint:recommended only, not <${packageName}:${configName}>.`);
  }
  return recommended;
}

export const recommendedLinterConfig: LinterConfig = {
  config: { extends: 'bpmnlint:recommended' },
  resolver: { resolveRule, resolveConfig },
};
