import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../test/support/browser.js';
import { waitFor } from '../../test/support/engine-rest.js';
import { apiCall, signIn, startTestApi, startTestWorker } from '../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Worker = Awaited<ReturnType<typeof startTestWorker>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots', 'languages');

type Locale = 'en' | 'zh-CN';

/** Every screen's catalog file of a language, merged: what the translator serves. */
function readCatalog(locale: Locale): Record<string, string> {
  const folder = path.resolve(import.meta.dirname, '..', 'messages', locale);
  return Object.assign({}, ...readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Record<string, string>));
}

const CATALOGS: Record<Locale, Record<string, string>> = { en: readCatalog('en'), 'zh-CN': readCatalog('zh-CN') };

/** The names of the bundled processes: data, in English only, that may contain interface words. */
const processNames = readdirSync(path.resolve(import.meta.dirname, '..', '..', 'processes', 'bpmn'))
  .filter((file) => file.endsWith('.bpmn'))
  .flatMap((file) => [...readFileSync(path.resolve(import.meta.dirname, '..', '..', 'processes', 'bpmn', file), 'utf8').matchAll(/<bpmn:process [^>]*name="([^"]+)"/g)].map((match) => match[1]!));

/** Messages long enough to be recognised as themselves, and worded differently in the two languages. */
function distinctive(locale: Locale, other: Locale, minimumLength: number): string[] {
  return Object.entries(CATALOGS[locale])
    .filter(([key, message]) => !message.includes('{') && message.length >= minimumLength && message !== CATALOGS[other][key])
    .filter(([, message]) => !processNames.some((name) => name.includes(message)))
    .map(([, message]) => message);
}

/**
 * Walks every screen in both languages in a real browser, after the client has rendered, and
 * reads what a person sees: no message key shown raw, no English interface text on a Chinese page
 * and no Chinese interface text on an English one.
 */
describe('every screen in both languages', () => {
  let api: RunningApi;
  let worker: Worker;
  let web: RunningWeb;
  const screens: Array<{ name: string; path: string; ready: string }> = [];

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/deployments/bundled')).status);
    worker = await startTestWorker();
    const businessKey = `GR-LANG-${Date.now().toString(36)}`;
    await apiCall(api, 'POST', '/process-instances', {
      processKey: 'incoming-inspection',
      businessKey,
      variables: { tubingOuterDiameterIn: 0.1546, leakTestResult: 'pass', supplierApprovalStatus: 'approved', lot: 'LOT-260227-0001' },
    });
    const taskId = await waitFor('a QA task', async () => (await apiCall<{ items: Array<{ id: string }> }>(api, 'GET', `/tasks?businessKey=${businessKey}`)).body.items[0]?.id);
    const instanceId = (await apiCall<{ items: Array<{ id: string }> }>(api, 'GET', `/operations/instances?businessKey=${businessKey}`)).body.items[0]?.id;
    web = await startTestWeb(api.url);
    screens.push(
      { name: 'stack-status', path: '/', ready: 'body' },
      { name: 'inbox', path: '/inbox', ready: '[data-testid="inbox"]' },
      { name: 'task', path: `/inbox/${taskId}`, ready: '[data-testid="process-diagram"][data-ready="true"]' },
      { name: 'start', path: '/start', ready: '[data-testid="start-list"]' },
      { name: 'start-form', path: '/start/production', ready: '[data-testid="record-form"]' },
      { name: 'designer', path: '/designer', ready: 'main' },
      { name: 'designer-model', path: '/designer/incoming-inspection', ready: '[data-testid="designer"][data-ready="true"]' },
      { name: 'rule-tables', path: '/rule-tables', ready: 'main' },
      { name: 'rule-table', path: '/rule-tables/incoming-inspection-disposition', ready: 'main' },
      { name: 'dictionary', path: '/dictionary', ready: 'main' },
      { name: 'dictionary-records', path: '/dictionary/supplier', ready: 'main' },
      { name: 'dictionary-new-record', path: '/dictionary/supplier/new', ready: '[data-testid="record-form"]' },
      { name: 'dictionary-definition', path: '/dictionary/supplier/definition', ready: 'main' },
      { name: 'operations', path: '/operations', ready: 'main' },
      { name: 'dashboard', path: '/dashboard', ready: 'main' },
      { name: 'trace-search', path: '/trace', ready: 'main' },
      { name: 'trace-lot', path: '/trace?type=lot&code=LOT-260227-0001', ready: 'main' },
      { name: 'recall', path: '/trace/recall?type=lot&code=LOT-260227-0001', ready: 'main' },
      { name: 'data-quality', path: '/data-quality', ready: '[data-testid="data-quality"]' },
      { name: 'data-quality-outliers', path: '/data-quality?tab=outliers', ready: '[data-testid="data-quality"]' },
      { name: 'data-quality-schema', path: '/data-quality?tab=schema', ready: '[data-testid="data-quality"]' },
      { name: 'data-quality-snapshots', path: '/data-quality?tab=snapshots', ready: '[data-testid="data-quality"]' },
      ...(instanceId ? [{ name: 'operations-instance', path: `/operations/instances/${instanceId}`, ready: '[data-testid="process-diagram"][data-ready="true"]' }] : []),
    );
  });

  afterAll(async () => {
    await web?.close();
    await worker?.stop();
    await api?.close();
  });

  it.runIf(browserAvailable())('shows no raw key and no text of the other language on any screen', async () => {
    mkdirSync(screenshots, { recursive: true });
    const keys = Object.keys(CATALOGS.en);
    const englishOnly = distinctive('en', 'zh-CN', 12);
    const chineseOnly = distinctive('zh-CN', 'en', 4);
    const browser = await launchBrowser();
    const found: string[] = [];
    try {
      for (const locale of ['en', 'zh-CN'] as const) {
        const context = await browser.newContext({ locale: locale === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1440, height: 900 } });
        await context.addCookies([{ name: 'lotflow_web_session', value: await signIn(api, 'admin'), url: web.url }]);
        const page = await context.newPage();
        for (const screen of screens) {
          await page.goto(`${web.url}${screen.path}`);
          await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
          await page.waitForLoadState('networkidle');
          // The signed-in person's name is data, written in both languages ("Administrator / 系统管理员").
          const text = (await page.locator('body').innerText()).replaceAll('Administrator / 系统管理员', '');
          expect(await page.locator('html').getAttribute('lang'), screen.name).toBe(locale);
          for (const key of keys) if (text.includes(key)) found.push(`${locale} ${screen.name}: raw key ${key}`);
          const wrong = locale === 'zh-CN' ? englishOnly : chineseOnly;
          for (const message of wrong) if (text.includes(message)) found.push(`${locale} ${screen.name}: "${message}"`);
          await page.screenshot({ path: path.join(screenshots, `${screen.name}-${locale}.png`), fullPage: true });
        }
        await context.close();
      }
    } finally {
      await browser.close();
    }
    expect(found).toEqual([]);
    expect(screens.length).toBeGreaterThanOrEqual(22);
  });
});
