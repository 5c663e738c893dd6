import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { waitFor } from '../../../../test/support/engine-rest.js';
import { freshApiDatabaseUrl } from '../../../../test/support/fresh-api-database.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Values = Record<string, any>;

const database = inject('databaseKind') === 'mysql' ? 'MariaDB' : 'SQLite';
const certificate = (number: string) => [{ number, standard: 'iso-13485', issuer: 'SGS', expiresOn: '2028-06-30' }];

describe(`data quality on ${database}`, () => {
  let api: RunningApi;

  beforeAll(async () => {
    // A database of its own: the checks look at every record there is.
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_data_quality') });
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('finds a supplier entered twice, spelt differently in English and in Chinese, and a material with another one\'s GTIN', async () => {
    // given the same supplier entered twice: once from its certificate, once from an invoice header
    const first = await apiCall(api, 'POST', '/records/supplier', {
      values: { code: 'SUP-SMT-01', name: 'Shanghai Medical Tubing Co., Ltd.', nameZh: '上海医用管材有限公司', country: 'CN', certificates: certificate('SMT-13485-0101'), status: 'active' },
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await apiCall(api, 'POST', '/records/supplier', {
      values: { code: 'SUP-SMT-02', name: 'SHANGHAI MEDICAL TUBING CO LTD', nameZh: '上海医用管材公司', country: 'CN', certificates: certificate('SMT-9001-7788'), status: 'active' },
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    // and a material carrying the GTIN of the finished infusion set
    const material = await apiCall(api, 'POST', '/records/material', {
      values: { code: 'FG-IVS-20D-B', name: 'Infusion set, gravity, 20 drops', category: 'finished-good', unitOfMeasure: 'ea', revision: 'A', lotTracked: true, inspectionRequired: true, gtins: [{ packagingLevel: 'each', gtin: '06901234000016', quantity: 1 }], status: 'active' },
    });
    expect(material.status, JSON.stringify(material.body)).toBe(201);

    // when quality asks for likely duplicate suppliers
    const suppliers = await apiCall(api, 'GET', '/data-quality/duplicates?type=supplier', undefined, { as: 'qa.li' });

    // then the two entries are the one pair, for both names, and none of the pack's suppliers is paired
    expect(suppliers.status, JSON.stringify(suppliers.body)).toBe(200);
    expect(suppliers.body.threshold).toBe(0.85);
    expect(suppliers.body.pairs).toHaveLength(1);
    const pair = suppliers.body.pairs[0];
    expect(pair.records.map((record: { code: string }) => record.code)).toEqual(['SUP-SMT-01', 'SUP-SMT-02']);
    expect(pair.score).toBe(1);
    expect(pair.reasons).toEqual([
      expect.objectContaining({ kind: 'similar-name', field: 'name', similarity: 1, values: ['Shanghai Medical Tubing Co., Ltd.', 'SHANGHAI MEDICAL TUBING CO LTD'], label: { en: 'Name', 'zh-CN': '供应商名称' } }),
      expect.objectContaining({ kind: 'similar-name', field: 'nameZh', similarity: 1, values: ['上海医用管材有限公司', '上海医用管材公司'] }),
    ]);

    // and without a type, the material sharing the GTIN is there too, with the field that matched
    const both = await apiCall(api, 'GET', '/data-quality/duplicates', undefined, { as: 'analyst.chen' });
    const materials = both.body.pairs.filter((candidate: { type: string }) => candidate.type === 'material');
    expect(materials).toHaveLength(1);
    expect(materials[0].records.map((record: { code: string }) => record.code)).toEqual(['FG-IVS-20D', 'FG-IVS-20D-B']);
    expect(materials[0].reasons).toEqual([{ kind: 'same-identifier', field: 'gtins/gtin', value: '06901234000016', label: { en: 'GTINs per packaging level › GTIN-14', 'zh-CN': '各包装层级 GTIN › GTIN-14 代码' } }]);

    // and a wrong type is named, and production may not look
    const wrong = await apiCall(api, 'GET', '/data-quality/duplicates?type=customer');
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([expect.objectContaining({ pointer: '/query/type', detail: expect.stringContaining('supplier') })]);
    expect((await apiCall(api, 'GET', '/data-quality/duplicates', undefined, { as: 'production.liu' })).status).toBe(403);
  });

  it('flags the one outer diameter far from the others of its characteristic', async () => {
    // given ten incoming inspections of tubing: nine around 0.150 in, one at 0.165 in
    const diameters = [0.15, 0.1502, 0.1498, 0.1501, 0.1499, 0.1503, 0.1497, 0.15, 0.1502, 0.165];
    const codes: string[] = [];
    for (const [index, outerDiameterMaxIn] of diameters.entries()) {
      const created = await apiCall(api, 'POST', '/records/incoming-inspection-result', {
        values: { lot: `LOT-DQ-${String(index + 1).padStart(2, '0')}`, samplesInspected: 5, outerDiameterMinIn: 0.1495, outerDiameterMaxIn, visualDefects: 0 },
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      codes.push(created.body.code);
    }

    // when quality asks for outlying values
    const response = await apiCall(api, 'GET', '/data-quality/outliers', undefined, { as: 'qa.li' });

    // then the planted reading is the only outlier of incoming inspection results, with its median and score
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ minimumValues: 8, threshold: 3.5 });
    const outliers = response.body.outliers.filter((outlier: { type: string }) => outlier.type === 'incoming-inspection-result');
    expect(outliers).toEqual([
      {
        characteristic: 'incoming-inspection-result/outerDiameterMaxIn',
        type: 'incoming-inspection-result',
        code: codes[9],
        lot: 'LOT-DQ-10',
        pointer: '/outerDiameterMaxIn',
        value: 0.165,
        median: expect.closeTo(0.15005, 10),
        score: 67.23,
      },
    ]);
    // and the characteristic says what it is; the equal sample counts are not judged
    const characteristics = new Map(response.body.characteristics.map((check: { key: string }) => [check.key, check]));
    expect(characteristics.get('incoming-inspection-result/outerDiameterMaxIn')).toMatchObject({ count: 10, checked: true, outliers: 1, unit: 'in', fieldLabel: { en: 'Outer diameter, largest reading', 'zh-CN': '外径最大读数' } });
    expect(characteristics.get('incoming-inspection-result/samplesInspected')).toMatchObject({ count: 10, checked: false, skipped: 'no-spread' });
  });

  it('lists the records a newly published version of their type refuses, until they are completed', async () => {
    // given a new version of the customer type that requires the date of the quality agreement
    const steward = { as: 'analyst.chen' };
    const current = (await apiCall(api, 'GET', '/dictionary/types/customer/versions/latest')).body;
    const stricter = {
      ...current.content,
      fields: [...current.content.fields, { name: 'qualityAgreementOn', kind: 'date', required: true, label: { en: 'Quality agreement signed on', 'zh-CN': '质量协议签订日期' } }],
    };
    expect((await apiCall(api, 'PUT', '/dictionary/types/customer/draft', { content: stricter }, steward)).status).toBe(200);
    const published = await apiCall(api, 'POST', '/dictionary/types/customer/publish', { reason: 'Every customer needs a quality agreement on file' }, steward);
    expect(published.status).toBe(201);

    // when quality asks which records fail their current schema
    const response = await apiCall(api, 'GET', '/data-quality/schema-failures', undefined, { as: 'qa.li' });

    // then the pack's customers, written under the earlier version, are listed with the missing field
    expect(response.status).toBe(200);
    const customers = response.body.failures.filter((failure: { type: string }) => failure.type === 'customer');
    expect(customers.map((failure: { code: string }) => failure.code)).toEqual(['CUS-CN-HOSP-01', 'CUS-EU-DIST-01']);
    expect(customers[0]).toMatchObject({ writtenWithVersion: current.version, currentVersion: published.body.version, typeLabel: { en: 'Customer' } });
    expect(customers[0].issues).toEqual([expect.objectContaining({ pointer: '/qualityAgreementOn', field: 'Quality agreement signed on', keyword: 'required' })]);
    expect(response.body.checked).toBeGreaterThan(20);
    // and nothing else of the pack fails
    expect(response.body.failures.filter((failure: { type: string }) => failure.type !== 'customer')).toEqual([]);
    // and in Chinese the problem is worded in Chinese
    const chinese = await apiCall(api, 'GET', '/data-quality/schema-failures?locale=zh-CN', undefined, { as: 'qa.li' });
    expect(chinese.body.failures[0].issues[0].message).toMatch(/质量协议签订日期/);

    // when one customer is completed
    const hospital = (await apiCall(api, 'GET', '/records/customer/CUS-CN-HOSP-01')).body;
    const completed = await apiCall(api, 'PUT', '/records/customer/CUS-CN-HOSP-01', { values: { ...hospital.values, qualityAgreementOn: '2026-01-15' }, revision: hospital.revision }, steward);
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);

    // then only the other one is left
    const after = await apiCall(api, 'GET', '/data-quality/schema-failures', undefined, { as: 'qa.li' });
    expect(after.body.failures.map((failure: { code: string }) => failure.code)).toEqual(['CUS-EU-DIST-01']);
  });

  it('shows exactly the change made between two snapshots, field by field', async () => {
    // given a snapshot taken by quality
    const first = await apiCall(api, 'POST', '/data-quality/snapshots', undefined, { as: 'qa.li' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ takenBy: 'qa.li', trigger: 'manual', recordTypes: ['supplier', 'material', 'lot'] });
    expect(first.body.rowCounts['record:supplier']).toBeGreaterThanOrEqual(8);
    expect(first.body.rowCounts['lot-status']).toBe(first.body.rowCounts['record:lot']);

    // when a supplier's contact changes and a second snapshot is taken
    const supplier = (await apiCall(api, 'GET', '/records/supplier/SUP-SMT-02')).body as { values: Values; revision: number };
    const changed = await apiCall(api, 'PUT', '/records/supplier/SUP-SMT-02', { values: { ...supplier.values, contactEmail: 'qa@smt.example.com' }, revision: supplier.revision }, { as: 'purchasing.wang' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const second = await apiCall(api, 'POST', '/data-quality/snapshots', {}, { as: 'admin' });
    expect(second.status).toBe(201);

    // then the diff holds that one field of that one supplier, and nothing else
    const diff = await apiCall(api, 'GET', `/data-quality/snapshots/${first.body.id}/diff/${second.body.id}`, undefined, { as: 'analyst.chen' });
    expect(diff.status).toBe(200);
    expect(diff.body.from.id).toBe(first.body.id);
    expect(diff.body.tables).toEqual([{ table: 'record:supplier', added: [], removed: [], changed: [{ key: 'SUP-SMT-02', fields: [{ field: '/contactEmail', label: { en: 'Quality contact e-mail', 'zh-CN': '质量联系人邮箱' }, after: 'qa@smt.example.com' }] }] }]);
    expect(diff.body.onlyInFrom).toEqual([]);

    // and both are listed, newest first, and taking one is audited
    const list = await apiCall(api, 'GET', '/data-quality/snapshots?limit=2', undefined, { as: 'qa.li' });
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([second.body.id, first.body.id]);
    expect(list.body.total).toBe(2);
    const audit = await apiCall(api, 'GET', `/audit/events?entityType=data-quality-snapshot&entityId=${first.body.id}`);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'data-quality.snapshot-taken', actor: 'qa.li' })]);

    // and a snapshot of one type only, an unknown type, another role and an unknown snapshot are answered as such
    const lotsOnly = await apiCall(api, 'POST', '/data-quality/snapshots', { recordTypes: ['lot'] }, { as: 'qa.li' });
    expect(Object.keys(lotsOnly.body.rowCounts).sort()).toEqual(['inventory-balance', 'lot-status', 'record:lot']);
    const partial = await apiCall(api, 'GET', `/data-quality/snapshots/${second.body.id}/diff/${lotsOnly.body.id}`);
    expect(partial.body).toMatchObject({ tables: [], onlyInFrom: ['record:material', 'record:supplier'], onlyInTo: [] });
    const unknown = await apiCall(api, 'POST', '/data-quality/snapshots', { recordTypes: ['lot', 'pallet'] }, { as: 'qa.li' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ pointer: '/body/recordTypes/1', detail: expect.stringContaining('supplier') })]);
    expect((await apiCall(api, 'POST', '/data-quality/snapshots', undefined, { as: 'production.liu' })).status).toBe(403);
    const missing = await apiCall(api, 'GET', `/data-quality/snapshots/${first.body.id}/diff/00000000-0000-0000-0000-000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('00000000-0000-0000-0000-000000000000');
  });
});

describe(`scheduled snapshots with two api replicas on ${database}`, () => {
  const replicas: RunningApi[] = [];
  type Snapshot = { id: string; takenAt: string; takenBy: string; trigger: string; period: string | null; rowCounts: Record<string, number> };
  const scheduledOn = async (replica: RunningApi) =>
    ((await apiCall(replica, 'GET', '/data-quality/snapshots?limit=200')).body.items as Snapshot[]).filter((snapshot) => snapshot.trigger === 'scheduled');

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.close()));
  });

  it('takes one snapshot per period, whichever replica takes it', async () => {
    // given two replicas of the api on one database, each scheduling a snapshot every 3.6 seconds
    const periodMs = 3600;
    const environment = { DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_data_quality_schedule'), DATA_QUALITY_SNAPSHOT_INTERVAL_HOURS: String(periodMs / 3_600_000) };
    // (on a database without a published dictionary the scheduler takes nothing: there is nothing to copy)
    const empty = await startTestApi({ ...environment, DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_data_quality_empty') });
    await new Promise((resolve) => setTimeout(resolve, 2 * periodMs + 500));
    expect(await scheduledOn(empty)).toEqual([]);
    await empty.close();
    // (the pack loaded first, by an api without the scheduler: a snapshot taken while it loads would
    // rightly show part of it)
    const loader = await startTestApi({ DATABASE_URL: environment.DATABASE_URL });
    expect((await apiCall(loader, 'POST', '/dictionary/pack/load')).status).toBe(201);
    await loader.close();
    replicas.push(await startTestApi(environment));
    replicas.push(await startTestApi(environment));

    // when four periods have begun since
    await waitFor('four scheduled snapshots', async () => ((await scheduledOn(replicas[1]!)).length >= 4 ? true : undefined), 30_000);
    await Promise.all(replicas.splice(0).map((replica) => replica.close()));

    // then each period has exactly one, taken by the scheduler (a period may be missed when the machine
    // is too busy to take a snapshot within it; it is never taken twice)
    const reader = await startTestApi({ DATABASE_URL: environment.DATABASE_URL });
    replicas.push(reader);
    const snapshots = await scheduledOn(reader);
    const periods = snapshots.map((snapshot) => snapshot.period);
    expect(periods.every((period) => typeof period === 'string' && period.startsWith('scheduled:')), JSON.stringify(snapshots)).toBe(true);
    expect(new Set(periods).size, JSON.stringify(snapshots)).toBe(snapshots.length);
    expect(snapshots.every((snapshot) => snapshot.takenBy === 'scheduler')).toBe(true);
    // and each holds the whole pack
    expect(snapshots.every((snapshot) => snapshot.rowCounts['record:supplier'] === 6)).toBe(true);
    // and each was audited once: the replica that lost a period wrote nothing
    const audited = (await apiCall(reader, 'GET', '/audit/events?entityType=data-quality-snapshot&limit=200')).body.items as Array<{ entityId: string; actor: string }>;
    expect(audited.map((event) => event.entityId).sort()).toEqual(snapshots.map((snapshot) => snapshot.id).sort());
  }, 90_000);
});
