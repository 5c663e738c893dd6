import { expect } from 'vitest';
import type { RunningApi } from '../../api/src/server.js';
import { engineRest, waitFor } from './engine-rest.js';
import { apiCall, demoPassword } from './start-services.js';

/** A lint-clean process of one signed user task whose form is a dictionary type. */
function signedTaskProcess(id: string, formType: string, group: string, meaning: string): { name: string; content: string } {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_${id}" targetNamespace="https://lotflow.dev/test">
  <bpmn:process id="${id}" name="Test ${id}" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Start" name="Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Decide" />
    <bpmn:userTask id="Task_Decide" name="Decide" camunda:candidateGroups="${group}" camunda:formKey="lotflow:form:${formType}">
      <bpmn:extensionElements><camunda:properties><camunda:property name="lotflow.signatureMeaning" value="${meaning}" /></camunda:properties></bpmn:extensionElements>
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Decide" targetRef="End" />
    <bpmn:endEvent id="End" name="End"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="${id}">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Decide_di" bpmnElement="Task_Decide"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="392" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="392" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  return { name: `${id}.bpmn`, content };
}

/**
 * A record of `formType` signed the way people sign: a user task of that form, claimed and
 * completed in the inbox by `signer` with their password. Answers the record's code.
 */
export async function signedDecision(
  api: RunningApi,
  engineUrl: string,
  options: { formType: string; values: Record<string, unknown>; signer: string; group: string; meaning: string },
): Promise<string> {
  const id = `signed-${options.formType}`;
  const deployed = await apiCall(api, 'POST', '/deployments', { name: id, resources: [signedTaskProcess(id, options.formType, options.group, options.meaning)] }, { as: 'analyst.chen' });
  expect([200, 201], JSON.stringify(deployed.body)).toContain(deployed.status);
  const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: id, businessKey: id, variables: {} }, { as: 'analyst.chen' });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const engine = engineRest(engineUrl);
  const task = await waitFor('the signed task', async () => (await engine.get<Array<{ id: string }>>(`/task?processInstanceId=${started.body.id}`))[0]);
  expect((await apiCall(api, 'POST', `/tasks/${task.id}/claim`, undefined, { as: options.signer })).status).toBe(200);
  const completed = await apiCall(api, 'POST', `/tasks/${task.id}/complete`, { values: options.values, signature: { password: demoPassword, meaning: options.meaning } }, { as: options.signer });
  expect(completed.status, JSON.stringify(completed.body)).toBe(200);
  return completed.body.record.code as string;
}
