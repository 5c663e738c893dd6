/**
 * The BPMN element a problem's JSON Pointer names after its `#`: `/bpmnXml#Task_1` (a draft's
 * issues), `/body/content/bpmnXml#Task_1` (a refused publish), `/resources/a.bpmn#Task_1` (a
 * refused deploy). `undefined` when the problem concerns the whole document.
 */
export function readElementId(pointer: string): string | undefined {
  const hashAt = pointer.indexOf('#');
  if (hashAt === -1) {
    return undefined;
  }
  const elementId = pointer.slice(hashAt + 1);
  return elementId === '' ? undefined : elementId;
}
