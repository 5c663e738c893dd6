import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, demoPassword, startTestApi, newSession } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/** Receiving a tubing lot: register it, then decide its disposition — two worker steps. */
function receivingProcess(id: string, topics: { register: string; evaluate: string }): { name: string; content: string } {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_${id}" targetNamespace="https://lotflow.dev/test">
  <bpmn:process id="${id}" name="Receive tubing lot" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Start" name="Lot arrived"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Register" />
    <bpmn:serviceTask id="Task_Register" name="Register lot" camunda:type="external" camunda:topic="${topics.register}">
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Register" targetRef="Task_Evaluate" />
    <bpmn:serviceTask id="Task_Evaluate" name="Decide disposition" camunda:type="external" camunda:topic="${topics.evaluate}">
      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Evaluate" targetRef="End" />
    <bpmn:endEvent id="End" name="Lot dispositioned"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="${id}">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Register_di" bpmnElement="Task_Register"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Evaluate_di" bpmnElement="Task_Evaluate"><dc:Bounds x="400" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="562" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="400" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="500" y="120" /><di:waypoint x="562" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  return { name: `${id}.bpmn`, content };
}

describe('the operations view, against the real api and engine', () => {
  const engine = engineRest(inject('engineUrl'));
  // Unique per run: the engine outlives a test file, and other files leave incidents behind.
  const run = Date.now().toString(36);
  const processKey = `receive-lot-${run}`;
  const topics = { register: `lotflow.register-lot-${run}`, evaluate: `lotflow.decide-disposition-${run}` };
  const failure = "Couldn't evaluate rule table 'incoming-inspection-disposition': no published version is in force";
  let api: RunningApi;
  let web: RunningWeb;

  async function start(businessKey: string): Promise<string> {
    const started = await apiCall(api, 'POST', '/process-instances', { processKey, businessKey, variables: {} });
    expect(started.status).toBe(201);
    return started.body.id;
  }

  async function fetchTask(topicName: string, businessKey: string): Promise<string> {
    const [task] = await engine.post<Array<{ id: string }>>('/external-task/fetchAndLock', {
      workerId: 'operations-browser-test',
      maxTasks: 1,
      topics: [{ topicName, lockDuration: 60_000, businessKey }],
    });
    expect(task, `a ${topicName} task for ${businessKey}`).toBeDefined();
    return task!.id;
  }

  /** The lot is registered, then deciding its disposition fails for good: an incident, as a worker would leave it. */
  async function registerThenFail(businessKey: string): Promise<void> {
    const registration = await fetchTask(topics.register, businessKey);
    await engine.post(`/external-task/${registration}/complete`, { workerId: 'operations-browser-test', variables: {} });
    const decision = await fetchTask(topics.evaluate, businessKey);
    await engine.post(`/external-task/${decision}/failure`, {
      workerId: 'operations-browser-test',
      errorMessage: failure,
      errorDetails: `RuleTableNotPublishedError: ${failure}\n    at evaluateRuleSet (worker/src/handlers/evaluate-rule-set.handler.ts:57:11)`,
      retries: 0,
      retryTimeout: 0,
    });
  }

  beforeAll(async () => {
    api = await startTestApi();
    const deployed = await apiCall(api, 'POST', '/deployments', { name: processKey, resources: [receivingProcess(processKey, topics)] });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('tells someone without the operations role that they are not allowed, and sends a visitor to sign in', async () => {
    const asQa = await (await fetch(`${web.url}/operations`, { headers: { cookie: `lotflow_web_session=${await newSession(api, 'qa.li')}`, 'accept-language': 'en' } })).text();
    expect(asQa).toContain('data-testid="operations-forbidden"');
    expect(asQa).toContain('You are not allowed to see operations');
    expect(asQa).not.toContain('data-testid="operations-instances"');

    const anonymous = await fetch(`${web.url}/operations`, { redirect: 'manual' });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/operations')}`);
  });

  it.runIf(browserAvailable())('in a real browser, an admin finds the failed lot, sees where it stopped and why, and retries it', async () => {
    mkdirSync(screenshots, { recursive: true });
    const failedLot = `LOT-${run}-0417`;
    const waitingLot = `LOT-${run}-0418`;
    const failedId = await start(failedLot);
    await start(waitingLot);
    await registerThenFail(failedLot);

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1360, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given an admin signed in on the operations view
      await page.goto(`${web.url}/operations`);
      await page.getByTestId('login-username').fill('admin');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/operations`);

      // Then the incident shows the step that failed and the worker's error
      const incident = page.locator(`[data-testid="operations-incident"][data-process-instance-id="${failedId}"]`);
      await incident.waitFor();
      expect(await incident.getAttribute('data-activity-id')).toBe('Task_Evaluate');
      expect(await incident.getByTestId('operations-incident-message').textContent()).toBe(failure);
      expect(await incident.textContent()).toContain('Decide disposition');
      expect(await incident.textContent()).toContain(failedLot);
      await incident.locator('summary').click();
      expect(await incident.getByTestId('operations-incident-details').textContent()).toContain('evaluate-rule-set.handler.ts:57:11');

      // When they filter the running instances by the process
      await page.getByTestId('operations-filter-process-key').fill(processKey);
      await page.getByTestId('operations-filter-submit').click();
      await page.waitForURL(`${web.url}/operations?processKey=${processKey}&businessKey=`);
      const rows = page.getByTestId('operations-instance-row');
      await expect.poll(() => rows.count()).toBe(2);
      const failedRow = page.locator(`[data-testid="operations-instance-row"][data-business-key="${failedLot}"]`);
      expect(await failedRow.getByTestId('operations-instance-current').textContent()).toContain('Decide disposition');
      expect(await failedRow.getByTestId('operations-instance-incidents').getAttribute('data-count')).toBe('1');
      const waitingRow = page.locator(`[data-testid="operations-instance-row"][data-business-key="${waitingLot}"]`);
      expect(await waitingRow.getByTestId('operations-instance-current').textContent()).toContain('Register lot');
      expect(await waitingRow.getByTestId('operations-instance-incidents').getAttribute('data-count')).toBe('0');
      await page.screenshot({ path: path.join(screenshots, 'operations-list.png'), fullPage: true });

      // And open the failed lot's instance
      await failedRow.getByTestId('operations-instance-link').click();
      await page.waitForURL(`${web.url}/operations/instances/${failedId}`);
      await page.locator('[data-testid="process-diagram"][data-ready="true"]').waitFor();

      // Then the diagram marks the failing step, and the one before it as done
      const canvas = page.getByTestId('process-diagram-canvas');
      expect(await canvas.locator('.djs-element.lotflow-incident[data-element-id="Task_Evaluate"]').count()).toBe(1);
      expect(await canvas.locator('.djs-element.lotflow-visited[data-element-id="Task_Register"]').count()).toBe(1);
      expect(await canvas.getByTestId('process-diagram-incident-badge').getAttribute('title')).toContain(failure);
      // And the history lists what happened, in order
      const history = page.getByTestId('process-diagram-history-entry');
      expect(await history.evaluateAll((entries) => entries.map((entry) => [entry.getAttribute('data-activity-id'), entry.getAttribute('data-state')]))).toEqual([
        ['Start', 'done'],
        ['Task_Register', 'done'],
        ['Task_Evaluate', 'failed'],
      ]);
      expect(await page.getByTestId('operations-instance-state').getAttribute('data-state')).toBe('ACTIVE');
      await page.screenshot({ path: path.join(screenshots, 'operations-instance.png'), fullPage: true });

      // When they retry the incident
      await page.locator(`[data-testid="operations-incident"][data-process-instance-id="${failedId}"]`).getByTestId('operations-retry').click();

      // Then they are told it runs again, the incident is gone and the step is current again
      const message = page.getByTestId('operations-retry-message');
      await message.waitFor();
      expect(await message.getAttribute('data-tone')).toBe('good');
      expect(await message.textContent()).toBe(`Retried: Decide disposition of ${failedLot} runs again.`);
      await page.getByTestId('operations-incidents-empty').waitFor();
      await canvas.locator('.djs-element.lotflow-active[data-element-id="Task_Evaluate"]').waitFor();
      expect(await canvas.locator('.djs-element.lotflow-incident').count()).toBe(0);
      const open = await apiCall(api, 'GET', `/operations/incidents?processKey=${processKey}`);
      expect(open.body.items).toEqual([]);
      await page.screenshot({ path: path.join(screenshots, 'operations-retried.png'), fullPage: true });
      expect(pageErrors).toEqual([]);

      // And a Chinese-speaking operator sees the view in Simplified Chinese
      const chineseLot = `LOT-${run}-0419`;
      const chineseId = await start(chineseLot);
      await registerThenFail(chineseLot);
      const chinese = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 900 } });
      await chinese.addCookies([{ name: 'lotflow_web_session', value: await newSession(api, 'operations.sun'), url: web.url }]);
      const chinesePage = await chinese.newPage();
      await chinesePage.goto(`${web.url}/operations?processKey=${processKey}`);
      await chinesePage.locator(`[data-testid="operations-incident"][data-process-instance-id="${chineseId}"]`).waitFor();
      expect(await chinesePage.locator('h1').textContent()).toBe('运行监控');
      expect(await chinesePage.getByTestId('operations-instances').textContent()).toContain('当前步骤');
      await chinesePage.screenshot({ path: path.join(screenshots, 'operations-zh-CN.png'), fullPage: true });
      await chinesePage.goto(`${web.url}/operations/instances/${chineseId}`);
      await chinesePage.locator('[data-testid="process-diagram"][data-ready="true"]').waitFor();
      expect(await chinesePage.getByTestId('process-diagram-history').textContent()).toContain('失败');
      await chinesePage.screenshot({ path: path.join(screenshots, 'operations-instance-zh-CN.png'), fullPage: true });
      await chinese.close();
    } finally {
      await browser.close();
    }
  });
});
