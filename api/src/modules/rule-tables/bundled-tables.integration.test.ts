import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshApiDatabaseUrl } from '../../../../test/support/fresh-api-database.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const key = 'incoming-inspection-disposition';

/** `npm start` publishes the bundled tables at every start: that must never undo an analyst's change. */
describe('bundled rule tables across restarts', () => {
  let api: RunningApi;

  beforeAll(async () => {
    // A database of its own: this test changes the bundled table other tests rely on.
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl(`lotflow_bundled_${process.pid}`) });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('brings a bundled table in once, and keeps the version an analyst published after it', async () => {
    expect((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status).toBe(201);
    const bundled = (await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`)).body;
    expect(bundled.version).toBe(1);

    const changed = { ...bundled.content, name: { ...bundled.content.name, en: 'Incoming inspection disposition (plant limits)' } };
    await apiCall(api, 'PUT', `/rule-tables/${key}/draft`, { content: changed }, { as: 'analyst.chen' });
    const published = await apiCall(api, 'POST', `/rule-tables/${key}/publish`, { reason: 'Plant limits', signature: { password: 'lotflow-demo', meaning: 'rule-publication' } }, { as: 'analyst.chen' });
    expect(published.status).toBe(201);

    // The next start publishes the bundled tables again: nothing changes.
    expect((await apiCall(api, 'POST', '/rule-tables/bundled/publish')).status).toBe(200);
    const latest = (await apiCall(api, 'GET', `/rule-tables/${key}/versions/latest`)).body;
    expect(latest).toMatchObject({ version: 2, content: { name: { en: 'Incoming inspection disposition (plant limits)' } } });
  });
});
