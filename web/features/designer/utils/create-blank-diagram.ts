export interface BlankDiagramLabels {
  readonly processName: string;
  readonly startEventName: string;
  readonly endEventName: string;
}

/** Seven years, the record retention the bundled processes use; Camunda 7 refuses a process without one. */
const HISTORY_TIME_TO_LIVE_DAYS = 3650;

/**
 * The process id the engine knows a model by. A key may start with a digit, which an XML id may
 * not; such a key gets a prefix so the document stays valid.
 */
export function processIdForKey(key: string): string {
  return /^[a-z]/.test(key) ? key : `Process_${key}`;
}

/**
 * Where a new process model starts: a start event joined to an end event, with diagram
 * interchange so the canvas can draw it. It passes bpmnlint's recommended rules and deploys to
 * Camunda 7 as it is.
 */
export function createBlankDiagram(key: string, labels: BlankDiagramLabels): string {
  const processId = processIdForKey(key);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_${processId}" targetNamespace="https://lotflow.dev/processes" exporter="Lotflow designer" exporterVersion="0.1.0">
  <bpmn:process id="${processId}" name="${escapeXml(labels.processName)}" isExecutable="true" camunda:historyTimeToLive="${HISTORY_TIME_TO_LIVE_DAYS}">
    <bpmn:startEvent id="StartEvent_1" name="${escapeXml(labels.startEventName)}">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="EndEvent_1" />
    <bpmn:endEvent id="EndEvent_1" name="${escapeXml(labels.endEventName)}">
      <bpmn:incoming>Flow_1</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="${processId}">
      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1">
        <dc:Bounds x="180" y="160" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="160" y="203" width="76" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1">
        <dc:Bounds x="532" y="160" width="36" height="36" />
        <bpmndi:BPMNLabel>
          <dc:Bounds x="512" y="203" width="76" height="14" />
        </bpmndi:BPMNLabel>
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1">
        <di:waypoint x="216" y="178" />
        <di:waypoint x="532" y="178" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => XML_ESCAPES[character] ?? character);
}
