import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateAll } from '@bpmn-io/element-templates-validator';
import { topicCatalog } from '@lotflow/processes';
import { bundledRuleTablesDirectory } from '@lotflow/rules';
import { describe, expect, it } from 'vitest';
import { generateElementTemplates, type PublishedRuleTable } from '../generate-element-templates.js';

const bundled = JSON.parse(readFileSync(path.join(bundledRuleTablesDirectory, 'incoming-inspection-disposition.json'), 'utf8')) as PublishedRuleTable;
const disposition: PublishedRuleTable = { ...bundled, version: 3 };
const supplierRating: PublishedRuleTable = {
  key: 'supplier-rating',
  version: 1,
  name: { en: 'Supplier rating', 'zh-CN': '供应商评级' },
  outputs: [{ name: 'rating', label: { en: 'Rating', 'zh-CN': '评级' }, type: 'string', enum: ['A', 'B', 'C'] }],
};
const inspectionLot = { key: 'inspection-lot', version: 2, label: { en: 'Inspection lot', 'zh-CN': '检验批' } };

const templates = generateElementTemplates({ topics: topicCatalog, ruleTables: [supplierRating, disposition], dictionaryTypes: [inspectionLot] });
const byId = (id: string) => templates.find((template) => template.id === id)!;
const propertyBound = (id: string, kind: string, name: string) =>
  byId(id).properties.find((property) => property.binding.type === kind && ('name' in property.binding ? property.binding.name : property.binding.source) === name);

describe('generateElementTemplates', () => {
  it('gives Camunda 7 element templates the schema accepts, each id once', () => {
    const { valid, results } = validateAll(templates);
    expect(results.flatMap((result, index) => (result.errors ?? []).map((error) => `${templates[index]!.id}${error.dataPath ?? ''}: ${error.message}`))).toEqual([]);
    expect(valid).toBe(true);
    expect(new Set(templates.map((template) => template.id)).size).toBe(templates.length);
    expect(templates.map((template) => template.name)).toEqual([
      'Evaluate rule table',
      'Create record',
      'Update record',
      'Read record',
      'Assign number',
      'Post inventory movements',
      'Reserve stock (FEFO)',
      'Change lot status',
      'Link records (trace)',
      'Send to MES / WMS / LIMS',
      'Render document (PDF)',
      'Evaluate: Incoming inspection disposition',
      'Evaluate: Supplier rating',
      'Approval step: Inspection lot',
    ]);
  });

  it('makes each worker topic an external service task whose topic the analyst never types', () => {
    const template = byId('lotflow.topic.evaluate-rule-set');
    expect(template).toMatchObject({ appliesTo: ['bpmn:Task'], elementType: { value: 'bpmn:ServiceTask' } });
    expect(propertyBound(template.id, 'property', 'camunda:type')).toMatchObject({ type: 'Hidden', value: 'external' });
    expect(propertyBound(template.id, 'property', 'camunda:topic')).toMatchObject({ type: 'Hidden', value: 'lotflow.evaluate-rule-set' });
    // The rule table is picked from the published ones; the optional version can be switched off.
    expect(propertyBound(template.id, 'camunda:inputParameter', 'ruleSet')).toMatchObject({
      type: 'Dropdown',
      constraints: { notEmpty: true },
      choices: [
        { name: 'Incoming inspection disposition (incoming-inspection-disposition)', value: 'incoming-inspection-disposition' },
        { name: 'Supplier rating (supplier-rating)', value: 'supplier-rating' },
      ],
    });
    expect(propertyBound(template.id, 'camunda:inputParameter', 'ruleSetVersion')).not.toHaveProperty('type');
  });

  it('gives every published table its own step that names the table and writes each output to a process variable', () => {
    const template = byId('lotflow.rule-table.incoming-inspection-disposition');
    expect(template.version).toBe(3);
    expect(template.description).toContain('Outputs: disposition (string: reject | hold | accept), dispositionReason (string: leak-test-failed');
    expect(template.metadata.lotflow.name['zh-CN']).toBe('执行：来料检验处置');
    expect(propertyBound(template.id, 'camunda:inputParameter', 'ruleSet')).toMatchObject({ type: 'Hidden', value: 'incoming-inspection-disposition' });
    expect(propertyBound(template.id, 'camunda:outputParameter', '${execution.getVariable("disposition")}')).toMatchObject({
      label: 'Disposition · disposition (string: reject | hold | accept)',
      type: 'String',
      value: 'disposition',
      group: 'lotflow-outputs',
    });
    expect(propertyBound(template.id, 'camunda:outputParameter', '${execution.getVariable("dispositionReason")}')).toMatchObject({ value: 'dispositionReason' });
  });

  it('offers no step for a table that is not published, and no per-table steps without the rule-table topic', () => {
    expect(templates.some((template) => template.id === 'lotflow.rule-table.nonconformance-routing')).toBe(false);
    const withoutTopic = generateElementTemplates({ topics: [], ruleTables: [disposition], dictionaryTypes: [] });
    expect(withoutTopic).toEqual([]);
  });

  it("makes an approval step per dictionary type with the conventions the inbox reads", () => {
    const template = byId('lotflow.approval.inspection-lot');
    expect(template).toMatchObject({ name: 'Approval step: Inspection lot', version: 2, elementType: { value: 'bpmn:UserTask' } });
    expect(propertyBound(template.id, 'property', 'camunda:formKey')).toMatchObject({ type: 'Hidden', value: 'lotflow:form:inspection-lot' });
    expect(propertyBound(template.id, 'property', 'camunda:candidateGroups')?.choices?.map((choice) => choice.value)).toEqual([
      'qa', 'mrb', 'production', 'warehouse', 'purchasing', 'operations', 'analyst', 'data-steward', 'admin',
    ]);
    expect(propertyBound(template.id, 'camunda:property', 'lotflow.signatureMeaning')?.choices?.map((choice) => choice.value)).toEqual([
      'approved-for-release', 'disposition-decision', 'reviewed', 'none',
    ]);
  });
});
