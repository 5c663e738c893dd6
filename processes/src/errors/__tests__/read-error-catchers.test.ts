import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readErrorCatchers } from '../read-error-catchers.js';

const bundled = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../../bpmn', name), 'utf8');

const definitions = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="https://lotflow.dev/test">
  <bpmn:error id="Error_Short" errorCode="LOTFLOW_SHORTFALL" />
  <bpmn:error id="Error_Blocked" errorCode="LOTFLOW_LOT_BLOCKED" />
  <bpmn:process id="p" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

describe('readErrorCatchers', () => {
  it('given the incoming inspection, then "no decision" of the rule step is caught and another code is not', async () => {
    const caught = await readErrorCatchers(bundled('incoming-inspection.bpmn'));
    expect(caught('Task_EvaluateDisposition', 'LOTFLOW_NO_DECISION')).toBe(true);
    expect(caught('Task_EvaluateDisposition', 'LOTFLOW_SHORTFALL')).toBe(false);
  });

  it('given a boundary for one code, a catch-all boundary and none, then each answers for itself', async () => {
    const caught = await readErrorCatchers(
      definitions(`
      <bpmn:serviceTask id="ByCode" /><bpmn:boundaryEvent id="B1" attachedToRef="ByCode"><bpmn:errorEventDefinition errorRef="Error_Short" /></bpmn:boundaryEvent>
      <bpmn:serviceTask id="CatchAll" /><bpmn:boundaryEvent id="B2" attachedToRef="CatchAll"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
      <bpmn:serviceTask id="Bare" />
      <bpmn:serviceTask id="Timer" /><bpmn:boundaryEvent id="B3" attachedToRef="Timer"><bpmn:timerEventDefinition /></bpmn:boundaryEvent>`),
    );
    expect([caught('ByCode', 'LOTFLOW_SHORTFALL'), caught('ByCode', 'LOTFLOW_LOT_BLOCKED')]).toEqual([true, false]);
    expect(caught('CatchAll', 'LOTFLOW_LOT_BLOCKED')).toBe(true);
    expect(caught('Bare', 'LOTFLOW_SHORTFALL')).toBe(false);
    expect(caught('Timer', 'LOTFLOW_SHORTFALL')).toBe(false);
  });

  it('given a task inside a sub-process, then a boundary on the sub-process or an error event sub-process in a scope catches', async () => {
    const caught = await readErrorCatchers(
      definitions(`
      <bpmn:subProcess id="Outer">
        <bpmn:subProcess id="Inner"><bpmn:serviceTask id="Deep" /></bpmn:subProcess>
        <bpmn:subProcess id="OnError" triggeredByEvent="true"><bpmn:startEvent id="S"><bpmn:errorEventDefinition errorRef="Error_Blocked" /></bpmn:startEvent></bpmn:subProcess>
      </bpmn:subProcess>
      <bpmn:boundaryEvent id="B" attachedToRef="Outer"><bpmn:errorEventDefinition errorRef="Error_Short" /></bpmn:boundaryEvent>`),
    );
    expect(caught('Deep', 'LOTFLOW_SHORTFALL')).toBe(true);
    expect(caught('Deep', 'LOTFLOW_LOT_BLOCKED')).toBe(true);
    expect(caught('Deep', 'LOTFLOW_NO_DECISION')).toBe(false);
    expect(caught('Unknown', 'LOTFLOW_SHORTFALL')).toBe(false);
  });
});
