import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../test/support/browser.js';
import { freePort } from '../../test/support/free-port.js';
import { apiCall, startTestApi } from '../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

describe('the stack status page, against the real api and engine', () => {
  let api: RunningApi;
  let web: RunningWeb;
  let expected: { running: number; finished: number };

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'POST', '/deployments/bundled');
    // A lot with no measurement waits for QA: one running instance at least.
    const started = await apiCall(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey: 'LOT-WEB-001', variables: {} });
    expect(started.status).toBe(201);
    const processes = await apiCall(api, 'GET', '/processes');
    expected = processes.body.items.find((item: { key: string }) => item.key === 'incoming-inspection').instances;
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('renders the health and the deployed process with its instance counts', async () => {
    const html = await (await fetch(web.url, { headers: { 'accept-language': 'en-US,en;q=0.9' } })).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toMatch(/data-testid="health-status" data-status="up"/);
    expect(html).toMatch(/data-testid="process-row" data-key="incoming-inspection"/);
    expect(html).toContain(`data-testid="running-count">${expected.running}<`);
    expect(html).toContain(`data-testid="finished-count">${expected.finished}<`);
    expect(expected.running).toBeGreaterThanOrEqual(1);
  });

  it('speaks Chinese to a browser that prefers it', async () => {
    const html = await (await fetch(web.url, { headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' } })).text();
    expect(html).toContain('<html lang="zh-CN"');
    expect(html).toContain('系统状态');
  });

  it('says the engine is down instead of failing when the api cannot reach it', async () => {
    const cutOff = await startTestApi({ ENGINE_REST_URL: `http://127.0.0.1:${await freePort()}/engine-rest`, ENGINE_TIMEOUT_MS: '1000' });
    const cutOffWeb = await startTestWeb(cutOff.url);
    try {
      const response = await fetch(cutOffWeb.url);
      const html = await response.text();
      expect(response.status).toBe(200);
      expect(html).toMatch(/data-testid="health-status" data-status="degraded"/);
      expect(html).toMatch(/data-testid="component-engine" data-status="down"/);
      expect(html).toContain('data-testid="processes-error"');
    } finally {
      await cutOffWeb.close();
      await cutOff.close();
    }
  });

  it.runIf(browserAvailable())('in a real browser, shows the counts and switches language', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
      await page.goto(web.url);
      await expect.poll(() => page.getByTestId('health-status').getAttribute('data-status')).toBe('up');
      const row = page.locator('[data-testid="process-row"][data-key="incoming-inspection"]');
      expect(await row.getByTestId('running-count').textContent()).toBe(String(expected.running));
      await page.screenshot({ path: path.join(screenshots, 'stack-status-en.png'), fullPage: true });

      await page.getByTestId('language-option-zh-CN').click();
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('h1').textContent()).toBe('系统状态');
      await page.screenshot({ path: path.join(screenshots, 'stack-status-zh-CN.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
