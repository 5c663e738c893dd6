export { lintBpmn, lintConfig } from './lint/lint-bpmn.js';
export type { BpmnProblem, LintOptions, LintSeverity } from './lint/lint-bpmn.js';
export { createLintConfig, createLintContext, lotflowRules } from './lint/lotflow-lint-plugin.js';
export type { LintConfig, LotflowLintContext } from './lint/lotflow-lint-plugin.js';
export {
  assignNumberTopic,
  createRecordTopic,
  evaluateRuleSetTopic,
  linkRecordsTopic,
  postMovementsTopic,
  readRecordTopic,
  renderDocumentTopic,
  reserveStockTopic,
  sendIntegrationMessageTopic,
  setLotStatusTopic,
  topicCatalog,
  updateRecordTopic,
} from './topics/topic-catalog.js';
export type { ParameterChoices, TopicDefinition, TopicText } from './topics/topic-catalog.js';
export { bundledProcessesDirectory, readProcessFiles } from './bundled-processes.js';
export type { ProcessFile } from './bundled-processes.js';
export { DICTIONARY_FORM_PREFIX, SIGNATURE_MEANING_PROPERTY, SIGNATURE_MEANINGS, readUserTaskSettings } from './user-tasks/read-user-task-settings.js';
export type { SignatureMeaning, UserTaskSettings } from './user-tasks/read-user-task-settings.js';
export { readErrorCatchers } from './errors/read-error-catchers.js';
export type { ErrorCatchers } from './errors/read-error-catchers.js';
export { readStartSettings } from './process-starts/read-start-settings.js';
export type { StartSettings } from './process-starts/read-start-settings.js';
