import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { freshApiDatabaseUrl } from '../../../test/support/fresh-api-database.js';
import { apiCall, demoPassword, signIn, startTestApi } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');
const kpis = ['supplier-on-time-delivery', 'plan-attainment', 'first-pass-yield', 'rework-rate', 'return-rate', 'inventory-turnover'];

describe('the KPI dashboard, on the demo history', () => {
  let api: RunningApi;
  let web: RunningWeb;

  beforeAll(async () => {
    // The demo history in a database of its own, as `npm start` loads it
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_dashboard') });
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBe(201);
    expect((await apiCall(api, 'POST', '/demo/history/load')).status).toBe(201);
    web = await startTestWeb(api.url);
  }, 600_000);

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('sends a visitor to sign in first', async () => {
    const anonymous = await fetch(`${web.url}/dashboard?bucket=month`, { redirect: 'manual' });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/dashboard?bucket=month')}`);
  });

  it.runIf(browserAvailable())('in a real browser, production sees six KPIs with values and drills into the receipts behind a week', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given the production planner signed in on the dashboard
      await page.goto(`${web.url}/dashboard`);
      await page.getByTestId('login-username').fill('production.liu');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/dashboard`);

      // Then six KPI cards show a current value, a formula and a chart of the weeks
      const cards = page.getByTestId('kpi-card');
      await cards.first().waitFor();
      expect(await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-kpi')))).toEqual(kpis);
      for (const kpi of kpis) {
        const card = page.locator(`[data-testid="kpi-card"][data-kpi="${kpi}"]`);
        expect(await card.getAttribute('data-value'), kpi).not.toBe('');
        expect(await card.getByTestId('kpi-current-value').textContent(), kpi).toMatch(/\d/);
        expect(await card.getByTestId('kpi-formula').textContent(), kpi).toContain('÷');
        expect(await card.getByTestId('kpi-bar').count(), kpi).toBe(18);
      }
      // and the turnover card says how stock is valued
      expect(await page.locator('[data-kpi="inventory-turnover"]').getByTestId('kpi-note').textContent()).toContain('standard cost');
      // and the same figures the api computed are drawn, in the plant's weeks
      const range = (await page.locator('.kpi-toolbar__range').textContent())!;
      expect(range).toContain('Asia/Shanghai');
      await page.screenshot({ path: path.join(screenshots, 'dashboard.png'), fullPage: true });

      // When they click the on-time delivery bar of a week with late receipts
      const delivery = page.locator('[data-testid="kpi-card"][data-kpi="supplier-on-time-delivery"]');
      const bars = await delivery.getByTestId('kpi-bar').evaluateAll((elements) => elements.map((element) => ({ period: element.getAttribute('data-period')!, value: element.getAttribute('data-value')! })));
      const lateWeek = bars.find((bar) => bar.value !== '' && Number(bar.value) < 100)!;
      expect(lateWeek, JSON.stringify(bars)).toBeDefined();
      await delivery.locator(`[data-testid="kpi-bar"][data-period="${lateWeek.period}"]`).click();

      // Then the receipts of that week are listed, the late ones marked, each linked to its record
      const panel = page.locator(`[data-testid="kpi-records"][data-kpi="supplier-on-time-delivery"][data-period="${lateWeek.period}"][data-ready="true"]`);
      await panel.waitFor();
      const rows = panel.getByTestId('kpi-record-row');
      const expected = (await apiCall(api, 'GET', `/kpis/supplier-on-time-delivery/records?period=${lateWeek.period}`)).body.records as Array<{ code: string; outcome: string }>;
      expect(await rows.count()).toBe(expected.length);
      expect(await panel.locator('[data-testid="kpi-record-outcome"][data-outcome="late"]').count()).toBe(expected.filter((row) => row.outcome === 'late').length);
      expect(await panel.locator('[data-outcome="late"]').count()).toBeGreaterThan(0);
      const link = rows.first().getByTestId('kpi-record-link');
      expect(await link.getAttribute('href')).toBe(`/dictionary/receipt/records/${expected[0]!.code}`);
      await page.screenshot({ path: path.join(screenshots, 'dashboard-drill-down.png'), fullPage: true });

      // When they open the data table of first-pass yield and show a week's work orders from it
      const yieldCard = page.locator('[data-testid="kpi-card"][data-kpi="first-pass-yield"]');
      await yieldCard.locator('summary').click();
      const lowest = (await yieldCard.getByTestId('kpi-bar').evaluateAll((elements) => elements.map((element) => ({ period: element.getAttribute('data-period')!, value: element.getAttribute('data-value')! }))))
        .filter((bar) => bar.value !== '')
        .sort((a, b) => Number(a.value) - Number(b.value))[0]!;
      await yieldCard.locator(`[data-testid="kpi-show-records"][data-period="${lowest.period}"]`).click();

      // Then the reworked work order is there, with its lot linked to the trace explorer
      const yieldPanel = page.locator(`[data-testid="kpi-records"][data-kpi="first-pass-yield"][data-period="${lowest.period}"][data-ready="true"]`);
      await yieldPanel.waitFor();
      const reworked = yieldPanel.locator('[data-testid="kpi-record-row"]:has([data-outcome="reworked"])');
      expect(await reworked.count()).toBeGreaterThan(0);
      expect(await reworked.first().getByTestId('kpi-record-trace').getAttribute('href')).toMatch(/^\/trace\?type=lot&code=LOT-\d{6}-\d{4}$/);
      await page.screenshot({ path: path.join(screenshots, 'dashboard-first-pass-yield.png'), fullPage: true });

      expect(pageErrors).toEqual([]);

      // In Chinese, by month
      const chinese = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 }, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
      await chinese.addCookies([{ name: 'lotflow_web_session', value: await signIn(api, 'qa.li'), url: web.url }]);
      const chinesePage = await chinese.newPage();
      await chinesePage.goto(`${web.url}/dashboard?bucket=month`);
      await chinesePage.getByTestId('kpi-card').first().waitFor();
      expect(await chinesePage.locator('h1').textContent()).toBe('KPI 指标看板');
      expect(await chinesePage.getByTestId('kpi-card').count()).toBe(6);
      expect(await chinesePage.locator('[data-kpi="first-pass-yield"]').getByTestId('kpi-formula').textContent()).toContain('一次通过');
      const returnBar = chinesePage.locator('[data-kpi="return-rate"] [data-testid="kpi-bar"]:not([data-value=""])').last();
      await returnBar.click();
      const chinesePanel = chinesePage.locator('[data-testid="kpi-records"][data-ready="true"]');
      await chinesePanel.waitFor();
      expect(await chinesePanel.getByTestId('kpi-record-row').count()).toBeGreaterThan(0);
      expect(await chinesePanel.getByTestId('kpi-records-title').textContent()).toMatch(/退货率，\d{4}年\d{1,2}月/);
      await chinesePage.screenshot({ path: path.join(screenshots, 'dashboard-zh-CN.png'), fullPage: true });
      await chinese.close();
    } finally {
      await browser.close();
    }
  }, 240_000);
});
