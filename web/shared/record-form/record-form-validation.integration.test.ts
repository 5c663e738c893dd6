import { createRecordValidator, type TypeDefinition } from '@lotflow/dictionary/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, startTestApi } from '../../../test/support/start-services.js';
import materialRecords from '../../../dictionary/pack/records/material.json' with { type: 'json' };
import supplierRecords from '../../../dictionary/pack/records/supplier.json' with { type: 'json' };
import { checkRecord } from './utils/check-record.js';
import { placeApiErrors } from './utils/field-errors.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const goodSupplier = supplierRecords.records[0] as Record<string, unknown>;
const goodMaterial = materialRecords.records[0] as Record<string, unknown>;

/** Records the api refuses for what the schema alone can tell; each is also refused in the browser. */
const badRecords: ReadonlyArray<{ name: string; type: string; values: Record<string, unknown> }> = [
  { name: 'a supplier with a bad country, an unknown property and a certificate without expiry', type: 'supplier', values: { ...goodSupplier, code: 'SUP-PARITY-1', country: 'China', rating: 'A', certificates: [{ number: 'C-1', standard: 'iso-13485' }] } },
  { name: 'a supplier without name and with a status not in its list', type: 'supplier', values: { code: 'SUP-PARITY-2', country: 'CN', status: 'gone', certificates: [{ number: 'C-2', standard: 'iso-9001', expiresOn: '2027-02-30' }] } },
  { name: 'a material with a shelf life that is not a whole number and repeated packaging levels', type: 'material', values: { ...goodMaterial, code: 'RM-PARITY-1', shelfLifeDays: 10.5, lotTracked: 'yes', gtins: [{ packagingLevel: 'each', gtin: '123', quantity: 0 }, { packagingLevel: 'each', gtin: '00614141000012', quantity: 1 }] } },
];

describe('the record form checks a record as the api does', () => {
  let api: RunningApi;
  const types = new Map<string, TypeDefinition>();

  beforeAll(async () => {
    api = await startTestApi();
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBeLessThan(300);
    for (const key of ['supplier', 'material']) {
      types.set(key, (await apiCall(api, 'GET', `/dictionary/types/${key}/versions/latest`)).body.content as TypeDefinition);
    }
  });

  afterAll(async () => {
    await api?.close();
  });

  for (const record of badRecords) {
    for (const locale of ['en', 'zh-CN'] as const) {
      it(`finds the same problems, worded the same, in ${locale}: ${record.name}`, async () => {
        // Given the type version in force, compiled in the browser
        const validator = createRecordValidator<Record<string, unknown>>(types.get(record.type)!);
        // When the browser checks the record and the api is sent it
        const inBrowser = checkRecord(validator, record.values, locale, 'create');
        const answer = await apiCall(api, 'POST', `/records/${record.type}?locale=${locale}`, { values: record.values });
        // Then the api refuses it with exactly the problems the browser found, at the same fields
        expect(answer.status).toBe(400);
        const fromApi = placeApiErrors(answer.body.errors);
        expect(inBrowser.length).toBeGreaterThan(0);
        expect(fromApi.values).toEqual(inBrowser);
      });
    }
  }

  it('finds nothing wrong with a record the api accepts', async () => {
    const validator = createRecordValidator<Record<string, unknown>>(types.get('supplier')!);
    const values = { ...goodSupplier, code: `SUP-PARITY-OK-${Date.now().toString(36).toUpperCase()}`, materialApprovals: [] as unknown[] };
    delete (values as Record<string, unknown>).materialApprovals;
    expect(checkRecord(validator, values, 'en', 'create')).toEqual([]);
    const answer = await apiCall(api, 'POST', '/records/supplier', { values });
    expect(answer.status).toBe(201);
  });
});
