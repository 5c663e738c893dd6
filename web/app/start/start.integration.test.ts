import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { engineRest } from '../../../test/support/engine-rest.js';
import { apiCall, signIn, startTestApi } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

describe('starting a process from its form, against the real api and engine', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;
  let web: RunningWeb;

  const plannedOrders = async () => (await apiCall<{ total: number }>(api, 'GET', '/records/planned-order?limit=1')).body.total;
  const productionInstances = async () => (await engine.get<{ count: number }>('/history/process-instance/count?processDefinitionKey=production')).count;

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/deployments/bundled')).status);
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('offers QA nothing to start, and sends strangers to sign in', async () => {
    const html = await (await fetch(`${web.url}/start`, { headers: { cookie: `lotflow_web_session=${await signIn(api, 'qa.li')}`, 'accept-language': 'en' } })).text();
    expect(html).toContain('data-testid="start-empty"');
    expect(html).toContain('data-testid="nav-start"');
    const stranger = await fetch(`${web.url}/start/production`, { redirect: 'manual' });
    expect(stranger.status).toBe(307);
    expect(stranger.headers.get('location')).toBe('/login?next=%2Fstart%2Fproduction');
  });

  it.runIf(browserAvailable())('in Chinese, production plans an order: a missing field and an unknown master record stay on their fields, then the process starts', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    const errors: string[] = [];
    try {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 } });
      await context.addCookies([{ name: 'lotflow_web_session', value: await signIn(api, 'production.liu'), url: web.url }]);
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));

      await page.goto(`${web.url}/`);
      await page.getByTestId('nav-start').click();
      const entry = page.locator('[data-testid="start-process"][data-process-key="production"]');
      await entry.waitFor();
      expect(await page.getByTestId('start-process').count()).toBe(1);
      expect(await entry.textContent()).toContain('表单：计划订单。');
      await page.screenshot({ path: path.join(screenshots, 'start-1-list-zh.png'), fullPage: true });

      await entry.getByTestId('start-open').click();
      await page.getByTestId('start-form').waitFor();
      const field = (name: string) => page.locator(`[data-testid="record-field"][data-pointer="/${name}"]`);
      const fill = (name: string, value: string) => field(name).getByTestId('record-input').fill(value);
      expect(await field('expiresOn').textContent()).toContain('3 年');
      const before = [await plannedOrders(), await productionInstances()];

      await fill('deviceMasterRecord', 'DMR-IVS-20D-V1');
      await fill('plannedStartOn', '2026-06-01');
      await fill('plannedFinishOn', '2026-06-05');
      await fill('expiresOn', '2029-06-01');
      // components only from an empty store: the instance waits at a shortage instead of taking other tests' stock
      await fill('componentLocation', 'EMPTY-STORE-START-TEST');
      await page.getByTestId('record-form-submit').click();
      // The planned quantity is missing: the browser says so on the field and sends nothing.
      await field('quantityPlanned').getByTestId('record-field-error').waitFor();
      await page.screenshot({ path: path.join(screenshots, 'start-2-missing-field-zh.png'), fullPage: true });

      await fill('quantityPlanned', '500');
      await fill('deviceMasterRecord', 'DMR-IVS-20D-V9');
      await page.getByTestId('record-form-submit').click();
      // The api knows no such master record: its answer lands on the field.
      const unknownMaster = field('deviceMasterRecord').getByTestId('record-field-error');
      await unknownMaster.waitFor();
      expect(await unknownMaster.textContent()).toContain('DMR-IVS-20D-V9');
      expect([await plannedOrders(), await productionInstances()]).toEqual(before);

      await fill('deviceMasterRecord', 'DMR-IVS-20D-V1');
      await page.getByTestId('record-form-submit').click();
      await page.getByTestId('start-done').waitFor();
      const code = (await page.getByTestId('start-done-record').textContent()) ?? '';
      const instanceId = (await page.getByTestId('start-done-instance').textContent()) ?? '';
      expect(code).toMatch(/^PLO-\d{6}-\d{3}$/);
      expect(await page.getByTestId('start-done').textContent()).toContain('已发起：Production: work order to output lot');
      // Production does not operate instances: the code and the id, and the way to the inbox.
      expect(await page.getByTestId('start-done-open-instance').count()).toBe(0);
      expect(await page.getByTestId('start-done-inbox').getAttribute('href')).toBe('/inbox');
      await page.screenshot({ path: path.join(screenshots, 'start-3-started-zh.png'), fullPage: true });

      const instance = await engine.get<{ businessKey: string; processDefinitionKey: string }>(`/history/process-instance/${instanceId}`);
      expect(instance).toMatchObject({ businessKey: code, processDefinitionKey: 'production' });
      const variables = await engine.get<Record<string, { value: unknown }>>(`/process-instance/${instanceId}/variables`);
      expect(variables).toMatchObject({
        deviceMasterRecord: { value: 'DMR-IVS-20D-V1' },
        quantityPlanned: { value: 500 },
        plannedStartOn: { value: '2026-06-01' },
        plannedFinishOn: { value: '2026-06-05' },
        expiresOn: { value: '2029-06-01' },
        plannedOrderCode: { value: code },
      });
      expect([await plannedOrders(), await productionInstances()]).toEqual([before[0]! + 1, before[1]! + 1]);
    } finally {
      await browser.close();
    }
    expect(errors).toEqual([]);
  });

  it.runIf(browserAvailable())('an operator who may start shipping opens the started instance from the answer', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
      await context.addCookies([{ name: 'lotflow_web_session', value: await signIn(api, 'admin'), url: web.url }]);
      const page = await context.newPage();
      await page.goto(`${web.url}/start/shipping`);
      await page.getByTestId('start-form').waitFor();
      const fill = (name: string, value: string) => page.locator(`[data-testid="record-field"][data-pointer="/${name}"] [data-testid="record-input"]`).fill(value);
      await fill('customer', 'CUS-CN-HOSP-01');
      await fill('material', 'FG-IVS-20D');
      await fill('quantity', '100');
      await fill('plannedOn', '2026-06-10');
      await fill('gtin', '06901234000016');
      // shipped only from an empty store, for the same reason
      await fill('shipFrom', 'EMPTY-STORE-START-TEST');
      await page.getByTestId('record-form-submit').click();
      await page.getByTestId('start-done').waitFor();
      expect(await page.getByTestId('start-done-record').textContent()).toMatch(/^DO-\d{6}-\d{3}$/);
      const instanceId = (await page.getByTestId('start-done-instance').textContent()) ?? '';
      await page.getByTestId('start-done-open-instance').click();
      await page.waitForURL(`${web.url}/operations/instances/${instanceId}`);
    } finally {
      await browser.close();
    }
  });
});
