import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledRuleTablesDirectory } from '@lotflow/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { singleTaskProcess } from '../../../../test/support/single-task-process.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Template = { id: string; name: string; version: number; description: string; properties: Array<{ type?: string; value?: string; choices?: Array<{ value: string }>; binding: { name?: string } }> };

const asAnalyst = { as: 'analyst.chen' };
const bundledTable = JSON.parse(readFileSync(path.join(bundledRuleTablesDirectory, 'incoming-inspection-disposition.json'), 'utf8')) as Record<string, unknown>;
delete bundledTable.$schema;

/** The bundled table under another key and name: tables are immutable once published, so each run makes its own. */
function ruleTable(key: string, name: string) {
  return { ...bundledTable, key, name: { en: name, 'zh-CN': name } };
}

describe('element templates and lint against what is published', () => {
  let api: RunningApi;
  const run = Date.now().toString(36);
  const publishedKey = `tubing-disposition-${run}`;
  const draftKey = `tubing-disposition-draft-${run}`;

  beforeAll(async () => {
    api = await startTestApi();
    expect((await apiCall(api, 'PUT', `/rule-tables/${publishedKey}/draft`, { content: ruleTable(publishedKey, `Tubing disposition ${run}`) }, asAnalyst)).status).toBe(200);
    expect((await apiCall(api, 'POST', `/rule-tables/${publishedKey}/publish`, { reason: 'For the element template test', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, asAnalyst)).status).toBe(201);
    expect((await apiCall(api, 'PUT', `/rule-tables/${draftKey}/draft`, { content: ruleTable(draftKey, `Tubing draft ${run}`) }, asAnalyst)).status).toBe(200);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('GET /element-templates gives any signed-in user a step for a published table, and none for a draft', async () => {
    const response = await apiCall<Template[]>(api, 'GET', '/element-templates', undefined, { as: 'qa.li' });

    expect(response.status).toBe(200);
    const step = response.body.find((template) => template.id === `lotflow.rule-table.${publishedKey}`);
    expect(step).toMatchObject({ name: `Evaluate: Tubing disposition ${run}`, version: 1 });
    expect(step?.description).toContain('Outputs: disposition (string: reject | hold | accept)');
    expect(step?.properties).toContainEqual(expect.objectContaining({ type: 'Hidden', value: publishedKey, binding: { type: 'camunda:inputParameter', name: 'ruleSet' } }));
    expect(response.body.some((template) => template.id === `lotflow.rule-table.${draftKey}`)).toBe(false);

    const chooser = response.body.find((template) => template.id === 'lotflow.topic.evaluate-rule-set');
    const tables = chooser?.properties.find((property) => property.binding.name === 'ruleSet')?.choices?.map((choice) => choice.value);
    expect(tables).toContain(publishedKey);
    expect(tables).not.toContain(draftKey);

    expect((await apiCall(api, 'GET', '/element-templates', undefined, { as: null })).status).toBe(401);
  });

  it('refuses to publish a process model whose task has a topic no worker serves, naming the element', async () => {
    const key = `unknown-topic-${run}`;
    const model = singleTaskProcess({ id: key, topic: 'lotflow.post-inventory-movement' }).content;

    const saved = await apiCall(api, 'PUT', `/process-models/${key}/draft`, { content: { bpmnXml: model } }, asAnalyst);
    expect(saved.body.issues).toContainEqual(expect.objectContaining({ pointer: '/bpmnXml#Task_Work', keyword: 'lotflow/service-task-topic' }));
    const published = await apiCall(api, 'POST', `/process-models/${key}/publish`, { reason: 'Should be refused' }, asAnalyst);

    expect(published.status).toBe(400);
    expect(published.contentType).toContain('application/problem+json');
    expect(published.body.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/body/content/bpmnXml#Task_Work',
        detail: expect.stringContaining("Task_Work: Topic 'lotflow.post-inventory-movement' has no handler"),
      }),
    );
  });

  it('refuses to publish a process model that evaluates an unpublished rule table, and publishes it once the table is', async () => {
    const key = `unpublished-table-${run}`;
    const model = singleTaskProcess({ id: key, topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: draftKey } }).content;
    await apiCall(api, 'PUT', `/process-models/${key}/draft`, { content: { bpmnXml: model } }, asAnalyst);

    const refused = await apiCall(api, 'POST', `/process-models/${key}/publish`, { reason: 'Should be refused' }, asAnalyst);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toContainEqual(
      expect.objectContaining({
        pointer: '/body/content/bpmnXml#Task_Work',
        detail: expect.stringContaining(`Task_Work: Rule table '${draftKey}' is not published`),
      }),
    );

    expect((await apiCall(api, 'POST', `/rule-tables/${draftKey}/publish`, { reason: 'Now in force', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, asAnalyst)).status).toBe(201);
    const published = await apiCall(api, 'POST', `/process-models/${key}/publish`, { reason: 'The table is published now' }, asAnalyst);
    expect(published.status).toBe(201);
  });
});
