import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

describe('UDI over HTTP', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('builds the strings of a lot-controlled IV set and reads its scan back', async () => {
    const built = await apiCall<{ elementString: string; humanReadable: string }>(api, 'POST', '/udi/build', { gtin: '4006381333931', lot: 'LOT-261102-0007', expiryDate: '2029-10-31' }, { as: 'production.liu' });
    expect(built.status).toBe(200);
    expect(built.body.humanReadable).toBe('(01)04006381333931(17)291031(10)LOT-261102-0007');
    const read = await apiCall(api, 'POST', '/udi/parse', { value: `]d2${built.body.elementString}` }, { as: 'qa.li' });
    expect(read.body).toEqual({ gtin: '04006381333931', lot: 'LOT-261102-0007', expiryDate: '2029-10-31' });
  });

  it('names the field at fault: a wrong check digit, an impossible date', async () => {
    const wrong = await apiCall<{ errors: Array<{ pointer: string; detail: string }> }>(api, 'POST', '/udi/build', { gtin: '4006381333932', lot: 'L1', expiryDate: '2029-02-30' });
    expect(wrong.status).toBe(400);
    expect(wrong.contentType).toContain('application/problem+json');
    expect(wrong.body.errors.map((error) => error.pointer)).toEqual(['/body/gtin', '/body/expiryDate']);
    const scan = await apiCall<{ errors: Array<{ pointer: string; detail: string }> }>(api, 'POST', '/udi/parse', { value: '(01)04006381333932(10)L1' });
    expect(scan.body.errors[0]).toMatchObject({ pointer: '/body/value', detail: expect.stringContaining('check digit') });
  });
});
