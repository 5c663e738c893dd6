import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { singleTaskProcess } from '../../../test/support/single-task-process.js';
import { apiCall, demoPassword, startTestApi } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');

async function openDesigner(browser: Browser, webUrl: string, key: string, locale: string): Promise<{ page: Page; pageErrors: string[] }> {
  const page = await browser.newPage({ locale, viewport: { width: 1440, height: 900 } });
  page.on('dialog', (dialog) => void dialog.accept());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${webUrl}/designer/${key}`);
  await page.getByTestId('login-username').fill('analyst.chen');
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(`${webUrl}/designer/${key}`);
  await page.locator('[data-testid="designer"][data-ready="true"][data-steps-ready="true"]').waitFor();
  return { page, pageErrors };
}

describe('the process designer on a Chinese page, against the real api', () => {
  let api: RunningApi;
  let web: RunningWeb;
  const key = `designer-zh-${Date.now().toString(36)}`;

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'POST', '/rule-tables/bundled/publish');
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it.runIf(browserAvailable())('bpmn-js, its properties panel, lint messages, the step chooser and token simulation read in Chinese; English stays English', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      // Given an analyst whose browser asks for Chinese, on a new model
      const { page, pageErrors } = await openDesigner(browser, web.url, key, 'zh-CN');
      const canvas = page.getByTestId('designer-canvas');
      const panel = page.getByTestId('designer-properties');

      // Then the palette's entries are named in Chinese
      const paletteEntry = (action: string) => canvas.locator(`.djs-palette [data-action="${action}"]`);
      expect(await paletteEntry('create.start-event').getAttribute('aria-label')).toBe('创建开始事件');
      expect(await paletteEntry('create.exclusive-gateway').getAttribute('aria-label')).toBe('创建网关');
      expect(await paletteEntry('create.task').getAttribute('aria-label')).toBe('创建任务');
      await paletteEntry('create.start-event').hover();
      await page.screenshot({ path: path.join(screenshots, 'designer-zh-palette.png') });

      // And the properties panel shows the process with Chinese groups
      await expect.poll(() => panel.locator('.bio-properties-panel-header-type').textContent()).toBe('流程');
      expect(await panel.locator('[data-group-id="group-general"] .bio-properties-panel-group-header-title').textContent()).toBe('常规');

      // When they bring in a model whose service task names no step
      const drawn = singleTaskProcess({ id: key, topic: 'unused' }).content.replace(' camunda:type="external" camunda:topic="unused"', '');
      await page.getByTestId('designer-import').setInputFiles({ name: `${key}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from(drawn) });
      const taskId = 'Task_Work';
      const task = canvas.locator(`.djs-shape[data-element-id="${taskId}"]`);
      await task.waitFor();

      // Then Lotflow's lint message on the canvas is Chinese, and the lint button counts in Chinese
      const topicIssue = canvas.locator(`.djs-overlays[data-container-id="${taskId}"] [data-rule="lotflow/service-task-topic"] .message`);
      await expect.poll(() => topicIssue.count(), { timeout: 30_000 }).toBe(1);
      expect(await topicIssue.textContent()).toBe('服务任务没有步骤：请在“步骤”中选择一个，或设置外部任务主题');
      expect(await canvas.locator('.bjsl-button').textContent()).toMatch(/\d+ 个错误，\d+ 个警告/);
      await canvas.locator(`.djs-overlays[data-container-id="${taskId}"] .bjsl-overlay`).hover();
      await page.screenshot({ path: path.join(screenshots, 'designer-zh-lint.png') });

      // When they select the task, its context pad and properties are Chinese
      await task.locator('.djs-hit').click();
      const contextPad = canvas.locator('.djs-context-pad');
      await contextPad.locator('[data-action="append.append-task"]').waitFor();
      expect(await contextPad.locator('[data-action="append.append-task"]').getAttribute('title')).toBe('追加任务');
      expect(await contextPad.locator('[data-action="replace"]').getAttribute('title')).toBe('更改元素类型');
      // And the properties panel names the task's type and groups in Chinese
      await expect.poll(() => panel.locator('.bio-properties-panel-header-type').textContent()).toBe('服务任务');
      const groupTitles = async () => panel.locator('.bio-properties-panel-group-header-title').allTextContents();
      expect(await groupTitles()).toEqual(expect.arrayContaining(['常规', '实现', '异步延续', '输入', '输出', '执行监听器', '扩展属性']));
      await panel.locator('[data-group-id="group-CamundaPlatform__Implementation"] .bio-properties-panel-group-header').click();
      expect(await panel.locator('[data-group-id="group-CamundaPlatform__Implementation"]').textContent()).toContain('类型');
      await page.screenshot({ path: path.join(screenshots, 'designer-zh-properties.png') });

      // When they choose the rule table's step, the chooser and the applied template read in Chinese
      await page.getByTestId('designer-steps').click();
      const chooser = page.getByTestId('designer-step-chooser');
      await chooser.waitFor();
      expect(await chooser.locator('h2').textContent()).toContain('选择步骤');
      const step = chooser.locator('[data-testid="designer-step"][data-template-id="lotflow.rule-table.incoming-inspection-disposition"]');
      expect(await step.textContent()).toContain('执行：');
      await page.screenshot({ path: path.join(screenshots, 'designer-zh-step-chooser.png') });
      await step.click();
      await chooser.waitFor({ state: 'detached' });
      await expect.poll(() => panel.locator('.bio-properties-panel-header-type').textContent()).toMatch(/^执行：/);
      expect(await groupTitles()).toEqual(expect.arrayContaining(['模板', '输出：写入流程变量']));
      await expect.poll(() => topicIssue.count()).toBe(0);
      await page.screenshot({ path: path.join(screenshots, 'designer-zh-template.png') });

      // And token simulation's controls are Chinese
      await page.getByTestId('designer-simulation-toggle').click();
      const simulationPalette = canvas.locator('.bts-palette');
      await simulationPalette.waitFor();
      const titles = await simulationPalette.locator('[title]').evaluateAll((elements) => elements.map((element) => element.getAttribute('title')));
      expect(titles).toEqual(expect.arrayContaining(['重置模拟', '播放/暂停模拟', '显示/隐藏模拟日志']));
      // And a simulated run speaks Chinese on the canvas to its end
      const trigger = canvas.locator('.djs-overlays[data-container-id="Start"] .bts-context-pad');
      expect(await trigger.getAttribute('title')).toBe('触发事件');
      await trigger.click();
      await expect.poll(() => canvas.locator('.bts-element-notification').allTextContents(), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringContaining('已完成')]));
      await page.screenshot({ path: path.join(screenshots, 'designer-zh-simulation.png') });
      await page.getByTestId('designer-simulation-toggle').click();
      expect(pageErrors).toEqual([]);
      await page.close();

      // On an English page, the same designer keeps the packages' own English
      const english = await openDesigner(browser, web.url, `${key}-en`, 'en-US');
      const englishCanvas = english.page.getByTestId('designer-canvas');
      expect(await englishCanvas.locator('.djs-palette [data-action="create.start-event"]').getAttribute('aria-label')).toBe('Create start event');
      const englishPanel = english.page.getByTestId('designer-properties');
      await expect.poll(() => englishPanel.locator('.bio-properties-panel-header-type').textContent()).toBe('Process');
      expect(await englishPanel.locator('[data-group-id="group-general"] .bio-properties-panel-group-header-title').textContent()).toBe('General');
      expect(english.pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
