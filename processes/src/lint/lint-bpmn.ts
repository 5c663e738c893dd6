/// <reference path="../types/bpmn-moddle.d.ts" />
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
// bpmnlint is CommonJS; its node resolver loads rule modules by name at lint time.
const { Linter } = require('bpmnlint') as { Linter: new (options: object) => BpmnLinter };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => object;

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

/** Lotflow's lint configuration: what the designer shows and what a deploy must pass. */
export const lintConfig = { extends: 'bpmnlint:recommended' };


/**
 * Parses a BPMN 2.0 document and lints it. Never throws for bad input: a document that is not
 * BPMN comes back as `xml` problems, so callers can show every problem at once.
 */
export async function lintBpmn(xml: string): Promise<BpmnProblem[]> {
  const moddle = new BpmnModdle();
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
  const reports = await new Linter({ config: lintConfig, resolver: new NodeResolver() }).lint(rootElement);
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
