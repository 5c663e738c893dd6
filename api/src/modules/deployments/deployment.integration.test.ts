import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../../test/support/single-task-process.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('deploying BPMN through the api', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  async function counts(): Promise<{ recorded: number; engine: number }> {
    const [recorded, deployments] = await Promise.all([
      apiCall<{ items: unknown[] }>(api, 'GET', '/deployments'),
      engine.get<{ count: number }>('/deployment/count'),
    ]);
    return { recorded: recorded.body.items.length, engine: deployments.count };
  }

  it('records a deployment with the hash of each file, and a redeploy of the same files changes nothing', async () => {
    const resource = singleTaskProcess({ id: 'deploy-twice', topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: 'incoming-inspection-disposition' } });
    const first = await apiCall(api, 'POST', '/deployments', { name: 'deploy-twice', resources: [resource] });
    expect(first.status).toBe(201);
    expect(first.body.changed).toBe(true);
    expect(first.body.deployment.resources).toEqual([
      expect.objectContaining({ resourceName: 'deploy-twice.bpmn', contentHash: expect.stringMatching(/^[0-9a-f]{64}$/), processKeys: ['deploy-twice'] }),
    ]);
    const before = await counts();

    const second = await apiCall(api, 'POST', '/deployments', { name: 'deploy-twice', resources: [resource] });

    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ changed: false, deployment: { id: first.body.deployment.id } });
    expect(await counts()).toEqual(before);
    const definitions = await engine.get<unknown[]>('/process-definition?key=deploy-twice');
    expect(definitions).toHaveLength(1);
  });

  it('refuses a model that breaks the lint rules, naming the element, and writes nothing anywhere', async () => {
    const before = await counts();
    const broken = singleTaskProcess({ id: 'lint-broken', topic: 'lotflow.evaluate-rule-set' });
    broken.content = broken.content.replace('<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Work" targetRef="End" />', '');

    const response = await apiCall(api, 'POST', '/deployments', { name: 'lint-broken', resources: [broken] });

    expect(response.status).toBe(422);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.type).toBe('https://lotflow.dev/problems/bpmn-invalid');
    expect(response.body.errors).toContainEqual(expect.objectContaining({ resource: 'lint-broken.bpmn', elementId: 'End', rule: 'no-disconnected' }));
    expect(await counts()).toEqual(before);
  });

  it('refuses text that is not BPMN with the parser’s reason', async () => {
    const before = await counts();
    const response = await apiCall(api, 'POST', '/deployments', {
      name: 'not-xml',
      resources: [{ name: 'not-xml.bpmn', content: '<bpmn:definitions><bpmn:process id="x">' }],
    });
    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/^Couldn't deploy: not-xml\.bpmn: Not a BPMN 2\.0 document/);
    expect(await counts()).toEqual(before);
  });

  it('refuses a model the engine cannot parse, passing on the engine’s line and element, and writes nothing', async () => {
    const before = await counts();
    const noTopic = singleTaskProcess({ id: 'engine-broken', topic: 'lotflow.evaluate-rule-set' });
    noTopic.content = noTopic.content.replace(' camunda:topic="lotflow.evaluate-rule-set"', '');
    const good = singleTaskProcess({ id: 'engine-broken-sibling', topic: 'lotflow.evaluate-rule-set' });

    const response = await apiCall(api, 'POST', '/deployments', { name: 'engine-broken', resources: [good, noTopic] });

    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        resource: 'engine-broken.bpmn',
        rule: 'engine',
        elementId: 'Task_Work',
        detail: expect.stringMatching(/^External tasks must specify a 'topic' attribute .* \(line \d+, column \d+\)$/),
      }),
    ]);
    // The good sibling was not deployed either: one deployment is all or nothing.
    expect(await engine.get<unknown[]>('/process-definition?key=engine-broken-sibling')).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses a condition the engine cannot parse, quoting it', async () => {
    const before = await counts();
    const badExpression = singleTaskProcess({ id: 'expression-broken', topic: 'lotflow.evaluate-rule-set' });
    badExpression.content = badExpression.content.replace(
      '<bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Work" targetRef="End" />',
      '<bpmn:sequenceFlow id="Flow_2" name="broken" sourceRef="Task_Work" targetRef="End"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${disposition ==</bpmn:conditionExpression></bpmn:sequenceFlow>',
    );

    const response = await apiCall(api, 'POST', '/deployments', { name: 'expression-broken', resources: [badExpression] });

    expect(response.status).toBe(422);
    expect(response.body.detail).toContain("expression-broken.bpmn: ENGINE-01009 Error while parsing process. Error parsing '${disposition =='");
    expect(await counts()).toEqual(before);
  });

  it('answers a malformed request with a problem naming each field and what was expected', async () => {
    const response = await apiCall(api, 'POST', '/deployments', { resources: [{ name: 'evil/../x.bpmn' }] });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { pointer: '/body/name', detail: 'is required' },
        { pointer: '/body/resources/0/content', detail: 'is required' },
        { pointer: '/body/resources/0/name', detail: expect.stringContaining('must match pattern') },
      ]),
    );
  });

  it('answers a body that is not JSON with a problem, not a stack trace', async () => {
    const response = await apiCall(api, 'POST', '/deployments', '{"name": ');
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/^The request body is not valid JSON/);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a start of an unknown process with 404 naming the key', async () => {
    const response = await apiCall(api, 'POST', '/process-instances', { processKey: 'no-such-process' });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ type: 'https://lotflow.dev/problems/process-not-found', processKey: 'no-such-process' });
  });
});
