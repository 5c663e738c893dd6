import { array, count, nullable, object, oneOf, optional, text, type Infer, type Shape } from '../../../shared/api/shape';

const localizedText = object({ en: text(), 'zh-CN': text() });

/** What the designer reads of a template; the rest goes to bpmn-js-element-templates as it came. */
const elementTemplateFields = object({
  id: text(),
  name: text(),
  version: count(),
  description: optional(text()),
  appliesTo: array(text()),
  properties: array(object({ binding: object({ type: text() }) })),
  metadata: optional(object({ lotflow: optional(object({ source: oneOf('topic', 'rule-table', 'approval'), name: localizedText, description: localizedText })) })),
});

/** A Camunda 7 element template from `GET /element-templates`. */
export type ElementTemplate = Infer<typeof elementTemplateFields> & Readonly<Record<string, unknown>>;

/** Checks each template's fields but keeps the whole template: bpmn-js needs every property. */
export const elementTemplateListShape: Shape<ElementTemplate[]> = {
  expected: 'a list of element templates',
  check(value, path) {
    const checked = array(elementTemplateFields).check(value, path);
    return checked.valid ? { valid: true, value: value as ElementTemplate[] } : checked;
  },
};

/** `GET /rule-tables`: each table with its latest published version, if any. */
export const ruleTableListShape = object({ items: array(object({ key: text(), latestVersion: nullable(count()) })) });
