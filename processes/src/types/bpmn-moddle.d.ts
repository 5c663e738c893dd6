// bpmn-moddle ships its types under `bpmn-moddle/types` but does not map them to the package root.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{ rootElement: object; warnings: Array<{ message: string; element?: { id?: string } }> }>;
  }
}
