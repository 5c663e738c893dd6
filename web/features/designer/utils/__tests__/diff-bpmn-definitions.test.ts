import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { describe, expect, it } from 'vitest';
import { createBlankDiagram } from '../create-blank-diagram';
import { diffBpmnDefinitions, type ModdleElement } from '../diff-bpmn-definitions';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

// The designer parses with the modeler's moddle, which knows the Camunda 7 extension: so does the test.
async function parse(xml: string): Promise<ModdleElement> {
  const { rootElement, warnings } = await new BpmnModdle({ camunda: camundaModdle }).fromXML(xml, 'bpmn:Definitions');
  expect(warnings).toEqual([]);
  return rootElement as ModdleElement;
}

describe('diffBpmnDefinitions', () => {
  it('given the same document twice, then nothing changed', async () => {
    const xml = fixture('inspection-before.bpmn');
    expect(diffBpmnDefinitions(await parse(xml), await parse(xml))).toEqual([]);
  });

  it('given a task replaced, a rule set renamed in an input mapping, an end event renamed and a shape moved, then it lists each element once', async () => {
    const before = await parse(fixture('inspection-before.bpmn'));
    const after = await parse(fixture('inspection-after.bpmn'));

    const changes = diffBpmnDefinitions(before, after);

    expect(changes).toEqual([
      { id: 'Flow_4', kind: 'added', type: 'bpmn:SequenceFlow', changedProperties: [] },
      { id: 'Task_Review', kind: 'added', type: 'bpmn:UserTask', name: 'QA review', changedProperties: [] },
      { id: 'EndEvent_1', kind: 'changed', type: 'bpmn:EndEvent', name: 'Lot dispositioned', changedProperties: ['bpmn:name'] },
      { id: 'Flow_2', kind: 'changed', type: 'bpmn:SequenceFlow', changedProperties: ['bpmn:targetRef'] },
      { id: 'Task_Evaluate', kind: 'changed', type: 'bpmn:ServiceTask', name: 'Evaluate', changedProperties: ['bpmn:extensionElements'] },
      { id: 'Flow_3', kind: 'removed', type: 'bpmn:SequenceFlow', changedProperties: [] },
      { id: 'Task_Archive', kind: 'removed', type: 'bpmn:Task', name: 'Archive', changedProperties: [] },
    ]);
  });

  it('given an element whose type changed under the same id, then it is changed, with its type', async () => {
    const xml = fixture('inspection-before.bpmn');
    const retyped = xml.replace('<bpmn:task id="Task_Archive" name="Archive">', '<bpmn:manualTask id="Task_Archive" name="Archive">').replace('</bpmn:task>', '</bpmn:manualTask>');

    const changes = diffBpmnDefinitions(await parse(xml), await parse(retyped));

    expect(changes).toEqual([{ id: 'Task_Archive', kind: 'changed', type: 'bpmn:ManualTask', name: 'Archive', changedProperties: ['type'] }]);
  });

  it('given a Camunda attribute on the process changed, then the process is changed, named by the qualified attribute', async () => {
    const xml = createBlankDiagram('sample', { processName: 'Sample', startEventName: 'Started', endEventName: 'Done' });
    const changed = xml.replace('camunda:historyTimeToLive="3650"', 'camunda:historyTimeToLive="180"');

    const changes = diffBpmnDefinitions(await parse(xml), await parse(changed));

    expect(changes).toEqual([{ id: 'sample', kind: 'changed', type: 'bpmn:Process', name: 'Sample', changedProperties: ['camunda:historyTimeToLive'] }]);
  });
});
