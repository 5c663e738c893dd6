import type { TopicText } from '@lotflow/processes';

/** Where a template property writes its value (Camunda 7 element templates). */
export type TemplateBinding =
  | { type: 'property'; name: string }
  | { type: 'camunda:property'; name: string }
  | { type: 'camunda:inputParameter'; name: string }
  | { type: 'camunda:outputParameter'; source: string };

export interface TemplateProperty {
  label?: string;
  description?: string;
  /** Left out for an optional input parameter: the panel then offers to switch it on or off. */
  type?: 'String' | 'Text' | 'Hidden' | 'Dropdown' | 'Boolean';
  value?: string;
  editable?: boolean;
  group?: string;
  choices?: Array<{ name: string; value: string }>;
  constraints?: { notEmpty?: boolean; pattern?: { value: string; message: string } };
  binding: TemplateBinding;
}

/** Which list of Lotflow's the template comes from; the designer's chooser groups by it. */
export type TemplateSource = 'topic' | 'rule-table' | 'approval';

/**
 * A Camunda 7 ("Camunda Platform") element template, as the desktop Camunda Modeler and
 * bpmn-js-element-templates read it. `metadata.lotflow` carries what the schema has no place for.
 */
export interface ElementTemplate {
  $schema: typeof elementTemplateSchemaUrl;
  id: string;
  name: string;
  version: number;
  description: string;
  appliesTo: string[];
  elementType: { value: string };
  keywords: string[];
  groups: Array<{ id: string; label: string }>;
  properties: TemplateProperty[];
  metadata: { lotflow: { source: TemplateSource; name: TopicText; description: TopicText } };
}

export const elementTemplateSchemaUrl = 'https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json';
