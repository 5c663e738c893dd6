// dmn-moddle ships no types; this is the part of its API Lotflow uses. Elements are moddle
// objects: the DMN properties by name, unknown (foreign-namespace) attributes in `$attrs`.
declare module 'dmn-moddle' {
  export interface ModdleElement {
    readonly $type: string;
    $attrs: Record<string, string>;
    $instanceOf(type: string): boolean;
    [property: string]: unknown;
  }

  export interface ParseWarning {
    message: string;
    element?: ModdleElement;
  }

  export class DmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(
      xml: string,
      typeName?: string,
    ): Promise<{ rootElement: ModdleElement; warnings: ParseWarning[]; elementsById: Record<string, ModdleElement> }>;
    toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
    create(type: string, properties?: Record<string, unknown>): ModdleElement;
  }
}
