import { describe, expect, it } from 'vitest';
import { readElementId } from '../read-element-id';

describe('readElementId', () => {
  it.each([
    ['/bpmnXml#Task_1', 'Task_1'],
    ['/body/content/bpmnXml#Gateway_Disposition', 'Gateway_Disposition'],
    ['/resources/incoming-inspection.bpmn#Flow_Hold', 'Flow_Hold'],
  ])('given the pointer %s, then it names %s', (pointer, elementId) => {
    expect(readElementId(pointer)).toBe(elementId);
  });

  it.each(['/bpmnXml', '/resources/a.bpmn', '/bpmnXml#'])('given %s, which names no element, then undefined', (pointer) => {
    expect(readElementId(pointer)).toBeUndefined();
  });
});
