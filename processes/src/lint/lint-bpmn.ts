/// <reference path="../types/bpmn-moddle.d.ts" />
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import { createLintConfig, lotflowPluginPackage, lotflowRules, type LintCategory, type LotflowLintContext } from './lotflow-lint-plugin.js';

const require = createRequire(import.meta.url);
// bpmnlint is CommonJS; its node resolver loads rule modules by name at lint time.
const { Linter } = require('bpmnlint') as { Linter: new (options: object) => BpmnLinter };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => LintResolver;

interface LintResolver {
  resolveRule(packageName: string, ruleName: string): unknown;
  resolveConfig(packageName: string, configName: string): unknown;
}

interface BpmnLinter {
  lint(definitions: object): Promise<Record<string, Array<{ id?: string; message: string; category: string }>>>;
}

export type LintSeverity = 'error' | 'warning';

export interface BpmnProblem {
  severity: LintSeverity;
  /** The bpmnlint rule, or `xml` for a document that does not parse. */
  rule: string;
  /** The BPMN element at fault, when there is one. */
  elementId?: string;
  message: string;
}

/** Lotflow's lint configuration without an installation's context: what every model must pass. */
export const lintConfig = createLintConfig();

/** bpmnlint's own rules by module name; Lotflow's plugin from its module, which has no package of its own. */
function createResolver(): LintResolver {
  const nodeResolver = new NodeResolver();
  return {
    resolveRule(packageName, ruleName) {
      if (packageName !== lotflowPluginPackage) return nodeResolver.resolveRule(packageName, ruleName);
      const rule = lotflowRules[ruleName];
      if (rule === undefined) throw new Error(`unknown rule <lotflow/${ruleName}>`);
      return rule;
    },
    resolveConfig: (packageName, configName) => nodeResolver.resolveConfig(packageName, configName),
  };
}

export interface LintOptions {
  /** The workers' topics and the published rule tables; without it those rules do not run. */
  context?: LotflowLintContext;
  /** Whether what the context rules find blocks (`error`, the default) or only warns. */
  contextSeverity?: LintCategory;
}

/**
 * Parses a BPMN 2.0 document (with Camunda 7's extensions) and lints it with bpmnlint's
 * recommended rules and Lotflow's (`lotflow-lint-plugin.ts`). Never throws for bad input: a document that is not
 * BPMN comes back as `xml` problems, so callers can show every problem at once.
 */
export async function lintBpmn(xml: string, options: LintOptions = {}): Promise<BpmnProblem[]> {
  const moddle = new BpmnModdle({ camunda: camundaModdle });
  let rootElement: object;
  let warnings: Array<{ message: string; element?: { id?: string } }>;
  try {
    ({ rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions'));
  } catch (error) {
    return [{ severity: 'error', rule: 'xml', message: `Not a BPMN 2.0 document: ${(error as Error).message}` }];
  }
  const problems: BpmnProblem[] = warnings.map((warning) => ({
    severity: 'error',
    rule: 'xml',
    message: warning.message,
    ...(warning.element?.id ? { elementId: warning.element.id } : {}),
  }));
  // A linter per document: some bpmnlint rules keep state between calls of one instance.
  const config = createLintConfig(options.context, options.contextSeverity ? { contextSeverity: options.contextSeverity } : {});
  const reports = await new Linter({ config, resolver: createResolver() }).lint(rootElement);
  for (const [rule, entries] of Object.entries(reports)) {
    for (const entry of entries) {
      problems.push({
        severity: entry.category === 'error' ? 'error' : 'warning',
        rule,
        message: entry.message,
        ...(entry.id ? { elementId: entry.id } : {}),
      });
    }
  }
  return problems;
}
