import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStartSettings } from '../read-start-settings.js';

const bundled = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../../bpmn', file), 'utf8');

describe('readStartSettings', () => {
  it('given the production process, then production starts it with the planned-order form', async () => {
    const settings = await readStartSettings(bundled('production.bpmn'));
    expect([...settings.keys()]).toEqual(['production']);
    expect(settings.get('production')).toMatchObject({
      processKey: 'production',
      name: 'Production: work order to output lot',
      candidateStarterGroups: ['production'],
      startEventId: 'StartEvent_WorkOrderPlanned',
      formType: 'planned-order',
    });
    expect(settings.get('production')?.documentation).toMatch(/^A work order from an approved device master record/);
  });

  it('given a process started by messages and a sub-process, then only the none start event of the process counts', async () => {
    const settings = await readStartSettings(bundled('purchase-order.bpmn'));
    expect(settings.get('purchase-order')).toMatchObject({ candidateStarterGroups: ['purchasing'], startEventId: 'StartEvent_OrderSubmitted', formType: null });
  });

  it('given several starter groups, a Camunda form and no documentation, then it keeps the groups and names no form', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="https://lotflow.dev/test">
  <bpmn:process id="timed" isExecutable="true" camunda:candidateStarterGroups="qa, mrb ,">
    <bpmn:startEvent id="Timer"><bpmn:timerEventDefinition id="Every_Day" /></bpmn:startEvent>
    <bpmn:startEvent id="ByHand" camunda:formKey="embedded:app:forms/start.html" />
  </bpmn:process>
</bpmn:definitions>`;
    expect(await readStartSettings(xml)).toEqual(
      new Map([['timed', { processKey: 'timed', name: null, documentation: null, candidateStarterGroups: ['qa', 'mrb'], startEventId: 'ByHand', formType: null }]]),
    );
  });

  it('given a process that names no starter group, then the list is empty', async () => {
    const settings = await readStartSettings(bundled('incoming-inspection.bpmn'));
    expect(settings.get('incoming-inspection')).toMatchObject({ candidateStarterGroups: [], formType: null });
  });
});
