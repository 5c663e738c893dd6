import { readFormType, readGroupList, readProcesses, type GenericElement } from '../user-tasks/read-user-task-settings.js';

export interface StartSettings {
  /** The BPMN id of the process: the engine's process definition key. */
  processKey: string;
  name: string | null;
  /** The process's documentation: what starting it sets going. */
  documentation: string | null;
  /** The roles that may start it, from `camunda:candidateStarterGroups`; empty when the model names none. */
  candidateStarterGroups: string[];
  /** The none start event whose form starts the process. */
  startEventId: string | null;
  /** The dictionary type of the start form, from the start event's `camunda:formKey="lotflow:form:<type>"`. */
  formType: string | null;
}

/** The process's start event without a trigger: the one a person starts it at. */
function noneStartEvent(process: GenericElement): GenericElement | undefined {
  return (process.flowElements ?? []).find((element) => element.$type === 'bpmn:StartEvent' && (element.eventDefinitions ?? []).length === 0);
}

/**
 * Reads, per process of a BPMN document, what the start screen acts on: who may start it
 * (Camunda's `candidateStarterGroups`, roles being the engine's groups) and the dictionary type
 * whose generated form its none start event shows.
 */
export async function readStartSettings(bpmnXml: string): Promise<Map<string, StartSettings>> {
  const settings = new Map<string, StartSettings>();
  for (const process of await readProcesses(bpmnXml)) {
    const startEvent = noneStartEvent(process);
    const documentation = (process.documentation ?? []).map((entry) => entry.text?.trim() ?? '').filter(Boolean).join('\n');
    settings.set(process.id ?? '', {
      processKey: process.id ?? '',
      name: process.name ?? null,
      documentation: documentation || null,
      candidateStarterGroups: readGroupList(process.$attrs?.['camunda:candidateStarterGroups']),
      startEventId: startEvent?.id ?? null,
      formType: readFormType(startEvent?.$attrs?.['camunda:formKey']),
    });
  }
  return settings;
}
