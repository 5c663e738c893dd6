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

interface GenericElement {
  $type: string;
  $attrs?: Record<string, string>;
  $children?: GenericElement[];
  id?: string;
  name?: string;
  value?: string;
  flowElements?: GenericElement[];
  rootElements?: GenericElement[];
  extensionElements?: { values?: GenericElement[] };
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
  const { rootElement } = (await new BpmnModdle().fromXML(bpmnXml)) as { rootElement: GenericElement };
  const settings = new Map<string, UserTaskSettings>();
  for (const process of (rootElement.rootElements ?? []).filter((element) => element.$type === 'bpmn:Process')) {
    for (const task of userTasks(process)) {
      const attributes = task.$attrs ?? {};
      const formKey = attributes['camunda:formKey'] ?? '';
      const properties = (task.extensionElements?.values ?? [])
        .filter((element) => element.$type === 'camunda:properties')
        .flatMap((element) => element.$children ?? []);
      const meaning = properties.find((property) => property.name === SIGNATURE_MEANING_PROPERTY)?.value;
      settings.set(task.id ?? '', {
        id: task.id ?? '',
        name: task.name ?? null,
        candidateGroups: (attributes['camunda:candidateGroups'] ?? '')
          .split(',')
          .map((group) => group.trim())
          .filter(Boolean),
        formType: formKey.startsWith(DICTIONARY_FORM_PREFIX) ? formKey.slice(DICTIONARY_FORM_PREFIX.length) : null,
        signatureMeaning: isSignatureMeaning(meaning) ? meaning : null,
      });
    }
  }
  return settings;
}
