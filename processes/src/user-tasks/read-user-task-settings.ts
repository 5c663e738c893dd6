/// <reference path="../types/bpmn-moddle.d.ts" />
import { BpmnModdle } from 'bpmn-moddle';

/** The form key that names a dictionary type: the task's form is generated from that type. */
export const DICTIONARY_FORM_PREFIX = 'lotflow:form:';
/** The camunda:property that makes completing a user task an electronic signature with this meaning. */
export const SIGNATURE_MEANING_PROPERTY = 'lotflow.signatureMeaning';

/** What a signature means, as the signer sees it (21 CFR 11.50(a)(3)); `none` asks for no signature. */
export const SIGNATURE_MEANINGS = ['approved-for-release', 'disposition-decision', 'reviewed', 'rule-publication'] as const;
export type SignatureMeaning = (typeof SIGNATURE_MEANINGS)[number];

export interface UserTaskSettings {
  /** The BPMN id of the user task: the engine's task definition key. */
  id: string;
  name: string | null;
  candidateGroups: string[];
  /** The dictionary type whose generated form the task shows, from `camunda:formKey="lotflow:form:<type>"`. */
  formType: string | null;
  /** Present when completing the task is an electronic signature. */
  signatureMeaning: SignatureMeaning | null;
}

/** A BPMN element as bpmn-moddle reads it without the Camunda moddle: Camunda attributes are plain attributes. */
export interface GenericElement {
  $type: string;
  $attrs?: Record<string, string>;
  $children?: GenericElement[];
  id?: string;
  name?: string;
  value?: string;
  text?: string;
  flowElements?: GenericElement[];
  rootElements?: GenericElement[];
  eventDefinitions?: GenericElement[];
  documentation?: GenericElement[];
  extensionElements?: { values?: GenericElement[] };
}

/** The dictionary type a `camunda:formKey` names, or null for any other form. */
export function readFormType(formKey: string | undefined): string | null {
  return formKey?.startsWith(DICTIONARY_FORM_PREFIX) ? formKey.slice(DICTIONARY_FORM_PREFIX.length) : null;
}

/** A comma-separated Camunda list attribute (`camunda:candidateGroups`, `camunda:candidateStarterGroups`). */
export function readGroupList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((group) => group.trim())
    .filter(Boolean);
}

/** The executable processes of a BPMN document, parsed without the Camunda moddle. */
export async function readProcesses(bpmnXml: string): Promise<GenericElement[]> {
  const { rootElement } = (await new BpmnModdle().fromXML(bpmnXml)) as { rootElement: GenericElement };
  return (rootElement.rootElements ?? []).filter((element) => element.$type === 'bpmn:Process');
}

function isSignatureMeaning(value: string | undefined): value is SignatureMeaning {
  return (SIGNATURE_MEANINGS as readonly string[]).includes(value ?? '');
}

function* userTasks(container: GenericElement): Generator<GenericElement> {
  for (const element of container.flowElements ?? []) {
    if (element.$type === 'bpmn:UserTask') yield element;
    // Sub-processes hold their own flow elements.
    if (element.flowElements) yield* userTasks(element);
  }
}

/**
 * Reads, per user task of a BPMN document, the settings the task inbox acts on: candidate groups,
 * the dictionary type of its form and the meaning of the electronic signature it requires.
 * Parsed without the Camunda moddle, so Camunda attributes are read as plain attributes.
 */
export async function readUserTaskSettings(bpmnXml: string): Promise<Map<string, UserTaskSettings>> {
  const settings = new Map<string, UserTaskSettings>();
  for (const process of await readProcesses(bpmnXml)) {
    for (const task of userTasks(process)) {
      const attributes = task.$attrs ?? {};
      const formKey = attributes['camunda:formKey'];
      const properties = (task.extensionElements?.values ?? [])
        .filter((element) => element.$type === 'camunda:properties')
        .flatMap((element) => element.$children ?? []);
      const meaning = properties.find((property) => property.name === SIGNATURE_MEANING_PROPERTY)?.value;
      settings.set(task.id ?? '', {
        id: task.id ?? '',
        name: task.name ?? null,
        candidateGroups: readGroupList(attributes['camunda:candidateGroups']),
        formType: readFormType(formKey),
        signatureMeaning: isSignatureMeaning(meaning) ? meaning : null,
      });
    }
  }
  return settings;
}
