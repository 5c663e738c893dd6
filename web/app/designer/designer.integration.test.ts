import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { apiCall, demoPassword, startTestApi, webSessionCookie } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

/** The designer's status line once an action has finished: a message newer than the one before. */
async function messageAfter(page: Page, action: () => Promise<void>): Promise<string> {
  const message = page.getByTestId('designer-message');
  const sequence = async () => Number((await message.getAttribute('data-sequence', { timeout: 100 }).catch(() => null)) ?? 0);
  const before = await sequence();
  await action();
  await expect.poll(sequence, { timeout: 60_000 }).toBeGreaterThan(before);
  await page.locator('[data-testid="designer"][data-busy=""]').waitFor();
  return (await message.textContent()) ?? '';
}

describe('the process designer, against the real api and engine', () => {
  let api: RunningApi;
  let web: RunningWeb;
  // Keys are unique per run: the test database outlives a run, and published versions are immutable.
  const key = `designer-e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'POST', '/deployments/bundled');
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('lists the bundled deployed process and offers a new process to analysts only', async () => {
    const asAnalyst = await (await fetch(`${web.url}/designer`, { headers: { cookie: await webSessionCookie(api, 'analyst.chen'), 'accept-language': 'en' } })).text();
    expect(asAnalyst).toMatch(/data-testid="designer-deployed-row" data-key="incoming-inspection"/);
    expect(asAnalyst).toContain('data-testid="designer-new-form"');
    expect(asAnalyst).toContain('data-testid="nav-designer"');

    const asQa = await (await fetch(`${web.url}/designer`, { headers: { cookie: await webSessionCookie(api, 'qa.li'), 'accept-language': 'zh-CN' } })).text();
    expect(asQa).toContain('流程设计器');
    expect(asQa).not.toContain('data-testid="designer-new-form"');
    expect(asQa).toContain('data-testid="designer-read-only"');
  });

  it('sends a visitor who has not signed in to the sign-in page, and refuses a key the api would refuse', async () => {
    const response = await fetch(`${web.url}/designer/${key}`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/designer/${key}`)}`);

    const invalid = await fetch(`${web.url}/designer/Not_A_Key`, { headers: { cookie: await webSessionCookie(api, 'analyst.chen') } });
    expect(invalid.status).toBe(404);
  });

  it.runIf(browserAvailable())('in a real browser, an analyst creates a model, adds a task, saves, publishes, deploys and compares', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
      page.on('dialog', (dialog) => void dialog.accept());
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given an analyst signed in on the designer's list
      await page.goto(`${web.url}/designer`);
      await page.getByTestId('login-username').fill('analyst.chen');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/designer`);
      await page.getByTestId('designer-deployed').waitFor();

      // A key the api would refuse is refused here
      await page.getByTestId('designer-new-key').fill('Bad Key');
      await page.getByTestId('designer-new-submit').click();
      await page.getByTestId('designer-new-error').waitFor();
      await page.screenshot({ path: path.join(screenshots, 'designer-list.png'), fullPage: true });

      // When they create a model, it starts from a blank diagram: start → end
      await page.getByTestId('designer-new-key').fill(key);
      await page.getByTestId('designer-new-submit').click();
      await page.waitForURL(`${web.url}/designer/${key}`);
      await page.locator('[data-testid="designer"][data-ready="true"]').waitFor();
      expect(await page.getByTestId('designer-state').textContent()).toBe('New · not saved yet');
      const canvas = page.getByTestId('designer-canvas');
      await canvas.locator('[data-element-id="StartEvent_1"]').waitFor();
      await canvas.locator('[data-element-id="EndEvent_1"]').waitFor();
      await page.screenshot({ path: path.join(screenshots, 'designer-new.png') });

      // And drop a task from the palette onto the flow between them
      await canvas.locator('.djs-palette [data-action="create.task"]').click();
      const flow = await canvas.locator('.djs-connection[data-element-id="Flow_1"]').boundingBox();
      expect(flow).not.toBeNull();
      const dropAt = { x: flow!.x + flow!.width / 2, y: flow!.y + flow!.height / 2 };
      await page.mouse.move(dropAt.x - 40, dropAt.y + 40, { steps: 5 });
      await page.mouse.move(dropAt.x, dropAt.y, { steps: 5 });
      await page.mouse.click(dropAt.x, dropAt.y);
      const task = canvas.locator('.djs-shape[data-element-id^="Activity_"]');
      await task.waitFor();
      const taskId = await task.getAttribute('data-element-id');
      expect(await page.locator('[data-testid="designer"]').getAttribute('data-dirty')).toBe('true');

      // Then saving reports the unnamed task as an issue the api found
      const saved = await messageAfter(page, () => page.getByTestId('designer-save').click());
      expect(saved).toContain('Draft saved with');
      const issue = page.locator(`[data-testid="designer-issue"][data-element-id="${taskId}"]`);
      await issue.waitFor();
      await page.screenshot({ path: path.join(screenshots, 'designer-issues.png') });

      // When they click the issue and name the task in the properties panel
      await issue.click();
      await page.getByTestId('designer-tab-properties').click();
      const nameField = page.locator('[data-testid="designer-properties"] #bio-properties-panel-name');
      await nameField.waitFor({ state: 'attached' });
      if (!(await nameField.isVisible())) {
        await page.locator('[data-testid="designer-properties"] [data-group-id="group-general"] .bio-properties-panel-group-header').click();
      }
      await nameField.fill('Check certificate of conformance');
      await expect.poll(() => task.textContent()).toContain('Check certificate');
      await page.screenshot({ path: path.join(screenshots, 'designer-properties.png') });

      // Then the draft saves clean
      expect(await messageAfter(page, () => page.getByTestId('designer-save').click())).toBe('Draft saved. Nothing blocks publishing.');

      // And publishing with a reason makes version 1
      await page.getByTestId('designer-publish').click();
      await page.getByTestId('designer-reason-input').fill('First cut of the receiving flow');
      await page.screenshot({ path: path.join(screenshots, 'designer-publish-dialog.png') });
      expect(await messageAfter(page, () => page.getByTestId('designer-reason-confirm').click())).toBe('Version 1 published.');
      expect(await page.getByTestId('designer-latest-version').getAttribute('data-version')).toBe('1');
      const published = page.locator('[data-testid="designer-version"][data-version="1"]');
      expect(await published.getAttribute('data-status')).toBe('published');
      expect(await published.textContent()).toContain('First cut of the receiving flow');

      // And deploying puts it on the engine
      expect(await messageAfter(page, () => page.getByTestId('designer-deploy').click())).toBe('Version 1 deployed to the process engine.');
      const processes = await apiCall(api, 'GET', '/processes');
      expect(processes.body.items.map((item: { key: string }) => item.key)).toContain(key);
      await page.screenshot({ path: path.join(screenshots, 'designer-deployed.png') });

      // When the task is renamed on the canvas, comparing version 1 with the canvas marks it amber
      // While the properties panel holds the focus, the canvas takes the first click as focus only.
      await canvas.click({ position: { x: 600, y: 60 } });
      await task.locator('.djs-hit').click();
      await expect.poll(() => task.getAttribute('class')).toContain('selected');
      await page.getByTestId('designer-tab-properties').click();
      await expect.poll(() => nameField.inputValue()).toBe('Check certificate of conformance');
      await nameField.fill('Check certificate and drawing');
      await expect.poll(() => task.textContent()).toContain('drawing');
      await page.getByTestId('designer-tab-versions').click();
      await page.getByTestId('designer-diff-from').selectOption('1');
      await page.getByTestId('designer-diff-compare').click();
      const change = page.locator(`[data-testid="designer-diff-change"][data-element-id="${taskId}"]`);
      await change.waitFor();
      expect(await change.getAttribute('data-kind')).toBe('changed');
      expect(await change.textContent()).toContain('bpmn:name');
      expect(await canvas.locator(`.djs-element.lotflow-diff-changed[data-element-id="${taskId}"]`).count()).toBe(1);
      await page.screenshot({ path: path.join(screenshots, 'designer-diff.png') });

      // And token simulation can be switched on and off
      await page.getByTestId('designer-simulation-toggle').click();
      expect(await page.getByTestId('designer-simulation-toggle').getAttribute('aria-pressed')).toBe('true');
      await page.screenshot({ path: path.join(screenshots, 'designer-simulation.png') });
      await page.getByTestId('designer-simulation-toggle').click();
      expect(await page.getByTestId('designer-simulation-toggle').getAttribute('aria-pressed')).toBe('false');
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
