// bpmn-io's extensions ship JavaScript without type declarations: what the designer uses of them.

declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: Record<string, unknown>;
  export const BpmnPropertiesProviderModule: Record<string, unknown>;
  export const CamundaPlatformPropertiesProviderModule: Record<string, unknown>;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  const CamundaPlatformBehaviorsModule: Record<string, unknown>;
  export default CamundaPlatformBehaviorsModule;
}

declare module 'bpmn-js-token-simulation' {
  const TokenSimulationModelerModule: Record<string, unknown>;
  export default TokenSimulationModelerModule;
}

declare module 'bpmn-js-bpmnlint' {
  export type RuleFactory = (config?: unknown) => object;
  export interface LinterConfig {
    readonly config: object;
    readonly resolver: {
      resolveRule(packageName: string, ruleName: string): RuleFactory;
      resolveConfig(packageName: string, configName: string): object;
    };
  }
  const LintModule: Record<string, unknown>;
  export default LintModule;
}

declare module 'bpmnlint/config/recommended' {
  const config: { readonly rules: Readonly<Record<string, string>> };
  export default config;
}

declare module 'bpmnlint/rules/*' {
  const rule: import('bpmn-js-bpmnlint').RuleFactory;
  export default rule;
}

declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string, typeName?: string): Promise<{ rootElement: object; warnings: Array<{ message: string; element?: { id?: string } }> }>;
  }
}

declare module 'bpmn-js-element-templates' {
  export const ElementTemplatesPropertiesProviderModule: Record<string, unknown>;
}
