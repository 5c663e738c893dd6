import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signIn, startTestApi } from '../../../../test/support/start-services.js';
import { inTransaction } from '../../database/transaction.js';
import { AuditTrail } from '../audit/audit-trail.service.js';
import { IdentityService, type AuthenticatedUser } from '../identity/identity.service.js';
import { SignatureService, signedContent } from '../signatures/signature.service.js';
import type { CertificateOfConformanceModel, DeviceHistoryRecordModel } from './document-model.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

const outputFolder = fileURLToPath(new URL('../../../../test-results/documents', import.meta.url));

/**
 * What the tests assert on: the stored model is exactly what the PDF prints (the renderer is a
 * function of it, and its hash is in every footer), so the content is checked there, and the PDF
 * for what only the file can show — a PDF, with the CJK font embedded, with its pages.
 */
describe('device history records and certificates of conformance over HTTP', () => {
  let api: RunningApi;
  let keys = 0;
  const qa = { as: 'qa.li' };

  const createRecord = async (type: string, values: Record<string, unknown>): Promise<string> => {
    const created = await apiCall(api, 'POST', `/records/${type}`, { values }, { as: 'analyst.chen' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.code as string;
  };
  const post = async (movements: unknown[], links?: unknown[]) => {
    const posted = await apiCall(api, 'POST', '/inventory/movements', { idempotencyKey: `documents-${Date.now()}-${++keys}`, movements, ...(links ? { links } : {}) }, qa);
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  };
  /** The PDF as served; kept in test-results/documents for a reader to look at. */
  const pdfOf = async (id: string) => {
    const response = await fetch(`${api.url}/documents/${id}/pdf`, { headers: { authorization: `Bearer ${await signIn(api, 'qa.li')}` } });
    const pdf = { status: response.status, contentType: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes: Buffer.from(await response.arrayBuffer()) };
    mkdirSync(outputFolder, { recursive: true });
    writeFileSync(`${outputFolder}/${/filename="([^"]+)"/.exec(pdf.disposition ?? '')?.[1] ?? `${id}.pdf`}`, pdf.bytes);
    return pdf;
  };
  /** Signs a record as QA would at the release step: password checked by the task inbox, here the signature itself. */
  const sign = async (type: string, code: string, meaning: string) => {
    const me = (await apiCall<{ user: AuthenticatedUser }>(api, 'GET', '/auth/me', undefined, qa)).body.user;
    const record = (await apiCall(api, 'GET', `/records/${type}/${code}`)).body;
    const audit = new AuditTrail(api.dataSource);
    const signatures = new SignatureService(api.dataSource, new IdentityService(api.dataSource, audit, 60), audit);
    await inTransaction(api.dataSource, (manager) => signatures.sign(manager, { signer: me, meaning, subject: { type, id: code, version: record.revision, content: signedContent(record) } }));
  };

  let lot: string;
  let shipment: string;

  beforeAll(async () => {
    api = await startTestApi();
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);

    // given a lot of 500 infusion sets made on a work order, 20 scrapped, tested, sterilized, released and 200 shipped
    const workOrder = await createRecord('work-order', {
      material: 'FG-IVS-20D', routing: 'RT-IVS-20D-V1', bomRevision: 'A', labelRevision: 'C', quantityPlanned: 500, plannedStartOn: '2026-03-10', status: 'released',
    });
    lot = await createRecord('lot', { material: 'FG-IVS-20D', status: 'quarantine', quantity: 500, manufacturedOn: '2026-03-10', expiresOn: '2029-03-09', workOrder });
    await post([
      { type: 'production-output', lot, location: 'FG-QUARANTINE', quantity: 500, document: { type: 'work-order', code: workOrder } },
      { type: 'scrap', lot, location: 'FG-QUARANTINE', quantity: 20 },
    ]);
    await createRecord('inspection-lot', {
      lot, inspectionPlan: 'IPL-IVS-FUNC', workOrder, status: 'passed', inspector: 'Wang Fang', inspectedAt: '2026-03-12T10:00:00+08:00',
      results: [
        { inspectionPoint: 'IPT-TENSILE', readings: [16.2, 17.1, 18], defectsFound: 0, result: 'pass', equipment: 'EQ-TT-01' },
        { inspectionPoint: 'IPT-FLOW', readings: [1040], defectsFound: 0, result: 'pass', equipment: 'EQ-FLOW-01' },
      ],
    });
    const load = await createRecord('sterilization-load', {
      contractor: 'SUP-EO-01', cycle: 'EO-IVS-01', lots: [lot], exposureTemperature: 50, relativeHumidity: 60, biologicalIndicatorLot: 'BI-2603', biologicalIndicatorResult: 'pass', status: 'released',
    });
    await post([{ type: 'transfer', lot, location: 'FG-QUARANTINE', toLocation: 'FG-STOCK', quantity: 480 }], [{ from: { type: 'sterilization-load', code: load }, to: { type: 'lot', code: lot }, relation: 'sterilized' }]);
    const decision = await createRecord('inspection-decision', { lot, disposition: 'accept', justification: 'Functional tests and sterilization reviewed: all within specification.' });
    await sign('inspection-decision', decision, 'approved-for-release');
    const released = await apiCall(api, 'POST', `/inventory/lots/${lot}/status`, { status: 'released', reason: 'Released after review of the batch record' }, qa);
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    shipment = await createRecord('shipment', {
      customer: 'CUS-CN-HOSP-01', plannedOn: '2026-03-20', status: 'planned',
      lines: [{ material: 'FG-IVS-20D', lot, quantity: 200, udi: `(01)06901234000016(11)260310(17)290309(10)${lot}` }],
    });
    await post([{ type: 'shipment', lot, location: 'FG-STOCK', quantity: 200, document: { type: 'shipment', code: shipment } }]);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('compiles the device history record: quantities reconciled, inspections, sterilization, UDI and the release signature', async () => {
    const generated = await apiCall(api, 'POST', `/documents/device-history-records/${lot}`, undefined, qa);
    expect(generated.status, JSON.stringify(generated.body)).toBe(201);
    expect(generated.body).toMatchObject({ kind: 'device-history-record', subjectType: 'lot', subjectCode: lot, version: 1, created: true, flagCount: 0, createdBy: 'qa.li', fileName: `device-history-record-${lot}-v1.pdf` });

    const stored = await apiCall<{ model: DeviceHistoryRecordModel }>(api, 'GET', `/documents/${generated.body.id}`, undefined, { as: 'production.liu' });
    const model = stored.body.model;
    expect(model.reconciliation).toMatchObject({ made: 500, released: { shipped: 200, issued: 0, onHand: 280, total: 480 }, scrapped: 20, held: 0, quarantine: 0, balanced: true, difference: 0 });
    expect(model.inspections[0]).toMatchObject({ inspector: 'Wang Fang', status: 'passed', results: [{ inspectionPoint: 'IPT-TENSILE', readings: [16.2, 17.1, 18], result: 'pass', equipment: { code: 'EQ-TT-01' } }, { inspectionPoint: 'IPT-FLOW', equipment: { code: 'EQ-FLOW-01' } }] });
    expect(model.sterilizationLoads).toEqual([expect.objectContaining({ cycle: 'EO-IVS-01', biologicalIndicatorResult: 'pass', status: 'released', lots: [lot] })]);
    expect(model.labels[0]).toMatchObject({ packagingLevel: 'each', udi: `(01)06901234000016(11)260310(17)290309(10)${lot}` });
    expect(model.shippedUdis).toEqual([{ shipment, quantity: 200, udi: `(01)06901234000016(11)260310(17)290309(10)${lot}` }]);
    expect(model.signatures).toEqual([expect.objectContaining({ printedName: 'Li Wei / 李伟', username: 'qa.li', meaning: 'approved-for-release', state: 'valid', record: expect.objectContaining({ type: 'inspection-decision' }) })]);
    expect(model.flags).toEqual([]);

    // and the PDF is a PDF with the Chinese font embedded, its pages, and the hash stored for its bytes
    const pdf = await pdfOf(generated.body.id);
    expect(pdf.status).toBe(200);
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.disposition).toBe(`attachment; filename="device-history-record-${lot}-v1.pdf"`);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.bytes.toString('latin1')).toMatch(/\/FontFile[23]?\b/);
    const pages = pdf.bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBe(generated.body.pageCount);
    expect(createHash('sha256').update(pdf.bytes).digest('hex')).toBe(generated.body.contentHash);
  });

  it('answers the same version when nothing changed, and a new one, audited, when the ledger did', async () => {
    const first = await apiCall(api, 'POST', `/documents/device-history-records/${lot}`, undefined, qa);
    const again = await apiCall(api, 'POST', `/documents/device-history-records/${lot}`, undefined, { as: 'admin' });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, version: first.body.version, created: false });

    // when 5 more are scrapped
    await post([{ type: 'scrap', lot, location: 'FG-STOCK', quantity: 5 }]);
    const changed = await apiCall(api, 'POST', `/documents/device-history-records/${lot}`, undefined, qa);
    expect(changed.status).toBe(201);
    expect(changed.body.version).toBe(first.body.version + 1);
    expect((await apiCall(api, 'GET', `/documents/${changed.body.id}`)).body.model.reconciliation).toMatchObject({ scrapped: 25, released: { onHand: 275 }, balanced: true });

    const listed = await apiCall(api, 'GET', `/documents?subjectType=lot&subjectId=${lot}`);
    expect(listed.body.items.map((item: { version: number }) => item.version)).toEqual([2, 1]);
    const audited = await apiCall(api, 'GET', `/audit/events?entityType=lot&entityId=${lot}`);
    expect(audited.body.items.filter((entry: { action: string }) => entry.action === 'document.generated').map((entry: { after: { version: number } }) => entry.after.version)).toEqual([2, 1]);
  });

  it('flags a lot whose ledger does not account for the quantity made', async () => {
    const short = await createRecord('lot', { material: 'RM-TUBE-PVC-106', status: 'quarantine', quantity: 1000 });
    await post([{ type: 'receipt', lot: short, location: 'RECEIVING', quantity: 990 }]);

    const generated = await apiCall(api, 'POST', `/documents/device-history-records/${short}`, undefined, qa);
    const model = (await apiCall<{ model: DeviceHistoryRecordModel }>(api, 'GET', `/documents/${generated.body.id}`)).body.model;

    expect(generated.body.flagCount).toBe(1);
    expect(model.reconciliation).toMatchObject({ made: 1000, quarantine: 990, accountedFor: 990, difference: 10, balanced: false });
    expect(model.flags[0]!.code).toBe('quantity-mismatch');
  });

  it('issues the certificate of conformance with each line, its UDI, expiry and release signature, and the statement', async () => {
    const generated = await apiCall(api, 'POST', `/documents/certificates-of-conformance/${shipment}`, undefined, qa);
    expect(generated.status, JSON.stringify(generated.body)).toBe(201);
    const model = (await apiCall<{ model: CertificateOfConformanceModel }>(api, 'GET', `/documents/${generated.body.id}`)).body.model;

    expect(model.customer).toMatchObject({ code: 'CUS-CN-HOSP-01' });
    expect(model.lines).toEqual([
      expect.objectContaining({ lot, quantity: 200, expiresOn: '2029-03-09', lotStatus: 'released', udi: `(01)06901234000016(11)260310(17)290309(10)${lot}`, releaseSignatures: [expect.objectContaining({ printedName: 'Li Wei / 李伟', meaning: 'approved-for-release' })] }),
    ]);
    expect(model.flags).toEqual([]);
    expect(model.statement?.en).toMatch(/^We certify that the products listed above/);

    const pdf = await pdfOf(generated.body.id);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.disposition).toBe(`attachment; filename="certificate-of-conformance-${shipment}-v1.pdf"`);
    const again = await apiCall(api, 'POST', `/documents/certificates-of-conformance/${shipment}`, undefined, qa);
    expect(again.body).toMatchObject({ id: generated.body.id, created: false });
  });

  it('lets only QA and the warehouse generate, and names a lot that does not exist', async () => {
    const forbidden = await apiCall(api, 'POST', `/documents/device-history-records/${lot}`, undefined, { as: 'production.liu' });
    expect(forbidden.status).toBe(403);
    const missing = await apiCall(api, 'POST', '/documents/device-history-records/LOT-NO-SUCH', undefined, qa);
    expect(missing.status).toBe(404);
    expect(missing.contentType).toContain('application/problem+json');
    expect(missing.body.detail).toBe("Lot 'LOT-NO-SUCH' does not exist. Check the lot number: a device history record is compiled for an existing lot.");
    const badKind = await apiCall(api, 'GET', '/documents?kind=invoice');
    expect(badKind.status).toBe(400);
  });
});
