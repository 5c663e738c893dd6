declare module '@bpmn-io/element-templates-validator' {
  export interface TemplateValidation {
    valid: boolean;
    errors: Array<{ message: string; dataPath?: string }> | null;
  }
  /** Validates Camunda 7 ("Camunda Platform") element templates against their JSON Schema. */
  export function validateAll(templates: unknown[]): { valid: boolean; results: TemplateValidation[] };
  export function validate(template: unknown): TemplateValidation;
}
