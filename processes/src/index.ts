export { lintBpmn, lintConfig } from './lint/lint-bpmn.js';
export type { BpmnProblem, LintSeverity } from './lint/lint-bpmn.js';
export { bundledProcessesDirectory, readProcessFiles } from './bundled-processes.js';
export type { ProcessFile } from './bundled-processes.js';
