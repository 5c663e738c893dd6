import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshApiDatabaseUrl } from '../../../../test/support/fresh-api-database.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const types = ['purchase-order', 'receipt', 'lot', 'inspection-lot', 'work-order', 'sterilization-load', 'shipment', 'nonconformance-report'];

describe(`the demo history on ${inject('databaseKind') === 'mysql' ? 'MariaDB' : 'SQLite'}`, () => {
  let api: RunningApi;

  const counts = async () => {
    const totals: Record<string, number> = {};
    for (const type of types) totals[type] = (await apiCall(api, 'GET', `/records/${type}?limit=1`)).body.total;
    const balances = (await apiCall(api, 'GET', '/inventory/balances')).body.items as Array<{ lot: string; location: string; onHand: number }>;
    return { totals, balances: balances.map((row) => `${row.lot}@${row.location}=${row.onHand}`) };
  };

  beforeAll(async () => {
    // A database of its own: the history stays out of the one the other tests share.
    api = await startTestApi({ DATABASE_URL: await freshApiDatabaseUrl('lotflow_test_demo_history') });
    expect((await apiCall(api, 'POST', '/dictionary/pack/load')).status).toBe(201);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('loads months of history once: a second load adds nothing and every count stays', async () => {
    const before = await counts();

    // when an analyst who is no data steward tries, they are refused
    expect((await apiCall(api, 'POST', '/demo/history/load', undefined, { as: 'qa.li' })).status).toBe(403);

    // when the administrator loads the history
    const first = await apiCall(api, 'POST', '/demo/history/load');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    console.log(`demo history loaded in ${first.body.milliseconds} ms: ${JSON.stringify(first.body.created)}`);
    const loaded = await counts();

    // then about four months of records are there
    expect(first.body.created.record).toBeGreaterThan(300);
    expect(first.body.present).toEqual({ record: 0, posting: 0, 'lot-status': 0, signature: 0 });
    expect(loaded.totals['purchase-order']! - before.totals['purchase-order']!).toBeGreaterThanOrEqual(40);
    expect(loaded.totals['shipment']).toBeGreaterThanOrEqual(20);
    expect(loaded.totals['sterilization-load']).toBeGreaterThanOrEqual(10);
    expect(loaded.balances.length).toBeGreaterThan(20);

    // when it is loaded again
    const second = await apiCall(api, 'POST', '/demo/history/load', undefined, { as: 'analyst.chen' });

    // then nothing is added and the counts and balances are the same
    console.log(`loading it again took ${second.body.milliseconds} ms`);
    expect(second.status).toBe(200);
    expect(second.body.created).toEqual({ record: 0, posting: 0, 'lot-status': 0, signature: 0 });
    expect(second.body.present).toEqual(first.body.created);
    expect(second.body.lastDay).toBe(first.body.lastDay);
    expect(await counts()).toEqual(loaded);
    // and the audit trail of all of it still verifies
    expect((await apiCall(api, 'GET', '/audit/verify')).body).toMatchObject({ intact: true });
  });

  it('traces a tubing supplier lot forward to customers, and a released finished lot carries its signed release', async () => {
    // given the tubing lots of the history, the earliest released first
    const lots = (await apiCall(api, 'GET', '/records/lot?limit=500')).body.items as Array<{ code: string; values: Record<string, string> }>;
    const tubing = lots.filter((lot) => lot.values.material === 'RM-TUBE-PVC-106' && lot.values.status === 'released' && lot.code.endsWith('-0501') === true);
    expect(tubing.length).toBeGreaterThan(5);

    // when the recall drill traces the first one's supplier lot forward
    const supplierLot = `${tubing[0]!.values.supplier}/${tubing[0]!.values.supplierLot}`;
    const forward = await apiCall(api, 'GET', `/trace/supplier-lot/${encodeURIComponent(supplierLot)}?direction=forward&depth=6`);

    // then it reaches work orders, finished lots, shipments and at least one customer
    expect(forward.status).toBe(200);
    const nodeTypes = new Set((forward.body.nodes as Array<{ type: string }>).map((node) => node.type));
    expect([...nodeTypes]).toEqual(expect.arrayContaining(['lot', 'work-order', 'shipment', 'customer']));
    const finished = (forward.body.nodes as Array<{ type: string; code: string; record?: { values: Record<string, string> } }>).find(
      (node) => node.type === 'lot' && node.record?.values.material === 'FG-IVS-20D' && node.record.values.status === 'released',
    )!;

    // and the finished lot was released by QA with a valid signature, after its inspections
    const record = await apiCall(api, 'GET', `/records/lot/${finished.code}`);
    expect(record.body.signatures).toEqual([expect.objectContaining({ meaning: 'approved-for-release', username: 'qa.li', printedName: 'Li Wei / 李伟', state: 'valid' })]);
    const backward = await apiCall(api, 'GET', `/trace/lot/${finished.code}?direction=backward&depth=1`);
    const plans = (backward.body.nodes as Array<{ type: string; record?: { values: Record<string, string> } }>).filter((node) => node.type === 'inspection-lot').map((node) => node.record!.values.inspectionPlan);
    expect(plans).toEqual(expect.arrayContaining(['IPL-IVS-LEAK', 'IPL-IVS-FUNC', 'IPL-IVS-LABEL', 'IPL-IVS-EO']));
    expect((backward.body.nodes as Array<{ type: string }>).some((node) => node.type === 'sterilization-load')).toBe(true);
  });

  it('gives the data-quality checks real cases: the tubing supplier entered twice, and the out-of-tolerance diameters', async () => {
    // when quality looks for likely duplicates
    const duplicates = await apiCall(api, 'GET', '/data-quality/duplicates', undefined, { as: 'qa.li' });

    // then purchasing's second entry of the tubing supplier is paired with the pack's, by name and by certificate
    expect(duplicates.body.pairs).toHaveLength(1);
    expect(duplicates.body.pairs[0].records.map((record: { code: string }) => record.code)).toEqual(['SUP-TUBE-01', 'SUP-TUBE-02']);
    expect(duplicates.body.pairs[0].reasons.map((reason: { kind: string; field: string }) => `${reason.kind} ${reason.field}`)).toEqual(['similar-name name', 'similar-name nameZh', 'same-identifier certificates/number']);

    // and among the outlying readings are the diameters of the tubing lots rejected at incoming inspection
    const outliers = (await apiCall(api, 'GET', '/data-quality/outliers', undefined, { as: 'qa.li' })).body.outliers as Array<{ characteristic: string; code: string; lot: string; value: number }>;
    const diameters = outliers.filter((outlier) => outlier.characteristic === 'inspection-lot/results/IPT-TUBE-OD/readings');
    expect(diameters.length).toBeGreaterThan(0);
    expect(diameters.every((outlier) => outlier.value > 0.155)).toBe(true);
    for (const outlier of diameters) expect((await apiCall(api, 'GET', `/records/lot/${outlier.lot}`)).body.values.status).toBe('rejected');
  });
});
