/// <reference path="../types/bpmn-moddle.d.ts" />
import { BpmnModdle } from 'bpmn-moddle';

interface Element {
  $type: string;
  id?: string;
  $parent?: Element;
  flowElements?: Element[];
  rootElements?: Element[];
  attachedToRef?: Element;
  triggeredByEvent?: boolean;
  eventDefinitions?: Array<{ $type: string; errorRef?: { errorCode?: string } }>;
}

/** Whether an activity's BPMN error with this code is caught somewhere in its process. */
export type ErrorCatchers = (activityId: string, errorCode: string) => boolean;

/** The codes an element's error event definitions catch; `null` catches every error. */
function errorCodes(element: Element): Array<string | null> {
  return (element.eventDefinitions ?? [])
    .filter((definition) => definition.$type === 'bpmn:ErrorEventDefinition')
    .map((definition) => (definition.errorRef?.errorCode ? definition.errorRef.errorCode : null));
}

function catches(codes: Array<string | null>, code: string): boolean {
  return codes.some((caught) => caught === null || caught === code);
}

/**
 * Reads, from a BPMN document, where a BPMN error thrown by an activity would be caught: an error
 * boundary event on the activity or on a sub-process around it, or an error event sub-process in
 * one of its scopes (as the engine looks for them, inside out). Parsed without the Camunda moddle.
 */
export async function readErrorCatchers(bpmnXml: string): Promise<ErrorCatchers> {
  const { rootElement } = (await new BpmnModdle().fromXML(bpmnXml)) as { rootElement: Element };
  const byId = new Map<string, Element>();
  const boundaries = new Map<Element, Array<string | null>>();
  const eventSubProcessCatches = new Map<Element, Array<string | null>>();
  const visit = (container: Element) => {
    for (const element of container.flowElements ?? []) {
      if (element.id) byId.set(element.id, element);
      if (element.$type === 'bpmn:BoundaryEvent' && element.attachedToRef) {
        boundaries.set(element.attachedToRef, [...(boundaries.get(element.attachedToRef) ?? []), ...errorCodes(element)]);
      }
      if (element.$type === 'bpmn:SubProcess' && element.triggeredByEvent) {
        const starts = (element.flowElements ?? []).filter((candidate) => candidate.$type === 'bpmn:StartEvent');
        eventSubProcessCatches.set(container, [...(eventSubProcessCatches.get(container) ?? []), ...starts.flatMap(errorCodes)]);
      }
      if (element.flowElements) visit(element);
    }
  };
  for (const process of (rootElement.rootElements ?? []).filter((element) => element.$type === 'bpmn:Process')) visit(process);

  return (activityId, errorCode) => {
    let current = byId.get(activityId);
    while (current) {
      if (catches(boundaries.get(current) ?? [], errorCode)) return true;
      const scope = current.$parent;
      if (!scope) return false;
      if (catches(eventSubProcessCatches.get(scope) ?? [], errorCode)) return true;
      if (scope.$type === 'bpmn:Process') return false;
      current = scope;
    }
    return false;
  };
}
