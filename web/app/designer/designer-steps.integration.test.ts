import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { engineRest } from '../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../test/support/single-task-process.js';
import { apiCall, demoPassword, startTestApi } from '../../../test/support/start-services.js';
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

describe('low-code steps and Lotflow lint in the designer, against the real api and engine', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;
  let web: RunningWeb;
  const key = `steps-e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    api = await startTestApi();
    await apiCall(api, 'POST', '/rule-tables/bundled/publish');
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it.runIf(browserAvailable())('an analyst turns a service task that names no step into "Evaluate: Incoming inspection disposition", and it deploys with its topic and rule table', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
      page.on('dialog', (dialog) => void dialog.accept());
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given an analyst on a new model whose steps and lint context have loaded
      await page.goto(`${web.url}/designer/${key}`);
      await page.getByTestId('login-username').fill('analyst.chen');
      await page.getByTestId('login-password').fill(demoPassword);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(`${web.url}/designer/${key}`);
      await page.locator('[data-testid="designer"][data-ready="true"][data-steps-ready="true"]').waitFor();
      const canvas = page.getByTestId('designer-canvas');

      // With nothing selected, the Steps button says what to do first
      expect(await messageAfter(page, () => page.getByTestId('designer-steps').click())).toBe('Select a task on the canvas first, then choose its step.');

      // When they bring in a model drawn elsewhere whose service task names no step
      const drawn = singleTaskProcess({ id: key, topic: 'unused' }).content.replace(' camunda:type="external" camunda:topic="unused"', '');
      await messageAfter(page, () => page.getByTestId('designer-import').setInputFiles({ name: `${key}.bpmn`, mimeType: 'application/xml', buffer: Buffer.from(drawn) }));
      const taskId = 'Task_Work';
      const task = canvas.locator(`.djs-shape[data-element-id="${taskId}"]`);
      await task.waitFor();
      await task.locator('.djs-hit').click();

      // Then Lotflow's lint marks it on the canvas: a service task no worker would take
      const topicIssue = canvas.locator(`.djs-overlays[data-container-id="${taskId}"] [data-rule="lotflow/service-task-topic"]`);
      await expect.poll(() => topicIssue.count()).toBe(1);
      expect(await topicIssue.textContent()).toContain('Service task has no step');
      await canvas.locator(`.djs-overlays[data-container-id="${taskId}"] .bjsl-overlay`).hover();
      await page.screenshot({ path: path.join(screenshots, 'designer-steps-lint.png') });

      // When they press "Select" in the properties panel, search, and pick the table's step
      await page.getByTestId('designer-tab-properties').click();
      await page.locator('[data-testid="designer-properties"] .bio-properties-panel-select-template-button').click();
      const chooser = page.getByTestId('designer-step-chooser');
      await chooser.waitFor();
      await page.getByTestId('designer-step-search').fill('incoming disposition');
      const step = chooser.locator('[data-testid="designer-step"][data-template-id="lotflow.rule-table.incoming-inspection-disposition"]');
      expect(await step.textContent()).toContain('Evaluate: Incoming inspection disposition');
      // The search narrows the list to steps with both words (other tests' copies of the table may match too).
      for (const shown of await chooser.locator('[data-testid="designer-step"]').allTextContents()) expect(shown).toMatch(/incoming[\s\S]*disposition/i);
      await page.screenshot({ path: path.join(screenshots, 'designer-steps-chooser.png') });
      const applied = await messageAfter(page, () => step.click());
      expect(applied).toBe('Work now runs the step “Evaluate: Incoming inspection disposition”.');

      // Then the lint mark is gone — but for the reminder that "no decision" is not caught yet —
      // and the panel shows the step and its outputs
      await expect.poll(() => topicIssue.count()).toBe(0);
      const marks = canvas.locator(`.djs-overlays[data-container-id="${taskId}"] [data-rule]`);
      expect(await marks.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-rule')))).toEqual(['lotflow/step-errors-caught']);
      const panel = page.getByTestId('designer-properties');
      await expect.poll(() => panel.textContent()).toContain('Evaluate: Incoming inspection disposition');
      await panel.getByText('Outputs: written as process variables').click();
      await panel.getByText('Disposition · disposition (string: reject | hold | accept)').waitFor();
      await panel.getByText('Reason · dispositionReason', { exact: false }).waitFor();
      await page.screenshot({ path: path.join(screenshots, 'designer-steps-applied.png') });

      // And it saves clean, publishes and deploys
      expect(await messageAfter(page, () => page.getByTestId('designer-save').click())).toBe('Draft saved. Nothing blocks publishing.');
      await page.getByTestId('designer-publish').click();
      await page.getByTestId('designer-reason-input').fill('Disposition by the bundled rule table');
      expect(await messageAfter(page, () => page.getByTestId('designer-reason-confirm').click())).toBe('Version 1 published.');
      expect(await messageAfter(page, () => page.getByTestId('designer-deploy').click())).toBe('Version 1 deployed to the process engine.');

      // And the engine runs the task as the rule-table topic with its table as input
      const { bpmn20Xml } = await engine.get<{ bpmn20Xml: string }>(`/process-definition/key/${key}/xml`);
      expect(bpmn20Xml).toMatch(new RegExp(`<bpmn:serviceTask id="${taskId}"[^>]*camunda:type="external"`));
      expect(bpmn20Xml).toContain('camunda:topic="lotflow.evaluate-rule-set"');
      expect(bpmn20Xml).toContain('<camunda:inputParameter name="ruleSet">incoming-inspection-disposition</camunda:inputParameter>');
      expect(bpmn20Xml).toContain('<camunda:outputParameter name="disposition">${execution.getVariable("disposition")}</camunda:outputParameter>');
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
