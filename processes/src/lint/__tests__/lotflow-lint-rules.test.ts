import { describe, expect, it } from 'vitest';
import { createLintContext, lintBpmn, topicCatalog, type BpmnProblem } from '../../index.js';

const context = createLintContext(topicCatalog, ['incoming-inspection-disposition']);

/** A lint-clean process start → `element` → end, with `element` having the id `Subject`. */
function around(element: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_1" targetNamespace="https://lotflow.dev/test">
  <bpmn:process id="subject" name="Subject" isExecutable="true">
    <bpmn:startEvent id="Start" name="Start"><bpmn:outgoing>Flow_In</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_In" sourceRef="Start" targetRef="Subject" />
    ${element}
    <bpmn:sequenceFlow id="Flow_Out" sourceRef="Subject" targetRef="End" />
    <bpmn:endEvent id="End" name="End"><bpmn:incoming>Flow_Out</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>`;
}

const flows = '<bpmn:incoming>Flow_In</bpmn:incoming><bpmn:outgoing>Flow_Out</bpmn:outgoing>';
const inputs = (parameters: Record<string, string>) =>
  `<bpmn:extensionElements><camunda:inputOutput>${Object.entries(parameters)
    .map(([name, value]) => `<camunda:inputParameter name="${name}">${value}</camunda:inputParameter>`)
    .join('')}</camunda:inputOutput></bpmn:extensionElements>`;
const serviceTask = (attributes: string, extension = '') => around(`<bpmn:serviceTask id="Subject" name="Step" ${attributes}>${extension}${flows}</bpmn:serviceTask>`);
const evaluate = 'camunda:type="external" camunda:topic="lotflow.evaluate-rule-set"';
const userTask = (attributes: string, extension = '') => around(`<bpmn:userTask id="Subject" name="Review" ${attributes}>${extension}${flows}</bpmn:userTask>`);

async function lotflowProblems(xml: string, withContext = true): Promise<BpmnProblem[]> {
  // The fixtures have no diagram; otherwise they are clean for bpmnlint's recommended rules.
  const problems = (await lintBpmn(xml, withContext ? { context } : {})).filter((problem) => problem.rule !== 'no-bpmndi');
  expect(problems.filter((problem) => !problem.rule.startsWith('lotflow/'))).toEqual([]);
  return problems;
}

describe("Lotflow's lint rules", () => {
  describe.each([
    {
      rule: 'lotflow/service-task-topic',
      hits: [
        { given: 'a service task with no implementation', xml: serviceTask(''), message: 'Service task has no step: choose one under Steps, or set an external topic' },
        { given: 'an external task without a topic', xml: serviceTask('camunda:type="external"'), message: 'External task has no topic: choose a step under Steps' },
        {
          given: 'a topic no worker serves',
          xml: serviceTask('camunda:type="external" camunda:topic="lotflow.post-movement"'),
          message:
            "Topic 'lotflow.post-movement' has no handler: Lotflow's workers serve lotflow.evaluate-rule-set, lotflow.record.create, lotflow.record.update, lotflow.record.read, lotflow.number.assign, lotflow.inventory.post, lotflow.inventory.reserve, lotflow.lot.set-status, lotflow.trace.link, lotflow.integration.send, lotflow.document.render",
        },
        { given: 'a topic without a required parameter', xml: serviceTask(evaluate), message: "Topic 'lotflow.evaluate-rule-set' needs the input parameter 'ruleSet'" },
      ],
      nonHits: [
        { given: 'a served topic with its parameters', xml: serviceTask(evaluate, inputs({ ruleSet: 'incoming-inspection-disposition' })) },
        { given: 'a service task the engine runs itself', xml: serviceTask('camunda:expression="${true}"') },
        { given: 'a plain task', xml: around(`<bpmn:task id="Subject" name="Step">${flows}</bpmn:task>`) },
      ],
    },
    {
      rule: 'lotflow/rule-table-published',
      hits: [
        { given: 'a table never published', xml: serviceTask(evaluate, inputs({ ruleSet: 'supplier-rating' })), message: "Rule table 'supplier-rating' is not published: publish it first, or choose a published one" },
        { given: 'an empty table key', xml: serviceTask(evaluate, inputs({ ruleSet: '' })), message: "Input parameter 'ruleSet' is empty: choose a published rule table" },
      ],
      nonHits: [
        { given: 'a published table', xml: serviceTask(evaluate, inputs({ ruleSet: 'incoming-inspection-disposition' })) },
        { given: 'a table chosen at run time', xml: serviceTask(evaluate, inputs({ ruleSet: '${dispositionTable}' })) },
      ],
    },
    {
      rule: 'lotflow/user-task-candidate-group',
      hits: [{ given: 'a user task nobody can claim', xml: userTask('camunda:formKey="lotflow:form:lot"'), message: 'User task has no candidate group: no one could claim it in the inbox' }],
      nonHits: [{ given: 'a user task for QA', xml: userTask('camunda:candidateGroups="qa" camunda:formKey="lotflow:form:lot"') }],
    },
    {
      rule: 'lotflow/user-task-form',
      hits: [{ given: 'a user task without a form', xml: userTask('camunda:candidateGroups="qa"'), message: 'User task has no form: the approver would see nothing to review or fill in' }],
      nonHits: [
        { given: "a dictionary type's form", xml: userTask('camunda:candidateGroups="qa" camunda:formKey="lotflow:form:inspection-lot"') },
        { given: 'form fields', xml: userTask('camunda:candidateGroups="qa"', '<bpmn:extensionElements><camunda:formData><camunda:formField id="comment" type="string" /></camunda:formData></bpmn:extensionElements>') },
      ],
    },
  ])('$rule', ({ rule, hits, nonHits }) => {
    it.each(hits)('reports $given, naming the element', async ({ xml, message }) => {
      const problems = await lotflowProblems(xml);
      expect(problems.filter((problem) => problem.rule === rule)).toEqual([expect.objectContaining({ elementId: 'Subject', message })]);
    });

    it.each(nonHits)('accepts $given', async ({ xml }) => {
      expect((await lotflowProblems(xml)).filter((problem) => problem.rule === rule)).toEqual([]);
    });
  });

  describe('lotflow/gateway-default-flow', () => {
    const split = (defaultFlow: string) =>
      around(`<bpmn:exclusiveGateway id="Subject" name="Disposition?" ${defaultFlow}><bpmn:incoming>Flow_In</bpmn:incoming><bpmn:outgoing>Flow_Out</bpmn:outgoing><bpmn:outgoing>Flow_Reject</bpmn:outgoing></bpmn:exclusiveGateway>
        <bpmn:sequenceFlow id="Flow_Reject" name="reject" sourceRef="Subject" targetRef="End_Rejected"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${disposition == 'reject'}</bpmn:conditionExpression></bpmn:sequenceFlow>
        <bpmn:endEvent id="End_Rejected" name="Rejected"><bpmn:incoming>Flow_Reject</bpmn:incoming></bpmn:endEvent>`);

    it('warns about a splitting gateway without a default flow', async () => {
      const xml = split('').replace('<bpmn:sequenceFlow id="Flow_Out" sourceRef="Subject" targetRef="End" />', `<bpmn:sequenceFlow id="Flow_Out" name="accept" sourceRef="Subject" targetRef="End"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">\${disposition == 'accept'}</bpmn:conditionExpression></bpmn:sequenceFlow>`);
      expect(await lotflowProblems(xml)).toEqual([
        { severity: 'warning', rule: 'lotflow/gateway-default-flow', elementId: 'Subject', message: 'Gateway has no default flow: when no condition holds, the process stops with an incident' },
      ]);
    });

    it('accepts one with a default flow', async () => {
      expect(await lotflowProblems(split('default="Flow_Out"'))).toEqual([]);
    });
  });

  describe('lotflow/step-errors-caught', () => {
    const withBoundary = (boundary: string) =>
      serviceTask(evaluate, inputs({ ruleSet: 'incoming-inspection-disposition' })).replace(
        '<bpmn:endEvent id="End"',
        `<bpmn:boundaryEvent id="Caught" name="Caught" attachedToRef="Subject"><bpmn:outgoing>Flow_Caught</bpmn:outgoing>${boundary}</bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="Flow_Caught" sourceRef="Caught" targetRef="End_Caught" />
    <bpmn:endEvent id="End_Caught" name="Refused"><bpmn:incoming>Flow_Caught</bpmn:incoming></bpmn:endEvent>
    <bpmn:endEvent id="End"`,
      );
    const errorsCaught = async (xml: string) => (await lotflowProblems(xml)).filter((problem) => problem.rule === 'lotflow/step-errors-caught');

    it('warns when a step that may end with a BPMN error has no boundary event catching it, naming the codes', async () => {
      expect(await errorsCaught(serviceTask(evaluate, inputs({ ruleSet: 'incoming-inspection-disposition' })))).toEqual([
        {
          severity: 'warning',
          rule: 'lotflow/step-errors-caught',
          elementId: 'Subject',
          message: 'Step may end with the BPMN error LOTFLOW_NO_DECISION, which nothing catches: the worker stops it with an incident. Catch it with an error boundary event to model what follows',
        },
      ]);
      const wrongCode = withBoundary('<bpmn:errorEventDefinition errorRef="Error_Other" />').replace('<bpmn:process', '<bpmn:error id="Error_Other" errorCode="SOMETHING_ELSE" />\n  <bpmn:process');
      expect(await errorsCaught(wrongCode)).toHaveLength(1);
    });

    it('accepts a boundary event catching the code, or catching every error', async () => {
      const byCode = withBoundary('<bpmn:errorEventDefinition errorRef="Error_NoDecision" />').replace('<bpmn:process', '<bpmn:error id="Error_NoDecision" errorCode="LOTFLOW_NO_DECISION" />\n  <bpmn:process');
      expect(await errorsCaught(byCode)).toEqual([]);
      expect(await errorsCaught(withBoundary('<bpmn:errorEventDefinition />'))).toEqual([]);
    });

    it('says nothing about a step that ends with no BPMN error', async () => {
      expect(await errorsCaught(serviceTask('camunda:type="external" camunda:topic="lotflow.number.assign"', inputs({ sequence: 'lot', resultVariable: 'lotNumber' })))).toEqual([]);
    });
  });

  describe('lotflow/start-form-published', () => {
    const withStartForm = (formKey: string) => serviceTask('camunda:expression="${true}"').replace('<bpmn:startEvent id="Start" name="Start">', `<bpmn:startEvent id="Start" name="Start" camunda:formKey="${formKey}">`);
    const withTypes = createLintContext(topicCatalog, ['incoming-inspection-disposition'], ['planned-order', 'lot']);
    const startForms = async (xml: string, lintContext = withTypes) =>
      (await lintBpmn(xml, { context: lintContext })).filter((problem) => problem.rule === 'lotflow/start-form-published');

    it('blocks a start form whose dictionary type is not published, naming the start event', async () => {
      expect(await startForms(withStartForm('lotflow:form:delivery-order'))).toEqual([
        { severity: 'error', rule: 'lotflow/start-form-published', elementId: 'Start', message: "Start form type 'delivery-order' is not a published dictionary type: publish it first, or choose a published one" },
      ]);
    });

    it('accepts a published type, a form that is no dictionary type, and a start event without a form', async () => {
      expect(await startForms(withStartForm('lotflow:form:planned-order'))).toEqual([]);
      expect(await startForms(withStartForm('embedded:app:forms/start.html'))).toEqual([]);
      expect(await startForms(serviceTask('camunda:expression="${true}"'))).toEqual([]);
    });

    it('checks nothing when the context does not know the published types', async () => {
      expect(await startForms(withStartForm('lotflow:form:delivery-order'), context)).toEqual([]);
    });
  });

  describe('severity and context', () => {
    it('blocks on an unknown topic and an unpublished table, and only warns about a missing form', async () => {
      const problems = await lotflowProblems(serviceTask('camunda:type="external" camunda:topic="lotflow.nobody"'));
      expect(problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'lotflow/service-task-topic' })]);
      const unpublished = (await lotflowProblems(serviceTask(evaluate, inputs({ ruleSet: 'supplier-rating' })))).filter((problem) => problem.rule !== 'lotflow/step-errors-caught');
      expect(unpublished).toEqual([expect.objectContaining({ severity: 'error', rule: 'lotflow/rule-table-published' })]);
      expect(await lotflowProblems(userTask('camunda:candidateGroups="qa"'))).toEqual([expect.objectContaining({ severity: 'warning', rule: 'lotflow/user-task-form' })]);
    });

    it('without the context, leaves topics and tables alone; with contextSeverity warn, only warns', async () => {
      const unknownTopic = serviceTask('camunda:type="external" camunda:topic="lotflow.nobody"');
      expect(await lotflowProblems(unknownTopic, false)).toEqual([]);
      expect((await lintBpmn(unknownTopic, { context, contextSeverity: 'warn' })).filter((problem) => problem.rule.startsWith('lotflow/'))).toEqual([expect.objectContaining({ severity: 'warning', rule: 'lotflow/service-task-topic' })]);
    });
  });
});
