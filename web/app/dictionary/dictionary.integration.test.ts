import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { apiCall, demoPassword, startTestApi, webSessionCookie } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/** A gauge type of the plant: a patterned code, a reference, a choice, a decimal with limits and a regulated date. */
function gaugeType(key: string) {
  return {
    key,
    label: { en: `Gauge ${key.slice(-6)}`, 'zh-CN': `量具 ${key.slice(-6)}` },
    codeField: 'code',
    statusField: 'status',
    fields: [
      { name: 'code', kind: 'text', required: true, unique: true, pattern: '^GA-[0-9]{3}$', label: { en: 'Gauge code', 'zh-CN': '量具编号' } },
      { name: 'name', kind: 'text', required: true, maxLength: 120, label: { en: 'Name', 'zh-CN': '名称' } },
      { name: 'supplier', kind: 'reference', targetType: 'supplier', label: { en: 'Calibration supplier', 'zh-CN': '校准供应商' } },
      {
        name: 'status',
        kind: 'enum',
        required: true,
        default: 'active',
        label: { en: 'Status', 'zh-CN': '状态' },
        values: [
          { value: 'active', label: { en: 'In use', 'zh-CN': '在用' } },
          { value: 'retired', label: { en: 'Retired', 'zh-CN': '停用' } },
        ],
      },
      { name: 'toleranceMm', kind: 'decimal', min: 0, max: 0.5, scale: 3, unit: 'mm', label: { en: 'Tolerance', 'zh-CN': '允差' } },
      { name: 'calibrationDueOn', kind: 'date', regulated: true, label: { en: 'Calibration due on', 'zh-CN': '下次校准日期' } },
    ],
  };
}

/** Server-action calls the page makes: each is a POST to the page's own URL. */
function countActionCalls(page: Page): () => number {
  let calls = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action'] !== undefined) calls += 1;
  });
  return () => calls;
}

describe('the dictionary editor, against the real api', () => {
  let api: RunningApi;
  let web: RunningWeb;
  // Keys are unique per run: published versions are immutable and the database may outlive a run.
  const key = `gauge-${Date.now().toString(36)}`;

  beforeAll(async () => {
    api = await startTestApi();
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBeLessThan(300);
    expect((await apiCall(api, 'PUT', `/dictionary/types/${key}/draft`, { content: gaugeType(key) }, { as: 'analyst.chen' })).body.issues).toEqual([]);
    expect((await apiCall(api, 'POST', `/dictionary/types/${key}/publish`, { reason: 'Gauges of the receiving lab' }, { as: 'analyst.chen' })).status).toBe(201);
    const other = await apiCall(api, 'POST', `/records/${key}`, { values: { code: 'GA-900', name: 'Go/no-go pin', status: 'active' } }, { as: 'analyst.chen' });
    expect(other.status).toBe(201);
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('lets data stewards edit types and approvers write records; others only read', async () => {
    const asAnalyst = await (await fetch(`${web.url}/dictionary`, { headers: { cookie: await webSessionCookie(api, 'analyst.chen'), 'accept-language': 'en' } })).text();
    expect(asAnalyst).toMatch(new RegExp(`data-testid="dictionary-type-row" data-key="${key}"`));
    expect(asAnalyst).toContain('data-testid="dictionary-new-type-form"');

    const asOperations = await webSessionCookie(api, 'operations.sun');
    const list = await (await fetch(`${web.url}/dictionary`, { headers: { cookie: asOperations, 'accept-language': 'zh-CN' } })).text();
    expect(list).toContain('数据字典');
    expect(list).not.toContain('data-testid="dictionary-new-type-form"');
    const record = await (await fetch(`${web.url}/dictionary/${key}/records/GA-900`, { headers: { cookie: asOperations } })).text();
    expect(record).toContain('data-testid="dictionary-record-read-only"');
    expect(record).not.toContain('data-testid="record-form-submit"');

    const asQa = await webSessionCookie(api, 'qa.li');
    const definition = await (await fetch(`${web.url}/dictionary/${key}/definition`, { headers: { cookie: asQa } })).text();
    expect(definition).not.toContain('data-testid="type-editor-save"');
    const newRecord = await (await fetch(`${web.url}/dictionary/${key}/new`, { headers: { cookie: asQa } })).text();
    expect(newRecord).toContain('data-testid="record-form-submit"');
  });

  it('sends a visitor who has not signed in to the sign-in page', async () => {
    const response = await fetch(`${web.url}/dictionary/${key}`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/dictionary/${key}`)}`);
  });

  it.runIf(browserAvailable())('in a real browser, a data steward adds a field, publishes, and creates, finds and edits a record', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 1000 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      const actionCalls = countActionCalls(page);

      // Given a data steward signed in on the dictionary
      await page.goto(`${web.url}/dictionary`);
      await page.getByTestId('login-username').fill('analyst.chen');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/dictionary`);
      await page.locator(`[data-testid="dictionary-type-row"][data-key="supplier"]`).waitFor();
      await page.screenshot({ path: path.join(screenshots, 'dictionary-types.png'), fullPage: true });

      // When they open the gauge type's definition and add an optional serial number field
      await page.locator(`[data-testid="dictionary-type-row"][data-key="${key}"] [data-testid="dictionary-type-definition"]`).click();
      await page.waitForURL(`${web.url}/dictionary/${key}/definition`);
      await page.getByTestId('type-field-add').click();
      const added = page.getByTestId('type-field').last();
      await added.getByTestId('type-field-name').fill('');
      // An empty name is an issue at once, found in the browser by the dictionary's own check
      await expect.poll(() => added.getAttribute('data-invalid')).toBe('true');
      await added.getByTestId('type-field-name').fill('serialNumber');
      await added.getByTestId('type-field-label-en').fill('Serial number');
      await added.getByTestId('type-field-label-zh-CN').fill('出厂编号');
      await expect.poll(() => page.getByTestId('type-issue-count').textContent()).toBe('0');
      expect(await page.getByTestId('type-editor').getAttribute('data-dirty')).toBe('true');

      // Then saving the draft reports nothing that blocks publishing
      await page.getByTestId('type-editor-save').click();
      await expect.poll(() => page.getByTestId('type-editor-message').textContent()).toBe('Draft saved. Nothing blocks publishing.');
      await page.locator('[data-testid="type-version"][data-version="0"]').waitFor();

      // And reviewing shows the one change against version 1 before anything is published
      await page.getByTestId('type-editor-review').click();
      const change = page.getByTestId('type-diff-change');
      await change.first().waitFor();
      expect(await change.count()).toBe(1);
      expect(await change.getAttribute('data-op')).toBe('add');
      expect(await change.getAttribute('data-path')).toBe('/fields/6');
      expect(await change.textContent()).toContain('serialNumber (Serial number)');
      await page.getByTestId('type-review-reason').fill('Gauges are identified by their serial number on the certificate');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-type-review.png') });

      // When they publish with the reason, version 2 is in force and version 1 is superseded
      await page.getByTestId('type-review-confirm').click();
      await expect.poll(() => page.getByTestId('type-editor-message').textContent()).toBe('Version 2 published.');
      expect(await page.locator('[data-testid="type-version"][data-version="2"]').getAttribute('data-status')).toBe('published');
      expect(await page.locator('[data-testid="type-version"][data-version="1"]').getAttribute('data-status')).toBe('superseded');
      expect(await page.locator('[data-testid="type-version"][data-version="2"]').textContent()).toContain('serial number on the certificate');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-type-published.png'), fullPage: true });

      // When they create a gauge whose tolerance is above the limit
      await page.goto(`${web.url}/dictionary/${key}/new`);
      const form = page.getByTestId('record-form');
      await form.waitFor();
      const input = (pointer: string) => form.locator(`[data-testid="record-input"][data-pointer="${pointer}"]`);
      const fieldError = (pointer: string) => form.locator(`[data-testid="record-field"][data-pointer="${pointer}"] [data-testid="record-field-error"]`);
      await input('/code').fill('GA-101');
      await input('/name').fill('Digital caliper 150 mm');
      await input('/serialNumber').fill('SN-88231');
      expect(await input('/supplier').locator('option').allTextContents()).toContain('SUP-TUBE-01 · Kunshan Lianhe Medical Tubing Co., Ltd.');
      await input('/supplier').selectOption('SUP-TUBE-01');
      await input('/toleranceMm').fill('0.75');
      const callsBefore = actionCalls();
      await page.getByTestId('record-form-submit').click();

      // Then the field says what is wrong before any request leaves the browser
      await fieldError('/toleranceMm').waitFor();
      expect(await fieldError('/toleranceMm').textContent()).toBe('must be <= 0.5 mm');
      expect(await page.getByTestId('record-form-summary').getAttribute('data-source')).toBe('browser');
      expect(actionCalls()).toBe(callsBefore);
      expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }).document.activeElement?.getAttribute('data-pointer'))).toBe('/toleranceMm');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-record-invalid.png'), fullPage: true });

      // When they fix it, the error goes as they type, and saving creates the gauge
      await input('/toleranceMm').fill('0.02');
      await expect.poll(() => fieldError('/toleranceMm').count()).toBe(0);
      await page.getByTestId('record-form-submit').click();
      await page.waitForURL(`${web.url}/dictionary/${key}/records/GA-101?created=1`);
      await page.getByTestId('dictionary-record-created').waitFor();
      expect(actionCalls()).toBe(callsBefore + 1);
      const stored = await apiCall(api, 'GET', `/records/${key}/GA-101`);
      expect(stored.body.values).toEqual({ code: 'GA-101', name: 'Digital caliper 150 mm', supplier: 'SUP-TUBE-01', status: 'active', toleranceMm: 0.02, serialNumber: 'SN-88231' });
      expect(stored.body.typeVersion).toBe(2);

      // And they find it by searching for its code
      await page.goto(`${web.url}/dictionary/${key}`);
      expect(await page.getByTestId('dictionary-record-row').count()).toBe(2);
      await page.getByTestId('dictionary-record-search').fill('101');
      await page.getByTestId('dictionary-record-search-submit').click();
      await page.waitForURL(`${web.url}/dictionary/${key}?q=101`);
      expect(await page.getByTestId('dictionary-record-row').count()).toBe(1);
      expect(await page.getByTestId('dictionary-record-row').getAttribute('data-code')).toBe('GA-101');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-records-search.png'), fullPage: true });

      // When they edit it and change the regulated calibration date, a reason is asked for
      await page.getByTestId('dictionary-record-link').click();
      await page.waitForURL(`${web.url}/dictionary/${key}/records/GA-101`);
      await form.waitFor();
      await input('/calibrationDueOn').fill('2026-09-30');
      await input('/name').fill('Digital caliper 150 mm, lab 2');
      await page.getByTestId('record-form-reason').waitFor();
      await page.getByTestId('record-form-submit').click();
      await page.getByTestId('record-form-reason-error').waitFor();
      await page.getByTestId('record-form-reason').fill('Calibrated by the supplier on 2025-09-30, yearly interval');
      await page.getByTestId('record-form-submit').click();
      await page.getByTestId('record-form-saved').waitFor();
      await expect.poll(() => page.getByTestId('dictionary-record-meta').textContent()).toContain('Revision 2');
      const edited = await apiCall(api, 'GET', `/records/${key}/GA-101`);
      expect(edited.body).toMatchObject({ revision: 2, values: { name: 'Digital caliper 150 mm, lab 2', calibrationDueOn: '2026-09-30' } });
      const audit = await apiCall(api, 'GET', `/audit/events?entityType=${key}&entityId=GA-101`);
      expect(audit.body.items.map((event: { reason: string | null }) => event.reason)).toContain('Calibrated by the supplier on 2025-09-30, yearly interval');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-record-edited.png'), fullPage: true });

      // When someone else saves the gauge meanwhile, saving explains the conflict instead of overwriting
      expect((await apiCall(api, 'PUT', `/records/${key}/GA-101`, { values: { ...edited.body.values, name: 'Caliper (QA lab)' }, revision: 2 }, { as: 'qa.li' })).status).toBe(200);
      await input('/serialNumber').fill('SN-88232');
      await page.getByTestId('record-form-submit').click();
      await page.getByTestId('record-form-conflict').waitFor();
      expect(await page.getByTestId('record-form-conflict').textContent()).toContain('qa.li');
      expect((await apiCall(api, 'GET', `/records/${key}/GA-101`)).body.values.name).toBe('Caliper (QA lab)');
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it.runIf(browserAvailable())('in Chinese, the form speaks Chinese and so do its errors', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
      const [name, value] = (await webSessionCookie(api, 'qa.li')).split('=') as [string, string];
      await context.addCookies([{ name, value, url: web.url }]);
      const page = await context.newPage();
      await page.goto(`${web.url}/dictionary/${key}/new`);
      const form = page.getByTestId('record-form');
      await form.waitFor();
      await form.locator('[data-testid="record-input"][data-pointer="/code"]').fill('GA-1');
      await form.locator('[data-testid="record-input"][data-pointer="/toleranceMm"]').fill('0.0005');
      await page.getByTestId('record-form-submit').click();
      const error = (pointer: string) => form.locator(`[data-testid="record-field"][data-pointer="${pointer}"] [data-testid="record-field-error"]`);
      await error('/name').waitFor();
      expect(await error('/name').textContent()).toBe('为必填项');
      expect(await error('/toleranceMm').textContent()).toBe('最多保留 3 位小数');
      expect(await error('/code').textContent()).toBe('应当匹配模式 "^GA-[0-9]{3}$"');
      expect(await page.getByTestId('dictionary-page-title').textContent()).toContain('新建量具');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-record-invalid-zh-CN.png'), fullPage: true });

      // And a supplier's certificates are rows to edit in a table, their expiry checked row by row
      await page.goto(`${web.url}/dictionary/supplier/records/SUP-TUBE-01`);
      await form.waitFor();
      await form.locator('[data-testid="record-list"][data-pointer="/certificates"] [data-testid="record-list-add"]').click();
      const newRow = form.locator('[data-testid="record-list-row"][data-pointer="/certificates/1"]');
      await newRow.locator('[data-testid="record-input"][data-pointer="/certificates/1/number"]').fill('CN-2026-0042');
      await page.getByTestId('record-form-reason').fill('新增证书');
      await page.getByTestId('record-form-submit').click();
      await error('/certificates/1/expiresOn').waitFor();
      expect(await error('/certificates/1/expiresOn').textContent()).toBe('为必填项');
      expect(await error('/certificates/1/standard').textContent()).toBe('为必填项');
      await page.screenshot({ path: path.join(screenshots, 'dictionary-supplier-rows-zh-CN.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
