import { describe, expect, it } from 'vitest';
import type { ElementTemplate } from '../../api/element-template.shape';
import { filterStepTemplates } from '../filter-step-templates';

function template(id: string, source: 'topic' | 'rule-table' | 'approval', en: string, zh: string, keywords: string[] = []): ElementTemplate {
  return {
    id,
    name: en,
    version: 1,
    appliesTo: ['bpmn:Task'],
    properties: [],
    keywords,
    metadata: { lotflow: { source, name: { en, 'zh-CN': zh }, description: { en: `${en} description`, 'zh-CN': `${zh}说明` } } },
  };
}

const templates = [
  template('lotflow.topic.evaluate-rule-set', 'topic', 'Evaluate rule table', '执行规则表', ['lotflow.evaluate-rule-set']),
  template('lotflow.rule-table.incoming-inspection-disposition', 'rule-table', 'Evaluate: Incoming inspection disposition', '执行：来料检验处置', ['disposition']),
  template('lotflow.approval.lot', 'approval', 'Approval step: Lot', '审批步骤：批次'),
];

describe('filterStepTemplates', () => {
  it('groups rule tables first, then approvals, then worker steps, in the reader’s language', () => {
    const groups = filterStepTemplates(templates, '', 'zh-CN');
    expect(groups.map((group) => [group.source, group.choices.map((choice) => choice.name)])).toEqual([
      ['rule-table', ['执行：来料检验处置']],
      ['approval', ['审批步骤：批次']],
      ['topic', ['执行规则表']],
    ]);
  });

  it('keeps the steps matching every word, in either name, a keyword or the topic', () => {
    expect(filterStepTemplates(templates, 'incoming  DISPOSITION', 'en').flatMap((group) => group.choices.map((choice) => choice.template.id))).toEqual([
      'lotflow.rule-table.incoming-inspection-disposition',
    ]);
    expect(filterStepTemplates(templates, 'lotflow.evaluate-rule-set', 'en').flatMap((group) => group.choices.map((choice) => choice.template.id))).toEqual([
      'lotflow.topic.evaluate-rule-set',
    ]);
    expect(filterStepTemplates(templates, '来料', 'zh-CN')).toHaveLength(1);
    expect(filterStepTemplates(templates, 'shipment', 'en')).toEqual([]);
  });
});
