import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePdfFont } from '../../../api/src/modules/documents/resolve-pdf-font.js';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { freshApiDatabaseUrl } from '../../../test/support/fresh-api-database.js';
import { pdfText } from '../../../test/support/pdf-text.js';
import { apiCall, demoPassword, startTestApi, newSession } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

describe('the traceability explorer, on the demo history', () => {
  let api: RunningApi;
  let web: RunningWeb;
  /** A finished lot the history shipped, and what the api says about it. */
  let shippedLot: string;

  beforeAll(async () => {
    // The demo history in a database of its own, as `npm start` loads it
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_trace_explorer') });
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBe(201);
    expect((await apiCall(api, 'POST', '/demo/history/load')).status).toBe(201);
    const shipments = (await apiCall(api, 'GET', '/records/shipment?limit=5')).body.items as Array<{ values: { lines: Array<{ lot: string }> } }>;
    shippedLot = shipments[0]!.values.lines[0]!.lot;
    web = await startTestWeb(api.url);
  }, 600_000);

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('sends a visitor to sign in, and answers a search it cannot find with a hint and suggestions', async () => {
    const anonymous = await fetch(`${web.url}/trace?q=${shippedLot}`, { redirect: 'manual' });
    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/trace?q=${shippedLot}`)}`);

    const cookie = `lotflow_web_session=${await newSession(api, 'production.liu')}`;
    const partial = await (await fetch(`${web.url}/trace?q=${shippedLot.slice(0, 10)}`, { headers: { cookie, 'accept-language': 'en' } })).text();
    expect(partial).toContain(`Nothing is recorded under “${shippedLot.slice(0, 10)}”`);
    expect(partial).toContain('data-testid="trace-suggestion"');
    expect(partial).toContain(shippedLot);
  });

  it.runIf(browserAvailable())('in a real browser, QA traces a shipped lot back to its supplier lots, sees its signed release and drills a tubing recall to the consignees', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1600, height: 1000 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given QA signed in on the explorer
      await page.goto(`${web.url}/trace`);
      await page.getByTestId('login-username').fill('qa.li');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/trace`);

      // When they search the shipped finished lot
      await page.getByTestId('trace-search-input').fill(shippedLot);
      await page.getByTestId('trace-search-submit').click();
      await page.waitForURL(`${web.url}/trace?type=lot&code=${shippedLot}`);

      // Then the graph reaches back to the supplier lots of its components and forward to its customers
      const nodes = page.getByTestId('trace-node');
      await nodes.first().waitFor();
      const supplierLots = page.locator('[data-testid="trace-node"][data-type="supplier-lot"]');
      expect(await supplierLots.count()).toBeGreaterThanOrEqual(5);
      expect(await page.locator('[data-testid="trace-node"][data-type="supplier-lot"][data-side="backward"]').count()).toBe(await supplierLots.count());
      expect(await page.locator('[data-testid="trace-node"][data-type="work-order"][data-side="backward"]').count()).toBe(1);
      expect(await page.locator('[data-testid="trace-node"][data-type="customer"][data-side="forward"]').count()).toBeGreaterThanOrEqual(1);
      // and not the lots a supplier got back: they are no ancestors of this lot
      expect(await page.locator('[data-testid="trace-node"][data-type="lot"][data-side="backward"]').evaluateAll((lots) => lots.filter((lot) => lot.textContent?.includes('Rejected')).length)).toBe(0);
      const tubing = page.locator('[data-testid="trace-node"][data-type="supplier-lot"][data-code^="SUP-TUBE-01/"]').first();
      // supplier lots are drawn left of the lot, customers right of it
      const start = await page.locator(`[data-testid="trace-node"][data-node-id="lot:${shippedLot}"]`).boundingBox();
      expect((await tubing.boundingBox())!.x).toBeLessThan(start!.x);
      expect((await page.locator('[data-testid="trace-node"][data-type="customer"]').first().boundingBox())!.x).toBeGreaterThan(start!.x);
      expect(await page.locator(`[data-testid="trace-node"][data-node-id="lot:${shippedLot}"]`).textContent()).toContain('Released');

      // And the panel opens on the lot: released by QA with an electronic signature, with its inspections and its load
      const panel = page.getByTestId('trace-node-panel');
      await page.locator(`[data-testid="trace-node-panel"][data-node-id="lot:${shippedLot}"][data-ready="true"]`).waitFor();
      const release = panel.locator('[data-testid="trace-signature"][data-meaning="approved-for-release"]').first();
      expect(await release.textContent()).toContain('Li Wei / 李伟');
      expect(await release.textContent()).toContain('approved for release');
      expect(await release.getAttribute('data-state')).toBe('valid');
      expect(await panel.getByTestId('trace-node-fields').textContent()).toContain('FG-IVS-20D');
      const documents = panel.getByTestId('trace-document');
      expect(await documents.evaluateAll((items) => items.map((item) => item.getAttribute('data-type')))).toEqual(expect.arrayContaining(['inspection-lot', 'sterilization-load']));
      expect(await panel.locator('[data-testid="trace-document"][data-type="inspection-lot"]').count()).toBeGreaterThanOrEqual(4);
      expect(await panel.textContent()).toContain('IPT-LEAK-AIR');
      expect(await panel.getByTestId('trace-node-record-link').getAttribute('href')).toBe(`/dictionary/lot/records/${shippedLot}`);
      await page.screenshot({ path: path.join(screenshots, 'trace-lot.png'), fullPage: true });

      // When they open the tubing supplier lot
      const tubingId = (await tubing.getAttribute('data-node-id'))!;
      await tubing.click();
      await page.locator(`[data-testid="trace-node-panel"][data-node-id="${tubingId}"][data-ready="true"]`).waitFor();
      expect(await panel.getByTestId('trace-node-title').textContent()).toBe(tubingId.slice('supplier-lot:'.length));
      expect(await panel.getByTestId('trace-node-fields').textContent()).toContain('Kunshan Lianhe Medical Tubing');
      await page.screenshot({ path: path.join(screenshots, 'trace-supplier-lot.png'), fullPage: true });

      // And run the recall drill from it
      await panel.getByTestId('trace-node-recall').click();
      await page.getByTestId('trace-recall-drill').waitFor();

      // Then every consignee the api's forward trace reaches is listed, and the lot they searched is among the affected lots
      const forward = await apiCall(api, 'GET', `/trace/supplier-lot/${encodeURIComponent(tubingId.slice('supplier-lot:'.length))}?direction=forward&depth=10`);
      const expectedConsignees = (forward.body.nodes as Array<{ type: string; code: string }>).filter((node) => node.type === 'customer').map((node) => node.code).sort();
      expect(expectedConsignees.length).toBeGreaterThanOrEqual(1);
      const consignees = page.getByTestId('recall-consignee');
      expect((await consignees.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')))).sort()).toEqual(expectedConsignees);
      expect(await page.locator(`[data-testid="recall-lot"][data-code="${shippedLot}"]`).count()).toBe(1);
      expect(await page.getByTestId('recall-line').count()).toBeGreaterThanOrEqual(expectedConsignees.length);
      await page.screenshot({ path: path.join(screenshots, 'trace-recall.png'), fullPage: true });

      // When they download the CSV
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('trace-recall-download').click()]);

      // Then it opens in Excel as UTF-8, one row per shipment line, with every consignee and the UDI
      expect(download.suggestedFilename()).toMatch(/^recall-SUP-TUBE-01_.+\.csv$/);
      const csv = readFileSync((await download.path())!);
      expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe('Consignee code,Consignee name,Consignee name (Chinese),Country,Shipping address,Shipment,Shipped on,Carrier,Tracking number,Lot,Material,Quantity,Expiry date,UDI');
      expect(lines.length - 1).toBe(await page.getByTestId('recall-line').count());
      for (const consignee of expectedConsignees) expect(lines.some((line) => line.startsWith(`${consignee},`))).toBe(true);
      expect(lines.find((line) => line.includes(`,${shippedLot},`))).toMatch(new RegExp(`\\(01\\)06901234000016\\(11\\)\\d{6}\\(17\\)\\d{6}\\(10\\)${shippedLot}$`));
      expect(csv.toString('utf8')).toContain('上海康宁医院供应链有限公司');

      // When they download the PDF report beside it
      const [report] = await Promise.all([page.waitForEvent('download'), page.getByTestId('trace-recall-download-pdf').click()]);

      // Then it is a PDF in English naming every consignee, the lot they searched and who ran the drill
      expect(report.suggestedFilename()).toMatch(/^recall-SUP-TUBE-01_.+\.pdf$/);
      const pdf = readFileSync((await report.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const reportText = pdfText(pdf).replace(/\n/g, '');
      expect(reportText).toContain('Recall drill');
      for (const consignee of expectedConsignees) expect(reportText).toContain(consignee);
      expect(reportText).toContain(shippedLot);
      expect(reportText).toContain('(qa.li)');
      expect(pageErrors).toEqual([]);

      // And a Chinese-speaking QA engineer sees the explorer and the CSV in Simplified Chinese
      const chinese = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 }, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
      const token = await newSession(api, 'qa.li');
      await chinese.addCookies([{ name: 'lotflow_web_session', value: token, url: web.url }]);
      const chinesePage = await chinese.newPage();
      await chinesePage.goto(`${web.url}/trace?type=lot&code=${shippedLot}`);
      await chinesePage.locator(`[data-testid="trace-node-panel"][data-node-id="lot:${shippedLot}"][data-ready="true"]`).waitFor();
      expect(await chinesePage.locator('h1').textContent()).toBe('产品追溯');
      expect(await chinesePage.locator('[data-testid="trace-node"][data-type="supplier-lot"]').first().textContent()).toContain('供应商批次');
      expect(await chinesePage.locator(`[data-testid="trace-node"][data-node-id="lot:${shippedLot}"]`).textContent()).toContain('已放行');
      expect(await chinesePage.getByTestId('trace-node-panel').locator('[data-testid="trace-signature"][data-meaning="approved-for-release"]').first().textContent()).toContain('批准放行');
      await chinesePage.screenshot({ path: path.join(screenshots, 'trace-zh-CN.png'), fullPage: true });
      const exported = await fetch(`${web.url}/trace/recall/export?type=supplier-lot&code=${encodeURIComponent(tubingId.slice('supplier-lot:'.length))}`, { headers: { cookie: `lotflow_web_session=${token}`, 'accept-language': 'zh-CN' } });
      expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      // Read as bytes: a text decoder would drop the byte order mark Excel needs.
      const chineseCsv = Buffer.from(await exported.arrayBuffer()).toString('utf8');
      expect(chineseCsv.startsWith('\uFEFF收货方代码,收货方名称,收货方中文名称,')).toBe(true);
      const chineseReport = await fetch(`${web.url}/trace/recall/pdf?type=supplier-lot&code=${encodeURIComponent(tubingId.slice('supplier-lot:'.length))}`, { headers: { cookie: `lotflow_web_session=${token}`, 'accept-language': 'zh-CN' } });
      expect(chineseReport.headers.get('content-type')).toBe('application/pdf');
      expect(pdfText(Buffer.from(await chineseReport.arrayBuffer()))).toContain(resolvePdfFont(process.env.PDF_FONT_PATH).font.kind === 'embedded' ? '需通知的收货方' : 'Consignees to notify');
      await chinese.close();
    } finally {
      await browser.close();
    }
  });
});
