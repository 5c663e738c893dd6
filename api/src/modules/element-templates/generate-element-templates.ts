import type { ParameterChoices, TopicDefinition, TopicText } from '@lotflow/processes';
import { elementTemplateSchemaUrl, type ElementTemplate, type TemplateProperty } from './element-template.types.js';

/** A published rule table, as much of it as a template shows. */
export interface PublishedRuleTable {
  key: string;
  version: number;
  name: TopicText;
  description?: TopicText;
  outputs: Array<{ name: string; label: TopicText; type: string; enum?: Array<string | number | boolean> }>;
}

/** A published dictionary type: its records are what an approval step shows. */
export interface PublishedDictionaryType {
  key: string;
  version: number;
  label: TopicText;
}

export interface TemplateSources {
  topics: readonly TopicDefinition[];
  ruleTables: readonly PublishedRuleTable[];
  dictionaryTypes: readonly PublishedDictionaryType[];
}

/** The roles a user task may be offered to; they are the engine's candidate groups. */
export const candidateGroups = ['qa', 'mrb', 'production', 'warehouse', 'purchasing', 'operations', 'analyst', 'data-steward', 'admin'] as const;

/** What an e-signature on the approval means (21 CFR 11.50); `none` asks for no signature. */
export const signatureMeanings = [
  { value: 'approved-for-release', name: 'Approved for release' },
  { value: 'disposition-decision', name: 'Disposition decision' },
  { value: 'reviewed', name: 'Reviewed' },
  { value: 'none', name: 'No signature' },
] as const;

/** The inbox shows the form of the dictionary type named in the form key. */
export const formKeyPrefix = 'lotflow:form:';
export const signatureMeaningProperty = 'lotflow.signatureMeaning';

const RULE_TABLE_TOPIC = 'lotflow.evaluate-rule-set';
const RULE_TABLE_PARAMETER = 'ruleSet';
const GROUPS = [
  { id: 'lotflow-step', label: 'Step' },
  { id: 'lotflow-inputs', label: 'Inputs' },
  { id: 'lotflow-outputs', label: 'Outputs: written as process variables' },
];

/**
 * The designer's low-code steps: one template per worker topic, one per published rule table
 * (with its outputs written to process variables) and an approval step per dictionary type.
 * Valid Camunda 7 element templates, so the desktop Camunda Modeler reads the same file.
 */
export function generateElementTemplates({ topics, ruleTables, dictionaryTypes }: TemplateSources): ElementTemplate[] {
  const tables = [...ruleTables].sort((a, b) => a.name.en.localeCompare(b.name.en));
  const ruleTableTopic = topics.find((topic) => topic.topic === RULE_TABLE_TOPIC);
  return [
    ...topics.map((topic) => topicTemplate(topic, tables)),
    ...(ruleTableTopic ? tables.map((table) => ruleTableTemplate(ruleTableTopic, table)) : []),
    ...[...dictionaryTypes].sort((a, b) => a.label.en.localeCompare(b.label.en)).map(approvalTemplate),
  ];
}

function topicTemplate(topic: TopicDefinition, tables: readonly PublishedRuleTable[]): ElementTemplate {
  const choices: Record<ParameterChoices, Array<{ name: string; value: string }>> = {
    'published-rule-tables': tables.map((table) => ({ name: `${table.name.en} (${table.key})`, value: table.key })),
  };
  return {
    ...base(`lotflow.topic.${topic.topic.replace(/^lotflow\./, '')}`, 1, topic.label, topic.description, 'topic'),
    elementType: { value: 'bpmn:ServiceTask' },
    keywords: [topic.topic, ...Object.keys(topic.parameters.properties)],
    properties: [
      ...externalTaskProperties(topic),
      ...Object.entries(topic.parameters.properties).map(([name, schema]): TemplateProperty => {
        const required = topic.parameters.required?.includes(name) ?? false;
        const source = topic.parameterChoices?.[name];
        const label = schema.title ?? name;
        const binding = { type: 'camunda:inputParameter' as const, name };
        if (source !== undefined) {
          return { label, description: schema.description, type: 'Dropdown', choices: choices[source], group: 'lotflow-inputs', binding, ...(required ? { constraints: { notEmpty: true } } : {}) };
        }
        if (!required) return { label, description: schema.description, binding };
        const pattern = typeof schema.pattern === 'string' ? { pattern: { value: schema.pattern, message: `Must match ${schema.pattern}` } } : {};
        return { label, description: schema.description, type: 'String', group: 'lotflow-inputs', binding, constraints: { notEmpty: true, ...pattern } };
      }),
    ],
  };
}

function ruleTableTemplate(topic: TopicDefinition, table: PublishedRuleTable): ElementTemplate {
  const outputs = table.outputs.map((output) => `${output.name} (${describeType(output)})`).join(', ');
  const name = { en: `Evaluate: ${table.name.en}`, 'zh-CN': `执行：${table.name['zh-CN']}` };
  const description = {
    en: `Rule table '${table.key}', version ${table.version}. Outputs: ${outputs}.${table.description ? ` ${table.description.en}` : ''}`,
    'zh-CN': `规则表“${table.key}”，第 ${table.version} 版。输出：${outputs}。${table.description ? table.description['zh-CN'] : ''}`,
  };
  const optional = Object.keys(topic.parameters.properties).filter((parameter) => parameter !== RULE_TABLE_PARAMETER && !topic.parameters.required?.includes(parameter));
  return {
    ...base(`lotflow.rule-table.${table.key}`, table.version, name, description, 'rule-table'),
    elementType: { value: 'bpmn:ServiceTask' },
    keywords: [table.key, table.name['zh-CN'], ...table.outputs.map((output) => output.name)],
    properties: [
      ...externalTaskProperties(topic),
      { type: 'Hidden', value: table.key, binding: { type: 'camunda:inputParameter', name: RULE_TABLE_PARAMETER } },
      ...optional.map((parameter): TemplateProperty => {
        const schema = topic.parameters.properties[parameter]!;
        return { label: schema.title ?? parameter, description: schema.description, binding: { type: 'camunda:inputParameter', name: parameter } };
      }),
      ...table.outputs.map(
        (output): TemplateProperty => ({
          label: `${output.label.en} · ${output.name} (${describeType(output)})`,
          description: `The process variable that receives the output '${output.name}'.`,
          type: 'String',
          value: output.name,
          group: 'lotflow-outputs',
          // Read through getVariable: a row that leaves an output empty gives null, not an incident.
          binding: { type: 'camunda:outputParameter', source: `\${execution.getVariable("${output.name}")}` },
          constraints: { notEmpty: true },
        }),
      ),
    ],
  };
}

function approvalTemplate(type: PublishedDictionaryType): ElementTemplate {
  const name = { en: `Approval step: ${type.label.en}`, 'zh-CN': `审批步骤：${type.label['zh-CN']}` };
  const description = {
    en: `A user task showing the ${type.label.en.toLowerCase()} form (dictionary type '${type.key}'), offered to one role, with an optional e-signature.`,
    'zh-CN': `显示“${type.label['zh-CN']}”表单（字典类型“${type.key}”）的用户任务，分派给一个角色，可要求电子签名。`,
  };
  return {
    ...base(`lotflow.approval.${type.key}`, type.version, name, description, 'approval'),
    elementType: { value: 'bpmn:UserTask' },
    keywords: [type.key, type.label['zh-CN'], 'approval', 'user task'],
    properties: [
      { type: 'Hidden', value: `${formKeyPrefix}${type.key}`, binding: { type: 'property', name: 'camunda:formKey' } },
      {
        label: 'Candidate group',
        description: 'The role whose members may claim the task in the inbox.',
        type: 'Dropdown',
        value: 'qa',
        choices: candidateGroups.map((group) => ({ name: group, value: group })),
        group: 'lotflow-step',
        binding: { type: 'property', name: 'camunda:candidateGroups' },
      },
      {
        label: 'E-signature meaning',
        description: 'What the approver’s electronic signature means; the inbox asks for user name and password again to sign.',
        type: 'Dropdown',
        value: 'reviewed',
        choices: signatureMeanings.map((meaning) => ({ ...meaning })),
        group: 'lotflow-step',
        binding: { type: 'camunda:property', name: signatureMeaningProperty },
      },
    ],
  };
}

type TemplateBase = Pick<ElementTemplate, '$schema' | 'id' | 'name' | 'version' | 'description' | 'appliesTo' | 'groups' | 'metadata'>;

function base(id: string, version: number, name: TopicText, description: TopicText, source: ElementTemplate['metadata']['lotflow']['source']): TemplateBase {
  return {
    $schema: elementTemplateSchemaUrl,
    id,
    name: name.en,
    version,
    description: description.en,
    appliesTo: ['bpmn:Task'],
    groups: GROUPS.map((group) => ({ ...group })),
    metadata: { lotflow: { source, name, description } },
  };
}

function externalTaskProperties(topic: TopicDefinition): TemplateProperty[] {
  return [
    { type: 'Hidden', value: 'external', binding: { type: 'property', name: 'camunda:type' } },
    { type: 'Hidden', value: topic.topic, binding: { type: 'property', name: 'camunda:topic' } },
  ];
}

function describeType(output: PublishedRuleTable['outputs'][number]): string {
  return output.enum && output.enum.length > 0 ? `${output.type}: ${output.enum.join(' | ')}` : output.type;
}
