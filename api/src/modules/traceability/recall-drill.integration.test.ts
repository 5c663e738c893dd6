import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../../../test/support/pdf-text.js';
import { apiCall, signIn, startTestApi } from '../../../../test/support/start-services.js';
import { resolvePdfFont } from '../documents/resolve-pdf-font.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const run = Date.now().toString(36).toUpperCase();

describe('the recall drill over HTTP, as data and as a PDF report', () => {
  let api: RunningApi;
  const supplierLot = `SUP-TUBE-01/LH-RECALL-${run}`;
  const drillPath = `/trace/recall/supplier-lot/${encodeURIComponent(supplierLot)}`;
  let tubing: string;
  let finished: string;
  let unrelated: string;
  const shipments: Record<string, string> = {};
  let keys = 0;

  const createRecord = async (type: string, values: Record<string, unknown>): Promise<string> => {
    const created = await apiCall(api, 'POST', `/records/${type}`, { values }, { as: 'analyst.chen' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.code as string;
  };
  const post = async (movements: unknown[]) => {
    const posted = await apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: `recall-${run}-${++keys}`, movements }, { as: 'qa.li' });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  };
  const pdfOf = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${await signIn(api, 'qa.li')}`, ...headers } });
    return { status: response.status, contentType: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);

    // Given a tubing supplier lot received, made into a finished lot, shipped to a hospital in Shanghai and a distributor in Duisburg
    tubing = await createRecord('lot', { material: 'RM-TUBE-PVC-106', status: 'released', quantity: 1000, supplier: 'SUP-TUBE-01', supplierLot: `LH-RECALL-${run}`, receipt: 'GR-260227-001' });
    unrelated = await createRecord('lot', { material: 'RM-TUBE-PVC-106', status: 'released', quantity: 1000, supplier: 'SUP-TUBE-01', supplierLot: `LH-OTHER-${run}`, receipt: 'GR-260227-001' });
    await post([
      { type: 'receipt', lot: tubing, location: 'RAW-STOCK', quantity: 1000 },
      { type: 'receipt', lot: unrelated, location: 'RAW-STOCK', quantity: 1000 },
    ]);
    const workOrder = await createRecord('work-order', { material: 'FG-IVS-20D', routing: 'RT-IVS-20D-V1', bomRevision: 'A', labelRevision: 'C', quantityPlanned: 500, plannedStartOn: '2026-03-10', status: 'released' });
    finished = await createRecord('lot', { material: 'FG-IVS-20D', status: 'quarantine', quantity: 500, workOrder, manufacturedOn: '2026-03-10', expiresOn: '2029-03-09' });
    await post([
      { type: 'issue', lot: tubing, location: 'RAW-STOCK', quantity: 600, document: { type: 'work-order', code: workOrder } },
      { type: 'production-output', lot: finished, location: 'FG-STOCK', quantity: 500 },
    ]);
    expect((await apiCall(api, 'POST', `/inventory/lots/${finished}/status`, { status: 'released', reason: 'Batch record reviewed, QA release' }, { as: 'qa.li' })).status).toBe(200);
    for (const [customer, quantity] of [['CUS-CN-HOSP-01', 200], ['CUS-EU-DIST-01', 150]] as const) {
      const shipment = await createRecord('shipment', {
        customer,
        plannedOn: '2026-03-20',
        shippedOn: '2026-03-21',
        status: 'shipped',
        lines: [{ material: 'FG-IVS-20D', lot: finished, quantity, udi: `(01)06901234000016(17)290309(10)${finished}` }],
      });
      await post([{ type: 'shipment', lot: finished, location: 'FG-STOCK', quantity, document: { type: 'shipment', code: shipment } }]);
      shipments[customer] = shipment;
    }
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('answers the drill: the lot made from the supplier lot, its two shipment lines and both consignees', async () => {
    const drill = await apiCall(api, 'GET', drillPath, undefined, { as: 'production.liu' });

    expect(drill.status, JSON.stringify(drill.body)).toBe(200);
    expect(drill.body.start).toEqual({ type: 'supplier-lot', code: supplierLot });
    expect(drill.body.receivedLots).toEqual([tubing]);
    expect(drill.body.affectedLots).toEqual([expect.objectContaining({ lot: finished, status: 'released', quantity: 500, shipped: 350, expiresOn: '2029-03-09' })]);
    expect(drill.body.consignees.map((consignee: { code: string; quantity: number }) => [consignee.code, consignee.quantity])).toEqual([
      ['CUS-CN-HOSP-01', 200],
      ['CUS-EU-DIST-01', 150],
    ]);
    expect(drill.body.lines.map((line: { shipment: string; shippingAddress: string }) => [line.shipment, line.shippingAddress])).toEqual([
      [shipments['CUS-CN-HOSP-01'], 'Central warehouse, Minhang District, Shanghai'],
      [shipments['CUS-EU-DIST-01'], 'Logistics centre, Duisburg'],
    ]);
  });

  it('prints the report in English: who ran it, every affected lot, every shipment line with its consignee and UDI, and the totals', async () => {
    const pdf = await pdfOf(`${drillPath}.pdf?lang=en`);

    expect(pdf.status, pdf.bytes.toString()).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.disposition).toBe(`attachment; filename="recall-SUP-TUBE-01_LH-RECALL-${run}.pdf"`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const lines = pdfText(pdf.bytes);
    // A table cell wraps a long code or name over lines of its own
    const text = lines.replace(/\n/g, '');
    expect(text).toContain('Recall drill');
    expect(text).toContain(supplierLot);
    expect(text).toContain('Li Wei / ');
    expect(text).toContain('(qa.li)');
    expect(text).toContain(finished);
    expect(text).toContain(tubing);
    expect(text).not.toContain(unrelated);
    for (const customer of ['CUS-CN-HOSP-01', 'CUS-EU-DIST-01']) expect(text).toContain(customer);
    expect(text).toContain('Shanghai Kangning Hospital Supply Co., Ltd.');
    expect(text).toContain('Rhein-Maas Medical Distribution GmbH');
    expect(text).toContain('Logistics centre, Duisburg');
    for (const shipment of Object.values(shipments)) expect(text).toContain(shipment);
    expect(text).toContain(`(01)06901234000016(17)290309(10)${finished}`);
    expect(text).toContain('2026-03-21');
    expect(lines).toMatch(/Quantity shipped\n350\n/);
    expect(lines).toMatch(/Consignees to notify\n2\n/);
    expect(text).toMatch(/Content SHA-256: [0-9a-f]{64}/);

    // and the export is in the audit trail: who exported which drill, and what it listed
    const audited = await apiCall(api, 'GET', `/audit/events?entityType=supplier-lot&entityId=${encodeURIComponent(supplierLot)}`, undefined, { as: 'qa.li' });
    expect(audited.body.items[0]).toMatchObject({
      actor: 'qa.li',
      action: 'recall-drill.exported',
      after: { format: 'pdf', language: 'en', affectedLots: [finished], consignees: ['CUS-CN-HOSP-01', 'CUS-EU-DIST-01'], shipmentLines: 2 },
    });
  });

  it.runIf(resolvePdfFont(process.env.PDF_FONT_PATH).font.kind === 'embedded')('prints it in Chinese for a reader whose browser asks for Chinese', async () => {
    const text = pdfText((await pdfOf(`${drillPath}.pdf`, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' })).bytes).replace(/\n/g, '');

    expect(text).toContain('召回演练');
    expect(text).toContain('需通知的收货方');
    expect(text).toContain('上海康宁医院供应链有限公司');
    expect(text).toContain('已放行');
    expect(text).toMatch(/第 1 页，共 \d+ 页/);
    expect(text).not.toContain('Shipment lines');
  });

  it('names the parameter to fix, and answers 404 for a start nothing is recorded for', async () => {
    const wrongLanguage = await apiCall(api, 'GET', `${drillPath}.pdf?lang=fr`);
    expect(wrongLanguage.status).toBe(400);
    expect(wrongLanguage.contentType).toContain('application/problem+json');
    expect(JSON.stringify(wrongLanguage.body.errors)).toContain('/query/lang');

    const unknown = await apiCall(api, 'GET', `/trace/recall/lot/LOT-NOWHERE-${run}.pdf`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain(`LOT-NOWHERE-${run}`);
  });
});
