import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { freshApiDatabaseUrl } from '../../../test/support/fresh-api-database.js';
import { apiCall, demoPassword, newSession, signIn, startTestApi } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');
const certificate = (number: string) => [{ number, standard: 'iso-13485', issuer: 'SGS', expiresOn: '2028-06-30' }];

describe('the data-quality screen', () => {
  let api: RunningApi;
  let web: RunningWeb;
  let plantedReading: string;

  beforeAll(async () => {
    // A database of its own, with the pack, a supplier entered twice and one outer diameter far off
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_data_quality_web') });
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBe(201);
    for (const values of [
      { code: 'SUP-SMT-01', name: 'Shanghai Medical Tubing Co., Ltd.', nameZh: '上海医用管材有限公司', country: 'CN', certificates: certificate('SMT-13485-0101'), status: 'active' },
      { code: 'SUP-SMT-02', name: 'SHANGHAI MEDICAL TUBING CO LTD', nameZh: '上海医用管材公司', country: 'CN', certificates: certificate('SMT-9001-7788'), status: 'active' },
    ]) {
      expect((await apiCall(api, 'POST', '/records/supplier', { values })).status).toBe(201);
    }
    for (const [index, outerDiameterMaxIn] of [0.15, 0.1502, 0.1498, 0.1501, 0.1499, 0.1503, 0.1497, 0.15, 0.1502, 0.165].entries()) {
      const created = await apiCall(api, 'POST', '/records/incoming-inspection-result', {
        values: { lot: `LOT-DQW-${String(index + 1).padStart(2, '0')}`, samplesInspected: 5, outerDiameterMaxIn },
      });
      expect(created.status).toBe(201);
      plantedReading = created.body.code;
    }
    web = await startTestWeb(api.url);
  }, 600_000);

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('sends a visitor to sign in, and tells production it is not theirs', async () => {
    const anonymous = await fetch(`${web.url}/data-quality?tab=outliers`, { redirect: 'manual' });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe(`/login?next=${encodeURIComponent('/data-quality?tab=outliers')}`);
    const production = await (await fetch(`${web.url}/data-quality`, { headers: { cookie: `lotflow_web_session=${await newSession(api, 'production.liu')}`, 'accept-language': 'en' } })).text();
    expect(production).toContain('data-testid="data-quality-forbidden"');
    expect(production).not.toContain('SUP-SMT-02');
  });

  it.runIf(browserAvailable())('in a real browser, quality sees the duplicate pair and the outlier, and the change between two snapshots in Chinese', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given quality signed in from the header's Data quality entry
      await page.goto(`${web.url}/data-quality`);
      await page.getByTestId('login-username').fill('qa.li');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/data-quality`);
      expect(await page.getByTestId('nav-data-quality').getAttribute('aria-current')).toBe('page');

      // Then the two entries of one supplier are the pair listed, each linked to its record, with the reasons in words
      const pair = page.locator('[data-testid="duplicate-pair"][data-codes="SUP-SMT-01+SUP-SMT-02"]');
      await pair.waitFor();
      expect(await page.getByTestId('duplicate-pair').count()).toBe(1);
      expect(await pair.getByTestId('duplicate-record-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        '/dictionary/supplier/records/SUP-SMT-01',
        '/dictionary/supplier/records/SUP-SMT-02',
      ]);
      expect(await pair.getByTestId('duplicate-reason').allTextContents()).toEqual([
        'Name 100% alike: “Shanghai Medical Tubing Co., Ltd.” and “SHANGHAI MEDICAL TUBING CO LTD”',
        'Name (Chinese) 100% alike: “上海医用管材有限公司” and “上海医用管材公司”',
      ]);
      await page.screenshot({ path: path.join(screenshots, 'data-quality-duplicates.png'), fullPage: true });

      // When they open the outlying values
      await page.locator('[data-testid="data-quality-tab"][data-tab="outliers"]').click();
      await page.waitForURL(`${web.url}/data-quality?tab=outliers`);

      // Then the planted outer diameter is the outlier of incoming inspection, with its lot linked to the trace explorer
      const outlier = page.locator(`[data-testid="outlier-row"][data-code="${plantedReading}"]`);
      await outlier.waitFor();
      expect(await outlier.getByTestId('outlier-value').textContent()).toBe('0.165 in');
      expect(await outlier.getByTestId('outlier-score').textContent()).toBe('+67.23');
      expect(await outlier.getByTestId('outlier-lot-link').getAttribute('href')).toBe('/trace?type=lot&code=LOT-DQW-10');
      expect(await outlier.getByTestId('outlier-record-link').getAttribute('href')).toBe(`/dictionary/incoming-inspection-result/records/${plantedReading}`);
      expect(await page.locator('[data-testid="outlier-row"][data-characteristic="incoming-inspection-result/outerDiameterMaxIn"]').count()).toBe(1);
      await page.screenshot({ path: path.join(screenshots, 'data-quality-outliers.png'), fullPage: true });
      expect(pageErrors).toEqual([]);

      // In Chinese, quality takes a snapshot, a supplier's contact changes, and they take another
      const chinese = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 1000 }, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
      await chinese.addCookies([{ name: 'lotflow_web_session', value: await signIn(api, 'qa.li'), url: web.url }]);
      const chinesePage = await chinese.newPage();
      chinesePage.on('pageerror', (error) => pageErrors.push(error.message));
      await chinesePage.goto(`${web.url}/data-quality?tab=snapshots`);
      expect(await chinesePage.locator('h1').textContent()).toBe('数据质量');
      await chinesePage.getByTestId('snapshots-empty').waitFor();
      await chinesePage.getByTestId('snapshot-take').click();
      await chinesePage.locator('[data-testid="snapshot-message"][data-tone="good"]').waitFor();
      await chinesePage.locator('[data-testid="snapshot-row"]').first().waitFor();
      expect(await chinesePage.getByTestId('snapshot-message').textContent()).toMatch(/^已于 .+ 拍摄快照。$/);

      const supplier = (await apiCall(api, 'GET', '/records/supplier/SUP-SMT-02')).body;
      const changed = await apiCall(api, 'PUT', '/records/supplier/SUP-SMT-02', { values: { ...supplier.values, contactEmail: 'qa@smt.example.com' }, revision: supplier.revision }, { as: 'purchasing.wang' });
      expect(changed.status).toBe(200);

      await chinesePage.getByTestId('snapshot-take').click();
      await chinesePage.locator('[data-testid="snapshot-message"][data-sequence="2"][data-tone="good"]').waitFor();
      await chinesePage.locator('[data-testid="snapshot-row"]').nth(1).waitFor();

      // Then the two latest are compared, and the difference is exactly that supplier's e-mail
      const diff = chinesePage.getByTestId('snapshot-diff');
      await diff.waitFor();
      const rows = await chinesePage.locator('[data-testid="snapshot-row"]').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')));
      expect(await diff.getAttribute('data-from')).toBe(rows[1]);
      expect(await diff.getAttribute('data-to')).toBe(rows[0]);
      const tables = chinesePage.getByTestId('snapshot-diff-table');
      expect(await tables.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-table')))).toEqual(['record:supplier']);
      expect(await tables.first().locator('h3').textContent()).toContain('供应商');
      const change = chinesePage.getByTestId('snapshot-diff-row');
      expect(await change.count()).toBe(1);
      expect(await change.getAttribute('data-key')).toBe('SUP-SMT-02');
      expect(await change.getAttribute('data-field')).toBe('/contactEmail');
      expect(await change.getByTestId('snapshot-diff-field').textContent()).toBe('质量联系人邮箱/contactEmail');
      expect(await change.getByTestId('snapshot-diff-before').textContent()).toBe('（无）');
      expect(await change.getByTestId('snapshot-diff-after').textContent()).toBe('qa@smt.example.com');
      expect(await change.getByTestId('snapshot-diff-link').getAttribute('href')).toBe('/dictionary/supplier/records/SUP-SMT-02');
      await chinesePage.screenshot({ path: path.join(screenshots, 'data-quality-snapshots-zh-CN.png'), fullPage: true });

      // When they choose the same snapshot on both sides, nothing changed between them
      await chinesePage.getByTestId('snapshot-diff-from').selectOption(rows[0]!);
      await chinesePage.getByTestId('snapshot-diff-submit').click();
      await chinesePage.waitForURL(`${web.url}/data-quality?tab=snapshots&from=${rows[0]}&to=${rows[0]}`);
      expect(await chinesePage.getByTestId('snapshot-diff-none').textContent()).toBe('两个快照之间没有变化。');
      await chinese.close();
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 240_000);
});
