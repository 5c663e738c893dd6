/** What a bpmnlint rule sees of a BPMN element: a moddle element read with the Camunda extension. */
export interface ModdleNode {
  readonly id?: string;
  readonly $type: string;
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
}

export interface LintReporter {
  report(elementId: string | undefined, message: string): void;
}

export interface LintRule {
  check(node: ModdleNode, reporter: LintReporter): void;
}

/** A bpmnlint rule factory: bpmnlint calls it with the rule's configuration. */
export type LintRuleFactory = (config?: unknown) => LintRule;
