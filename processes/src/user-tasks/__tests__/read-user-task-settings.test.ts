import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserTaskSettings } from '../read-user-task-settings.js';

const inspection = readFileSync(path.resolve(import.meta.dirname, '../../../bpmn/incoming-inspection.bpmn'), 'utf8');

describe('readUserTaskSettings', () => {
  it('given the incoming inspection, then QA review shows the inspection-decision form and is a disposition signature', async () => {
    const settings = await readUserTaskSettings(inspection);
    expect(settings.get('Task_QaReview')).toEqual({
      id: 'Task_QaReview',
      name: 'QA review of held lot',
      candidateGroups: ['qa'],
      formType: 'inspection-decision',
      signatureMeaning: 'disposition-decision',
    });
  });

  it('given a task with several groups, an Camunda form key and an unknown meaning, then it keeps the groups and asks for no form or signature', async () => {
    const xml = inspection
      .replace('camunda:candidateGroups="qa" camunda:formKey="lotflow:form:inspection-decision"', 'camunda:candidateGroups="qa, mrb" camunda:formKey="embedded:app:forms/review.html"')
      .replace('value="disposition-decision"', 'value="looks-fine"');
    expect(await readUserTaskSettings(xml)).toEqual(
      new Map([['Task_QaReview', { id: 'Task_QaReview', name: 'QA review of held lot', candidateGroups: ['qa', 'mrb'], formType: null, signatureMeaning: null }]]),
    );
  });
});
