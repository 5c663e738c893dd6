import { lintBpmn } from '@lotflow/processes';
import type { ArtifactKindDefinition } from './artifact-kinds.js';

/**
 * A process model's content is `{ bpmnXml }`; it may be published when it lints clean, Lotflow's
 * rules included: every service task's topic has a handler and every rule table it names is published.
 */
export const processModelKind: ArtifactKindDefinition = {
  kind: 'process-model',
  path: '/process-models',
  noun: 'process model',
  editRoles: ['analyst'],
  async validate(content, _key, context) {
    const xml = (content as { bpmnXml?: unknown } | null)?.bpmnXml;
    if (typeof xml !== 'string' || xml.length === 0) {
      return [{ pointer: '/bpmnXml', message: 'is required: the BPMN 2.0 XML of the model', keyword: 'required' }];
    }
    return (await lintBpmn(xml, { context: await context.lintContext() }))
      .filter((problem) => problem.severity === 'error')
      .map((problem) => ({
        pointer: `/bpmnXml${problem.elementId ? `#${problem.elementId}` : ''}`,
        message: `${problem.elementId ? `${problem.elementId}: ` : ''}${problem.message} (${problem.rule})`,
        keyword: problem.rule,
      }));
  },
};
