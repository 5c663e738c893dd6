import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../../../test/support/browser.js';
import { apiCall, demoPassword, startTestApi, webSessionCookie } from '../../../test/support/start-services.js';
import { startTestWeb, type RunningWeb } from '../../../test/support/start-web.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const repository = path.resolve(import.meta.dirname, '..', '..', '..');
const screenshots = path.join(repository, 'test-results', 'screenshots');
const bundled = JSON.parse(readFileSync(path.join(repository, 'rules', 'rule-tables', 'incoming-inspection-disposition.json'), 'utf8')) as Record<string, unknown>;

async function signInAt(page: Page, url: string, username: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(demoPassword);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(url);
}

/** The editor once the analysis has caught up with the last edit and no call is running. */
async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="rule-table-editor"][data-analysing="false"][data-busy=""]').waitFor({ timeout: 60_000 });
}

/** The status line once an action has finished: a message newer than the one before. */
async function messageAfter(page: Page, action: () => Promise<void>): Promise<string> {
  const message = page.getByTestId('rule-table-message');
  const sequence = async () => Number((await message.getAttribute('data-sequence', { timeout: 100 }).catch(() => null)) ?? 0);
  const before = await sequence();
  await action();
  await expect.poll(sequence, { timeout: 60_000 }).toBeGreaterThan(before);
  await settled(page);
  return (await message.textContent()) ?? '';
}

const issueCodes = async (row: Locator) => ((await row.getAttribute('data-issue-codes')) ?? '').split(' ');

describe('the rule table editor, against the real api', () => {
  let api: RunningApi;
  let web: RunningWeb;
  // A copy of the bundled table under a key of its own: the test database outlives a run, and published versions are immutable.
  const key = `incoming-e2e-${Date.now().toString(36)}`;

  beforeAll(async () => {
    api = await startTestApi();
    const analyst = { as: 'analyst.chen' };
    expect((await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: { ...bundled, $schema: undefined, key } }, analyst)).status).toBe(200);
    expect((await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'Copy of the bundled incoming inspection table', signature: { password: demoPassword, meaning: 'rule-publication' } }, analyst)).status).toBe(201);
    // The dictionary types and demo records, for columns typed from the dictionary and the bench's record picker.
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    web = await startTestWeb(api.url);
  });

  afterAll(async () => {
    await web?.close();
    await api?.close();
  });

  it('lists the tables with their version, and offers a new table to analysts only', async () => {
    const asAnalyst = await (await fetch(`${web.url}/rule-tables`, { headers: { cookie: await webSessionCookie(api, 'analyst.chen'), 'accept-language': 'en' } })).text();
    expect(asAnalyst).toMatch(new RegExp(`data-testid="rule-table-row" data-key="${key}" data-latest-version="1"`));
    expect(asAnalyst).toContain('Incoming inspection disposition');
    expect(asAnalyst).toContain('data-testid="rule-tables-new-form"');

    const asQa = await (await fetch(`${web.url}/rule-tables`, { headers: { cookie: await webSessionCookie(api, 'qa.li'), 'accept-language': 'zh-CN' } })).text();
    expect(asQa).toContain('来料检验处置');
    expect(asQa).toContain('data-testid="rule-tables-read-only"');
    expect(asQa).not.toContain('data-testid="rule-tables-new-form"');
  });

  it('sends a visitor who has not signed in to the sign-in page, and refuses a key the api would refuse', async () => {
    const response = await fetch(`${web.url}/rule-tables/${key}`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/rule-tables/${key}`)}`);
    const invalid = await fetch(`${web.url}/rule-tables/Not_A_Key`, { headers: { cookie: await webSessionCookie(api, 'analyst.chen') } });
    expect(invalid.status).toBe(404);
  });

  it.runIf(browserAvailable())('in a real browser, an analyst makes two rules overlap, sees it flagged, fixes it, tests a lot and publishes', async () => {
    mkdirSync(screenshots, { recursive: true });
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1600, height: 1000 } });
      page.on('dialog', (dialog) => void dialog.accept());
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given an analyst on the copied table, analysed
      await signInAt(page, `${web.url}/rule-tables/${key}`, 'analyst.chen');
      await settled(page);
      expect(await page.getByTestId('rule-table-state').textContent()).toBe('Version 1');
      const inSpecification = page.locator('[data-testid="rule-row"][data-row-id="within-specification"]');
      const nearLimit = page.locator('[data-testid="rule-row"][data-row-id="outer-diameter-near-limit"]');
      expect(await issueCodes(inSpecification)).not.toContain('overlapping-rows');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-editor.png') });

      // When they widen the in-specification diameter range down into the near-limit band, typing it
      const diameter = inSpecification.locator('[data-testid="rule-cell"][data-input-id="tubingOuterDiameter"]');
      await diameter.click();
      await page.keyboard.press('Enter');
      const text = page.getByTestId('rule-cell-input');
      await text.waitFor();
      expect(await page.getByTestId('rule-cell-low').inputValue()).toBe('0.146');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('[0.145..0.154]');
      await page.keyboard.press('Enter');
      expect(await diameter.textContent()).toBe('[0.145..0.154]');

      // Then, without saving, both rows are flagged with the sentence that explains the overlap
      await expect.poll(() => issueCodes(inSpecification), { timeout: 30_000 }).toContain('overlapping-rows');
      await settled(page);
      const explanation = page.locator('[data-testid="rule-row-issues"][data-row-id="within-specification"] [data-testid="rule-row-issue"][data-code="overlapping-rows"]');
      expect(await explanation.textContent()).toContain('Row 6 (within-specification) overlaps row 5 (outer-diameter-near-limit) where tubingOuterDiameter in [0.145..0.146[');
      expect(await diameter.getAttribute('data-issue-severity')).toBe('info');
      expect(await nearLimit.locator('[data-testid="rule-cell"][data-input-id="tubingOuterDiameter"]').getAttribute('data-issue-severity')).toBe('info');
      await page.getByTestId('rule-tab-issues').click();
      const listed = page.locator('[data-testid="rule-issue"][data-row-ids="within-specification outer-diameter-near-limit"]');
      expect(await listed.textContent()).toContain('Overlapping rules');
      expect(await page.getByTestId('rule-table-editor').getAttribute('data-dirty')).toBe('true');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-overlap.png') });

      // And Ctrl+Z takes the edit back, the flag with it; the redo button brings both back
      await page.getByTestId('rule-grid').focus();
      await page.keyboard.press('Control+z');
      expect(await diameter.textContent()).toBe('[0.146..0.154]');
      await settled(page);
      expect(await issueCodes(inSpecification)).not.toContain('overlapping-rows');
      await page.getByTestId('rule-redo').click();
      await settled(page);
      expect(await issueCodes(inSpecification)).toContain('overlapping-rows');

      // An enum cell offers its values as a pick-list; Escape leaves the cell as it was
      const supplier = page.locator('[data-testid="rule-row"][data-row-id="supplier-not-approved"] [data-testid="rule-cell"][data-input-id="supplierApprovalStatus"]');
      await supplier.click();
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="rule-cell-option"][data-value="conditional"]').check();
      expect(await text.inputValue()).toBe('"conditional", "blocked", "expired"');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-pick-list.png') });
      await text.press('Escape');
      expect(await supplier.textContent()).toBe('"blocked", "expired"');

      // When they fix it with the range editor's lower bound, the flag goes away
      await diameter.dblclick();
      await page.getByTestId('rule-cell-low').fill('0.146');
      expect(await text.inputValue()).toBe('[0.146..0.154]');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-range.png') });
      await page.getByTestId('rule-cell-low').press('Enter');
      await settled(page);
      expect(await issueCodes(inSpecification)).not.toContain('overlapping-rows');
      expect(await page.locator('[data-testid="rule-row-issues"][data-row-id="within-specification"]').count()).toBe(0);
      expect(await listed.count()).toBe(0);

      // And rename the table for the release note
      await page.getByTestId('rule-table-name-en').fill('Incoming inspection disposition (PVC tubing)');
      await page.getByTestId('rule-table-name-en').press('Tab');
      await settled(page);

      // When they test a tube 0.1546 in across, leak-tight, from an approved supplier
      await page.getByTestId('rule-tab-bench').click();
      await page.locator('[data-testid="rule-bench-fact"][data-input-id="tubingOuterDiameter"]').fill('0.1546');
      await page.locator('[data-testid="rule-bench-fact"][data-input-id="leakTestResult"]').selectOption('pass');
      await page.locator('[data-testid="rule-bench-fact"][data-input-id="supplierApprovalStatus"]').selectOption('approved');
      expect(await messageAfter(page, () => page.getByTestId('rule-bench-run').click())).toBe('Tested: see the outputs and each rule\'s explanation on the test bench.');

      // Then it is held for being near the limit, and each rule says why it did or did not match
      const outputs = page.getByTestId('rule-bench-outputs');
      expect(await outputs.locator('dd[data-output-name="disposition"]').textContent()).toBe('hold');
      expect(await outputs.locator('dd[data-output-name="dispositionReason"]').textContent()).toBe('outer-diameter-near-limit');
      const step = (rowId: string) => page.locator(`[data-testid="rule-bench-step"][data-row-id="${rowId}"]`);
      expect(await step('outer-diameter-near-limit').getAttribute('data-matched')).toBe('true');
      expect(await step('outer-diameter-near-limit').textContent()).toContain('matched and decided');
      expect(await step('leak-test-failed').textContent()).toContain('did not match: Leak test result is pass, which "fail" does not allow');
      expect(await step('within-specification').textContent()).toContain('Tubing outer diameter (in) is 0.1546, which [0.146..0.154] does not allow');
      expect(await nearLimit.getAttribute('data-bench')).toBe('decided');
      expect(await page.getByTestId('rule-table-state').textContent()).toBe('Draft');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-bench.png') });

      // When they publish with a reason
      await page.getByTestId('rule-publish').click();
      await page.getByTestId('rule-table-publish-reason').fill('Name says which material the limits are for');
      // Publishing is signed: a wrong password publishes nothing and keeps the dialog open
      await page.getByTestId('rule-table-publish-password').fill('not-my-password');
      await page.getByTestId('rule-table-publish-confirm').click();
      await page.getByTestId('rule-table-publish-signature-error').waitFor();
      expect((await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`)).body.version).toBe(1);
      await page.getByTestId('rule-table-publish-password').fill(demoPassword);
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-publish-dialog.png') });
      expect(await messageAfter(page, () => page.getByTestId('rule-table-publish-confirm').click())).toBe('Version 2 published.');

      // Then version 2 is in force, with the reason, and version 1 superseded
      expect(await page.getByTestId('rule-table-latest-version').getAttribute('data-version')).toBe('2');
      const published = page.locator('[data-testid="rule-version"][data-version="2"]');
      expect(await published.getAttribute('data-status')).toBe('published');
      expect(await published.textContent()).toContain('Name says which material the limits are for');
      expect(await published.getByTestId('rule-version-signature').textContent()).toMatch(/Signed by Chen Jing \/ 陈静 on .+ — Rule table approved for use/);
      expect(await page.locator('[data-testid="rule-version"][data-version="1"]').getAttribute('data-status')).toBe('superseded');

      // And comparing version 1 with 2 shows the one change
      await page.getByTestId('rule-diff-from').selectOption('1');
      await page.getByTestId('rule-diff-to').selectOption('2');
      await page.getByTestId('rule-diff-compare').click();
      const change = page.locator('[data-testid="rule-diff-change"]');
      await change.first().waitFor();
      expect(await change.count()).toBe(1);
      expect(await change.getAttribute('data-path')).toBe('/name/en');
      expect(await change.textContent()).toContain('Incoming inspection disposition (PVC tubing)');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-history.png') });
      expect((await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`)).body.content.name.en).toBe('Incoming inspection disposition (PVC tubing)');

      // When they export version 2 as CSV and read the file back in, it becomes the draft, unchanged
      await page.getByTestId('rule-transfer-format').selectOption('csv');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rule-export').click()]);
      expect(download.suggestedFilename()).toBe(`${key}-v2.csv`);
      const csv = readFileSync((await download.path())!);
      expect(csv.toString('utf8')).toContain('[0.146..0.154]');
      const imported = await messageAfter(page, () =>
        page.getByTestId('rule-import').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: csv }),
      );
      expect(imported).toBe(`${key}-v2.csv read into the draft.`);
      expect(await page.getByTestId('rule-table-state').textContent()).toBe('Draft');
      expect(await page.locator('[data-testid="rule-version"][data-version="0"]').getAttribute('data-status')).toBe('draft');
      const draft = await apiCall(api, 'GET', `/rule-tables/${key}/versions/draft`);
      expect(draft.body.contentHash).toBe((await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`)).body.contentHash);

      // When they roll back to version 1 with a reason, its table is in force again as version 3
      await page.locator('[data-testid="rule-version"][data-version="1"]').getByTestId('rule-version-rollback').click();
      await page.getByTestId('rule-table-publish-reason').fill('The old name is the one on the inspection plan');
      await page.getByTestId('rule-table-publish-password').fill(demoPassword);
      expect(await messageAfter(page, () => page.getByTestId('rule-table-publish-confirm').click())).toBe('Version 3 published with the table of version 1.');
      expect(await page.getByTestId('rule-table-latest-version').getAttribute('data-version')).toBe('3');
      expect(await page.getByTestId('rule-table-state').textContent()).toBe('Version 3');
      expect(await page.getByTestId('rule-table-name-en').inputValue()).toBe('Incoming inspection disposition');
      expect(await page.locator('[data-testid="rule-version"][data-version="3"]').textContent()).toContain('Rolled back to version 1');
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it.runIf(browserAvailable())('in a real browser, an analyst builds a new table on a dictionary fact and tests it with a record', async () => {
    const browser = await launchBrowser();
    const newKey = `lot-release-e2e-${Date.now().toString(36)}`;
    try {
      const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1600, height: 1000 } });
      page.on('dialog', (dialog) => void dialog.accept());
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      // Given an analyst who creates a table from the list
      await signInAt(page, `${web.url}/rule-tables`, 'analyst.chen');
      await page.locator(`[data-testid="rule-table-row"][data-key="${key}"]`).waitFor();
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-list.png'), fullPage: true });
      await page.getByTestId('rule-tables-new-key').fill(newKey);
      await page.getByTestId('rule-tables-new-submit').click();
      await page.waitForURL(`${web.url}/rule-tables/${newKey}`);
      await settled(page);
      expect(await page.getByTestId('rule-table-state').textContent()).toBe('New · not saved yet');

      // When they add an input reading the inspection lot's status, the dictionary types it
      await page.getByTestId('rule-add-input').click();
      await page.getByTestId('rule-column-expression').fill('inspectionLot.status');
      expect(await page.getByTestId('rule-column-dictionary-hint').textContent()).toBe('From the dictionary: Inspection lot · Status. Type and values follow it.');
      expect(await page.getByTestId('rule-column-values').inputValue()).toBe('"open", "in-progress", "passed", "failed"');
      expect(await page.getByTestId('rule-column-name').inputValue()).toBe('status');
      expect(await page.getByTestId('rule-column-label-zh').inputValue()).toBe('状态');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-column-dialog.png') });
      await page.getByTestId('rule-column-confirm').click();

      // And drop the blank input, and make the output a release decision
      await page.locator('[data-testid="rule-input-header"][data-input-id="input1"]').getByTestId('rule-column-delete').click();
      await page.locator('[data-testid="rule-output-header"][data-output-name="output1"]').getByTestId('rule-column-edit').click();
      await page.getByTestId('rule-column-name').fill('releaseDecision');
      await page.getByTestId('rule-column-label-en').fill('Release decision');
      await page.getByTestId('rule-column-label-zh').fill('放行决定');
      await page.getByTestId('rule-column-values').fill('"release", "hold"');
      await page.getByTestId('rule-column-confirm').click();
      const headers = await page.getByTestId('rule-input-header').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-input-id')));
      expect(headers).toEqual(['status']);

      // Then the empty output, which is no allowed value, is an error on its cell
      const firstOutput = page.locator('[data-testid="rule-row"][data-row-id="rule-1"] [data-testid="rule-output-cell"][data-output-name="releaseDecision"]');
      await settled(page);
      expect(await firstOutput.getAttribute('data-issue-severity')).toBe('error');
      expect(await page.getByTestId('rule-publish').isDisabled()).toBe(true);

      // When rule 1 releases passed lots and a new rule 2 holds the rest
      await page.locator('[data-testid="rule-row"][data-row-id="rule-1"] [data-testid="rule-cell"][data-input-id="status"]').click();
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="rule-cell-option"][data-value="passed"]').check();
      await page.getByTestId('rule-cell-input').press('Tab');
      await page.keyboard.press('Enter');
      await page.getByTestId('rule-output-input').selectOption('release');
      await page.getByTestId('rule-output-input').press('Enter');
      await page.getByTestId('rule-add-row').click();
      await page.locator('[data-testid="rule-row"][data-row-id="rule-2"] [data-testid="rule-cell"][data-input-id="status"]').dblclick();
      await page.getByTestId('rule-cell-input').fill('not("passed")');
      await page.getByTestId('rule-cell-input').press('Tab');
      await page.keyboard.press('Enter');
      await page.getByTestId('rule-output-input').selectOption('hold');
      await page.getByTestId('rule-output-input').press('Enter');

      // Then the analysis finds nothing to fix
      await settled(page);
      expect(await page.getByTestId('rule-table-analysis').textContent()).toBe('No overlaps, gaps or type problems found.');

      // When they test it with the inspection lot that passed
      await page.getByTestId('rule-tab-bench').click();
      await page.getByTestId('rule-bench-record').selectOption('IL-260227-001');
      expect(await page.locator('[data-testid="rule-bench-fact"][data-input-id="status"]').inputValue()).toBe('passed');
      expect(await messageAfter(page, () => page.getByTestId('rule-bench-run').click())).toContain('Tested');
      expect(await page.locator('[data-testid="rule-bench-outputs"] dd[data-output-name="releaseDecision"]').textContent()).toBe('release');
      expect(await page.getByTestId('rule-table-state').textContent()).toBe('Draft');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-new-table.png') });

      const draft = await apiCall(api, 'GET', `/rule-tables/${newKey}/versions/draft`);
      expect(draft.body.content.inputs).toEqual([
        { id: 'status', label: { en: 'Status', 'zh-CN': '状态' }, expression: 'inspectionLot.status', type: 'string', enum: ['open', 'in-progress', 'passed', 'failed'] },
      ]);
      expect(draft.body.content.rows.map((row: { cells: string[]; outputs: object }) => [row.cells, row.outputs])).toEqual([
        [['"passed"'], { releaseDecision: 'release' }],
        [['not("passed")'], { releaseDecision: 'hold' }],
      ]);
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it.runIf(browserAvailable())('in Chinese, a QA engineer reads the table and tests it, but cannot change it', async () => {
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 }, extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));

      await signInAt(page, `${web.url}/rule-tables/${key}`, 'qa.li');
      await settled(page);
      expect(await page.getByTestId('rule-table-read-only').textContent()).toBe('您可以查看和测试规则表；修改规则表需要分析员角色。');
      expect(await page.locator('[data-testid="rule-input-header"][data-input-id="tubingOuterDiameter"]').textContent()).toContain('管路外径（英寸）');
      expect(await page.getByTestId('rule-save').count()).toBe(0);
      expect(await page.getByTestId('rule-import').count()).toBe(0);

      // The notes the table had when opened wait behind each row's badge
      const leakRow = page.locator('[data-testid="rule-row"][data-row-id="leak-test-failed"]');
      expect(await page.getByTestId('rule-row-issues').count()).toBe(0);
      await leakRow.getByTestId('rule-row-issue-badge').click();
      expect(await page.locator('[data-testid="rule-row-issues"][data-row-id="leak-test-failed"]').textContent()).toContain('第 2 行（supplier-not-approved）与第 1 行（leak-test-failed）重叠');

      // Enter does not open a cell for editing
      await page.locator('[data-testid="rule-row"][data-row-id="leak-test-failed"] [data-testid="rule-cell"][data-input-id="leakTestResult"]').click();
      await page.keyboard.press('Enter');
      expect(await page.getByTestId('rule-cell-editor').count()).toBe(0);

      // The test bench decides with the version in force
      await page.getByTestId('rule-tab-bench').click();
      await page.locator('[data-testid="rule-bench-fact"][data-input-id="tubingOuterDiameter"]').fill('0.150');
      await page.locator('[data-testid="rule-bench-fact"][data-input-id="leakTestResult"]').selectOption('fail');
      await page.locator('[data-testid="rule-bench-fact"][data-input-id="supplierApprovalStatus"]').selectOption('approved');
      await page.getByTestId('rule-bench-run').click();
      await page.getByTestId('rule-bench-result').waitFor();
      expect(await page.locator('[data-testid="rule-bench-outputs"] dd[data-output-name="disposition"]').textContent()).toBe('reject');
      expect(await page.locator('[data-testid="rule-bench-step"][data-row-id="leak-test-failed"]').textContent()).toContain('匹配并作出判定');
      await page.screenshot({ path: path.join(screenshots, 'rule-tables-read-only-zh-CN.png') });
      expect(pageErrors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
