import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { engineRest, waitFor } from '../../../test/support/engine-rest.js';
import { apiCall, demoPassword, signIn, startTestApi, startTestWorker } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Worker = Awaited<ReturnType<typeof startTestWorker>>;

const screenshots = path.resolve(import.meta.dirname, '..', '..', '..', 'test-results', 'screenshots');
/** Borderline outer diameter: the disposition table holds the lot for QA. */
const held = { tubingOuterDiameterIn: 0.1546, leakTestResult: 'pass', supplierApprovalStatus: 'approved', lot: 'LOT-260227-0001' };

describe('the task inbox, against the real api, engine and worker', () => {
  const engine = engineRest(inject('engineUrl'));
  // Business keys are unique per run: the engine's database outlives a run.
  const run = Date.now().toString(36).toUpperCase();
  let api: RunningApi;
  let worker: Worker;
  let web: RunningWeb;

  async function startHeldLot(suffix: string): Promise<{ instanceId: string; taskId: string }> {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey: 'incoming-inspection', businessKey: `GR-${run}-${suffix}`, variables: held });
    expect(started.status).toBe(201);
    const taskId = await waitFor('the QA review task', async () => {
      const page = await apiCall<{ items: Array<{ id: string }> }>(api, 'GET', `/tasks?businessKey=${run}-${suffix}`, undefined, { as: 'qa.li' });
      return page.body.items[0]?.id;
    });
    return { instanceId: started.body.id, taskId };
  }

  async function pageAs(username: string, locale: 'en-US' | 'zh-CN'): Promise<{ page: Page; close(): Promise<void> }> {
    const browser = await launchBrowser();
    const context = await browser.newContext({ locale, viewport: { width: 1440, height: 1000 } });
    await context.addCookies([{ name: 'lotflow_web_session', value: await signIn(api, username), url: web.url }]);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return {
      page,
      async close() {
        await browser.close();
        expect(errors).toEqual([]);
      },
    };
  }

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status);
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/deployments/bundled')).status);
    worker = await startTestWorker();
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await worker?.stop();
    await api?.close();
  });

  it('lists a held lot for QA on the server-rendered page, not for production, and sends strangers to sign in', async () => {
    await startHeldLot('ssr');
    const html = async (username: string) =>
      (await fetch(`${web.url}/inbox?businessKey=${run}-ssr`, { headers: { cookie: `lotflow_web_session=${await signIn(api, username)}`, 'accept-language': 'en' } })).text();
    expect(await html('qa.li')).toMatch(new RegExp(`data-testid="inbox-task-row"[^>]*data-business-key="GR-${run}-ssr"`));
    expect(await html('production.liu')).toContain('data-testid="inbox-empty"');

    const stranger = await fetch(`${web.url}/inbox`, { redirect: 'manual' });
    expect(stranger.status).toBe(307);
    expect(stranger.headers.get('location')).toBe('/login?next=%2Finbox');
  });

  it.runIf(browserAvailable())('in a real browser, QA claims the held lot, gets a field error, signs with a wrong then the right password, and the process moves on', async () => {
    mkdirSync(screenshots, { recursive: true });
    const { instanceId, taskId } = await startHeldLot('e2e');
    const { page, close } = await pageAs('qa.li', 'en-US');
    try {
      await page.goto(`${web.url}/inbox?list=groups&businessKey=${run}-e2e`);
      const row = page.locator(`[data-testid="inbox-task-row"][data-task-id="${taskId}"]`);
      await row.waitFor();
      expect(await row.textContent()).toContain('QA review of held lot');
      await page.screenshot({ path: path.join(screenshots, 'inbox-1-list.png'), fullPage: true });

      await row.getByTestId('inbox-task-link').click();
      await page.getByTestId('task-detail').waitFor();
      // Not claimed yet: the form is there to read, not to fill.
      await page.getByTestId('task-claim-first').waitFor();
      expect(await page.getByTestId('task-signature-required').textContent()).toContain('Disposition decision');
      await page.getByTestId('task-claim').click();
      await page.locator('[data-testid="task-detail"][data-assignee="qa.li"]').waitFor();
      await page.locator('[data-testid="process-diagram"][data-ready="true"]').waitFor({ timeout: 30_000 });

      // The form came from the dictionary type and starts from the process's lot.
      const lotInput = page.locator('[data-testid="record-field"][data-pointer="/lot"] [data-testid="record-input"]');
      expect(await lotInput.inputValue()).toBe('LOT-260227-0001');
      await page.locator('[data-testid="record-field"][data-pointer="/disposition"] [data-testid="record-input"]').selectOption('accept');
      const justification = page.locator('[data-testid="record-field"][data-pointer="/justification"] [data-testid="record-input"]');
      await justification.fill('ok');
      await page.getByTestId('record-form-submit').click();

      // A bad value is caught in the browser, on the field, before anything is signed.
      const fieldError = page.locator('[data-testid="record-field"][data-pointer="/justification"] [data-testid="record-field-error"]');
      await fieldError.waitFor();
      expect(await fieldError.textContent()).toMatch(/10/);
      expect(await page.getByTestId('signature-dialog').count()).toBe(0);
      await page.screenshot({ path: path.join(screenshots, 'inbox-2-field-error.png'), fullPage: true });

      await justification.fill('OD 0.1546 in is inside the gauge R&R band of the supplier certificate.');
      await page.getByTestId('record-form-submit').click();
      const dialog = page.getByTestId('signature-dialog');
      await dialog.waitFor();
      expect(await page.getByTestId('signature-signer').textContent()).toBe('Li Wei / 李伟');
      expect(await page.getByTestId('signature-meaning').textContent()).toBe('Disposition decision');

      await page.getByTestId('signature-password').fill('not-my-password');
      await page.getByTestId('signature-sign').click();
      await page.getByTestId('signature-error').waitFor();
      expect(await page.getByTestId('signature-error').textContent()).toContain('still open');
      await page.screenshot({ path: path.join(screenshots, 'inbox-3-wrong-password.png'), fullPage: true });
      // A wrong password completes nothing.
      expect(await engine.get<{ id: string }>(`/task/${taskId}`)).toMatchObject({ id: taskId });

      await page.getByTestId('signature-password').fill(demoPassword);
      await page.getByTestId('signature-sign').click();
      await page.getByTestId('task-completed').waitFor();
      const code = (await page.getByTestId('task-completed-record').textContent()) ?? '';
      expect(code).toMatch(/^QD-\d{6}-\d{4}$/);
      expect(await page.getByTestId('task-completed-signature').textContent()).toMatch(/Signed by Li Wei \/ 李伟 on .+ — Disposition decision/);
      await page.screenshot({ path: path.join(screenshots, 'inbox-4-signed.png'), fullPage: true });

      // The process moved on: QA accepted, so it ended on the accepted path with the decision's code.
      const ended = await waitFor('the instance to end', async () => {
        const instance = await engine.get<{ state: string }>(`/history/process-instance/${instanceId}`);
        return instance.state === 'COMPLETED' ? instance : undefined;
      });
      expect(ended.state).toBe('COMPLETED');
      const decision = await apiCall<{ values: { disposition: string }; signatures: Array<{ printedName: string; state: string }> }>(api, 'GET', `/records/inspection-decision/${code}`);
      expect(decision.body.values.disposition).toBe('accept');
      expect(decision.body.signatures).toEqual([expect.objectContaining({ printedName: 'Li Wei / 李伟', state: 'valid' })]);
    } finally {
      await close();
    }
  });

  it.runIf(browserAvailable())('in Chinese, the inbox and a task read in Chinese, hands the task to a colleague and keeps a comment and a due date', async () => {
    const { taskId } = await startHeldLot('zh');
    const { page, close } = await pageAs('qa.li', 'zh-CN');
    try {
      await page.goto(`${web.url}/inbox?businessKey=${run}-zh`);
      await page.locator(`[data-testid="inbox-task-row"][data-task-id="${taskId}"]`).waitFor();
      expect(await page.getByTestId('inbox-list-groups').textContent()).toContain('小组待认领');
      await page.screenshot({ path: path.join(screenshots, 'inbox-5-list-zh.png'), fullPage: true });

      await page.goto(`${web.url}/inbox/${taskId}`);
      await page.getByTestId('task-detail').waitFor();
      const message = page.getByTestId('task-message');
      await page.getByTestId('task-comment-text').fill('已请实验室复测外径。');
      await page.getByTestId('task-comment-add').click();
      await page.getByTestId('task-comments').getByText('已请实验室复测外径。').waitFor();

      await page.getByTestId('task-due').fill('2026-12-01T17:00');
      await page.getByTestId('task-save-dates').click();
      await page.locator('[data-testid="task-message"]').filter({ hasText: '日期已保存' }).waitFor();

      await page.getByTestId('task-assignee').selectOption('mrb.zhao');
      await page.getByTestId('task-assign').click();
      await page.locator('[data-testid="task-detail"][data-assignee="mrb.zhao"]').waitFor();
      expect(await message.textContent()).toContain('mrb.zhao');
      await page.screenshot({ path: path.join(screenshots, 'inbox-6-task-zh.png'), fullPage: true });

      const detail = await apiCall<{ assignee: string; due: string; comments: Array<{ text: string }> }>(api, 'GET', `/tasks/${taskId}`, undefined, { as: 'mrb.zhao' });
      expect(detail.body).toMatchObject({ assignee: 'mrb.zhao', due: '2026-12-01T09:00:00.000Z', comments: [{ text: '已请实验室复测外径。' }] });
    } finally {
      await close();
    }
  });
});
