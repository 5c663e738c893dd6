import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { demoPassword, startTestApi } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/**
 * The "change element" menu is drawn by diagram-js with preact; two copies of preact in the bundle
 * (one pulled in by element templates) once left it an empty box. This opens it in both languages.
 */
describe('changing an element type in the designer', () => {
  let api: Awaited<ReturnType<typeof startTestApi>>;
  let web: RunningWeb;

  beforeAll(async () => {
    api = await startTestApi();
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it.runIf(browserAvailable())('lists the choices in the page language and turns a start event into a message start event', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      for (const [locale, title, entry, header] of [
        ['en-US', 'Change element', 'Message start event', 'Message Start Event'],
        ['zh-CN', '更改元素类型', '消息开始事件', '消息开始事件'],
      ] as const) {
        const key = `replace-${locale.toLowerCase()}-${Date.now().toString(36)}`;
        const page = await browser.newPage({ locale, viewport: { width: 1440, height: 900 } });
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(error.message));
        await page.goto(`${web.url}/designer/${key}`);
        await page.getByTestId('login-username').fill('analyst.chen');
        await page.getByTestId('login-password').fill(demoPassword);
        await page.getByTestId('login-submit').click();
        await page.waitForURL(`${web.url}/designer/${key}`);
        await page.locator('[data-testid="designer"][data-ready="true"]').waitFor();

        await page.locator('.djs-shape[data-element-id^="StartEvent"]').first().click();
        await page.locator('.djs-context-pad [data-action="replace"]').click();
        const popup = page.locator('.djs-popup.bpmn-replace');
        await popup.waitFor();
        expect(await popup.locator('.djs-popup-title').textContent()).toBe(title);
        expect(await popup.locator('.entry').count()).toBeGreaterThan(5);
        await page.screenshot({ path: path.join(screenshots, `designer-replace-menu-${locale}.png`) });

        const choice = popup.locator('.entry[data-id="replace-with-message-start"]');
        expect((await choice.textContent())?.trim()).toBe(entry);
        await choice.click();
        const panelHeader = page.getByTestId('designer-properties').locator('.bio-properties-panel-header-type');
        await expect.poll(() => panelHeader.textContent()).toBe(header);
        expect(await popup.count()).toBe(0);
        expect(pageErrors).toEqual([]);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
});
