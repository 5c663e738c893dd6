import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signIn, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const key = `tensile-${Date.now()}`;
const table = {
  key,
  name: { en: 'Tensile test disposition', 'zh-CN': '拉伸试验判定' },
  hitPolicy: 'UNIQUE',
  inputs: [{ id: 'force', label: { en: 'Tensile force', 'zh-CN': '拉力' }, expression: 'tensileForceN', type: 'number' }],
  outputs: [{ name: 'result', label: { en: 'Result', 'zh-CN': '结果' }, type: 'string', enum: ['pass', 'fail'] }],
  rows: [
    { id: 'strong-enough', cells: ['>= 15'], outputs: { result: 'pass' } },
    { id: 'too-weak', cells: ['< 15'], outputs: { result: 'fail' } },
  ],
};

describe('rule tables through the api', () => {
  let api: RunningApi;
  const analyst = { as: 'analyst.chen' };

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses to publish a table with a broken cell, naming row and column, and publishes nothing', async () => {
    const broken = { ...table, rows: [{ ...table.rows[0]!, cells: ['[15..'] }, table.rows[1]] };
    const saved = await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: broken }, analyst);
    expect(saved.status).toBe(200);
    expect(saved.body.issues).toEqual([expect.objectContaining({ pointer: '/rows/0/cells/0' })]);

    const published = await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'first version', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, analyst);
    expect(published.status).toBe(400);
    expect(published.body.errors).toEqual([expect.objectContaining({ pointer: '/body/content/rows/0/cells/0' })]);
    expect((await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`)).status).toBe(404);
  });

  it('publishes a rule table only with the electronic signature of the analyst, shown with the version it approved', async () => {
    const signedKey = `${key}-signed`;
    await apiCall(api, 'PUT', `/rule-tables/${signedKey}/draft`, { content: { ...table, key: signedKey } }, analyst);

    const unsigned = await apiCall(api, 'POST', `/rule-tables/${signedKey}/publish`, { reason: 'tensile limit' }, analyst);
    expect(unsigned.status).toBe(400);
    expect(unsigned.body.errors).toEqual([expect.objectContaining({ pointer: '/body/signature' })]);

    const wrong = await apiCall(api, 'POST', `/rule-tables/${signedKey}/publish`, { reason: 'tensile limit', signature: { password: 'guess', meaning: 'rule-publication' } }, analyst);
    expect(wrong.status).toBe(403);
    expect(wrong.body.type).toMatch(/signature-rejected$/);
    expect((await apiCall(api, 'GET', `/rule-tables/${signedKey}/versions/latest`)).status).toBe(404);

    const signed = await apiCall(api, 'POST', `/rule-tables/${signedKey}/publish`, { reason: 'tensile limit', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, analyst);
    expect(signed.status).toBe(201);
    const versions = await apiCall(api, 'GET', `/rule-tables/${signedKey}/versions`);
    expect(versions.body.items[0]).toMatchObject({
      version: 1,
      signatures: [expect.objectContaining({ printedName: 'Chen Jing / 陈静', meaning: 'rule-publication', subjectVersion: 1, state: 'valid' })],
    });
  });

  it('evaluates a published table on the test bench, explaining each row', async () => {
    await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: table }, analyst);
    expect((await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'ISO 8536-4 tensile limit', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, analyst)).status).toBe(201);

    const bench = await apiCall(api, 'POST', `/rule-tables/${key}/evaluate`, { facts: { tensileForceN: 14.2 } }, { as: 'qa.li' });

    expect(bench.status).toBe(200);
    expect(bench.body).toMatchObject({
      version: 1,
      decision: {
        kind: 'single',
        matched: true,
        rowId: 'too-weak',
        outputs: { result: 'fail' },
        explanation: [
          { rowId: 'strong-enough', matched: false, failedCell: { columnIndex: 0, cell: '>= 15', factValue: 14.2 } },
          { rowId: 'too-weak', matched: true },
        ],
      },
    });
  });

  it('answers facts of the wrong type with a 4xx naming the fact', async () => {
    const bench = await apiCall(api, 'POST', `/rule-tables/${key}/evaluate`, { facts: { tensileForceN: 'strong' } });
    expect(bench.status).toBe(400);
    expect(bench.body.errors).toEqual([expect.objectContaining({ pointer: '/body/facts/tensileForceN' })]);
  });

  it('refuses to publish overlapping rows under UNIQUE, naming both rows; the test bench shows the clash on the draft', async () => {
    const overlapping = { ...table, key: `${key}-overlap`, rows: [table.rows[0], { ...table.rows[1]!, cells: ['<= 15'] }] };
    const saved = await apiCall(api, 'PUT', `/rule-tables/${key}-overlap/draft`, { content: overlapping }, analyst);
    expect(saved.body.issues).toContainEqual(
      expect.objectContaining({ keyword: 'overlapping-rows', severity: 'error', message: expect.stringMatching(/^Row 2 \(too-weak\) overlaps row 1 \(strong-enough\)/) }),
    );
    const published = await apiCall(api, 'POST', `/rule-tables/${key}-overlap/publish`, { reason: 'overlap on purpose', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, analyst);
    expect(published.status).toBe(400);
    expect(published.body.detail).toContain('overlaps');

    const bench = await apiCall(api, 'POST', `/rule-tables/${key}-overlap/evaluate`, { facts: { tensileForceN: 15 }, version: 'draft' });
    expect(bench.status).toBe(409);
    expect(bench.body.detail).toContain('UNIQUE');
  });

  it('analyses a table that is not saved, naming every row and input of an overlap in both languages, and saves nothing', async () => {
    const analyseKey = `${key}-analyse`;
    const overlapping = { ...table, key: analyseKey, rows: [table.rows[0], { ...table.rows[1]!, cells: ['<= 15'] }] };

    const analysed = await apiCall(api, 'POST', '/rule-tables/analyse', { content: overlapping }, { as: 'qa.li' });

    expect(analysed.status).toBe(200);
    expect(analysed.body.issues).toContainEqual(
      expect.objectContaining({
        code: 'overlapping-rows',
        severity: 'error',
        rowIds: ['too-weak', 'strong-enough'],
        columnIds: ['force'],
        message: { en: expect.stringMatching(/^Row 2 \(too-weak\) overlaps row 1/), 'zh-CN': expect.stringContaining('第 2 行') },
        witness: expect.objectContaining({ facts: { tensileForceN: 15 } }),
      }),
    );
    expect((await apiCall(api, 'GET', `/rule-tables/${analyseKey}/versions`)).status).toBe(404);
  });

  it('analyses a table whose cell does not parse, placing the problem on its row and input', async () => {
    const broken = { ...table, rows: [{ ...table.rows[0]!, cells: ['[15..'] }, table.rows[1]] };
    const analysed = await apiCall(api, 'POST', '/rule-tables/analyse', { content: broken });
    expect(analysed.body.issues).toEqual([
      expect.objectContaining({ code: 'table-invalid', severity: 'error', pointer: '/rows/0/cells/0', rowIds: ['strong-enough'], columnIds: ['force'] }),
    ]);

    const notATable = await apiCall(api, 'POST', '/rule-tables/analyse', { content: 'rows' });
    expect(notATable.status).toBe(400);
    expect(notATable.body.errors).toEqual([expect.objectContaining({ pointer: '/body/content' })]);
  });

  it('answers a test of a draft whose cells do not parse with 409 saying what to fix', async () => {
    const brokenKey = `${key}-broken`;
    const broken = { ...table, key: brokenKey, rows: [{ ...table.rows[0]!, cells: ['[15..'] }, table.rows[1]] };
    await apiCall(api, 'PUT', `/rule-tables/${brokenKey}/draft`, { content: broken }, analyst);
    const bench = await apiCall(api, 'POST', `/rule-tables/${brokenKey}/evaluate`, { facts: { tensileForceN: 15 }, version: 'draft' });
    expect(bench.status).toBe(409);
    expect(bench.body.detail).toContain('/rows/0/cells/0');
  });

  it('warns about a gap without blocking publication', async () => {
    const gappy = { ...table, key: `${key}-gap`, rows: [table.rows[0]] };
    const saved = await apiCall(api, 'PUT', `/rule-tables/${key}-gap/draft`, { content: gappy }, analyst);
    expect(saved.body.issues).toContainEqual(expect.objectContaining({ keyword: 'gap', severity: 'warning' }));
    expect((await apiCall(api, 'POST', `/rule-tables/${key}-gap/publish`, { reason: 'only passes are decided here', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, analyst)).status).toBe(201);
  });

  it('exports a version as Excel and CSV, and imports them back into a draft with the same content', async () => {
    for (const format of ['xlsx', 'csv', 'dmn&target=dmn-1.3']) {
      const exported = await fetch(`${api.url}/rule-tables/${key}/export?format=${format}`, { headers: { authorization: `Bearer ${await signIn(api)}` } });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toContain(`${key}-v1.${format.split('&')[0]}`);
      const bytes = Buffer.from(await exported.arrayBuffer());

      const imported = await fetch(`${api.url}/rule-tables/${key}/import?format=${format.split('&')[0]}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${await signIn(api, 'analyst.chen')}`, 'content-type': 'application/octet-stream' },
        body: bytes,
      });
      const body = (await imported.json()) as { draft: { contentHash: string } };
      expect(imported.status).toBe(200);
      const latest = await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`);
      expect(body.draft.contentHash).toBe(latest.body.contentHash);
    }
    await apiCall(api, 'DELETE', `/rule-tables/${key}/draft`, undefined, analyst);
  });

  it('answers a broken spreadsheet with 422 naming the cell, and leaves no draft', async () => {
    const exported = await fetch(`${api.url}/rule-tables/${key}/export?format=csv`, { headers: { authorization: `Bearer ${await signIn(api)}` } });
    const broken = (await exported.text()).replace('>= 15', '[15..');
    const imported = await fetch(`${api.url}/rule-tables/${key}/import?format=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await signIn(api, 'analyst.chen')}`, 'content-type': 'text/csv' },
      body: broken,
    });
    const problem = (await imported.json()) as { type: string; errors: Array<{ pointer: string; detail: string }> };
    expect(imported.status).toBe(422);
    expect(problem.type).toBe('https://lotflow.dev/problems/import-invalid');
    expect(problem.errors[0]!.detail).toMatch(/^Line 13, column C \(row strong-enough, input "Tensile force"\): "\[15\.\."/);
    expect((await apiCall(api, 'GET', `/rule-tables/${key}/versions/draft`)).status).toBe(404);
  });

  it('answers a DMN table it cannot read with the same meaning with 422 naming the rule and column', async () => {
    const dmn = await (await fetch(`${api.url}/rule-tables/${key}/export?format=dmn&target=dmn-1.3`, { headers: { authorization: `Bearer ${await signIn(api)}` } })).text();
    const unsupported = dmn.replace('&gt;= 15', 'starts with("A")');
    expect(unsupported).not.toBe(dmn);
    const imported = await fetch(`${api.url}/rule-tables/${key}/import?format=dmn`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await signIn(api, 'analyst.chen')}`, 'content-type': 'application/xml' },
      body: unsupported,
    });
    const problem = (await imported.json()) as { errors: Array<{ detail: string; place: string }> };
    expect(imported.status).toBe(422);
    expect(problem.errors[0]!.place).toMatch(/^Rule 1 .*input "Tensile force"/);
    expect((await apiCall(api, 'GET', `/rule-tables/${key}/versions/draft`)).status).toBe(404);
  });

  it('refuses to publish a malformed dictionary type, naming the field, and publishes nothing', async () => {
    const typeKey = `gauge-${Date.now()}`;
    const type = {
      key: typeKey,
      label: { en: 'Gauge', 'zh-CN': '量具' },
      codeField: 'code',
      fields: [
        { name: 'code', kind: 'text', required: true, label: { en: 'Code', 'zh-CN': '编号' } },
        { name: 'calibratedBy', kind: 'reference', label: { en: 'Calibrated by', 'zh-CN': '校准单位' } },
      ],
    };
    const saved = await apiCall(api, 'PUT', `/dictionary/types/${typeKey}/draft`, { content: type }, analyst);
    expect(saved.body.issues).toEqual([expect.objectContaining({ pointer: '/fields/1/targetType' })]);
    const published = await apiCall(api, 'POST', `/dictionary/types/${typeKey}/publish`, { reason: 'new gauge type' }, analyst);
    expect(published.status).toBe(400);
    expect(published.body.errors).toEqual([expect.objectContaining({ pointer: '/body/content/fields/1/targetType' })]);
    expect((await apiCall(api, 'GET', `/records/${typeKey}`)).status).toBe(404);
  });
});
