export { lintBpmn, lintConfig } from './lint/lint-bpmn.js';
export type { BpmnProblem, LintSeverity } from './lint/lint-bpmn.js';
export { bundledProcessesDirectory, readProcessFiles } from './bundled-processes.js';
export type { ProcessFile } from './bundled-processes.js';
export { DICTIONARY_FORM_PREFIX, SIGNATURE_MEANING_PROPERTY, SIGNATURE_MEANINGS, readUserTaskSettings } from './user-tasks/read-user-task-settings.js';
export type { SignatureMeaning, UserTaskSettings } from './user-tasks/read-user-task-settings.js';
