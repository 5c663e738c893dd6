import { describe, expect, it } from 'vitest';
import { buildDeviceHistoryRecord } from '../build-device-history-record.js';
import { renderDocumentPdf, type RenderContext } from '../render-document-pdf.js';
import { resolvePdfFont, systemCjkFonts } from '../resolve-pdf-font.js';

const model = buildDeviceHistoryRecord({
  lot: { typeKey: 'lot', code: 'LOT-260310-0001', revision: 1, values: { material: 'FG-IVS-20D', status: 'hold', quantity: 500, manufacturedOn: '2026-03-10', expiresOn: '2029-03-09' }, signatures: [] },
  material: { name: 'IV infusion set', nameZh: '一次性使用无菌输液器', unitOfMeasure: 'ea', gtins: [{ packagingLevel: 'each', gtin: '06901234000016', quantity: 1 }] },
  ledger: [{ type: 'production-output', location: 'FG-STOCK', quantity: 490, document: { type: 'work-order', code: 'WO-1' }, postedAt: '2026-03-10T08:00:00.000Z', postedBy: 'production.liu' }],
  inspectionLots: [],
  inspectionDecisions: [],
  inProcessInspections: [],
  mrbDispositions: [],
  reworkReports: [],
  nonconformanceReports: [],
  sterilizationLoads: [],
  shipments: [],
  references: new Map(),
});
const context = (font: RenderContext['font']): RenderContext => ({ version: 1, modelHash: 'a'.repeat(64), generatedAt: new Date('2026-03-20T08:00:00Z'), generatedBy: 'qa.li', timeZone: 'Asia/Shanghai', font, compress: false });

/** The text of Helvetica runs: pdfkit writes them as hex strings in WinAnsi. */
function helveticaText(pdf: Buffer): string {
  return [...pdf.toString('latin1').matchAll(/<([0-9a-f]+)>/g)].map((match) => Buffer.from(match[1]!, 'hex').toString('latin1')).join('');
}

describe('rendering a document as PDF', () => {
  it('finds the system CJK font when PDF_FONT_PATH is not set, and names the font inside the collection', () => {
    expect(resolvePdfFont(undefined, (path) => path === systemCjkFonts[0]!.path)).toEqual({ font: { kind: 'embedded', path: systemCjkFonts[0]!.path, family: 'NotoSansCJKsc-Regular' } });
    expect(resolvePdfFont('/opt/fonts/SimHei.ttf', (path) => path === '/opt/fonts/SimHei.ttf')).toEqual({ font: { kind: 'embedded', path: '/opt/fonts/SimHei.ttf' } });
    expect(resolvePdfFont('/opt/fonts/x.ttc#SourceHanSansSC', () => true).font).toEqual({ kind: 'embedded', path: '/opt/fonts/x.ttc', family: 'SourceHanSansSC' });
  });

  it('without any CJK font prints in Helvetica, says so on the page and warns, instead of failing', async () => {
    const resolved = resolvePdfFont('/nowhere/font.ttf', () => false);
    expect(resolved.font).toEqual({ kind: 'builtin', name: 'Helvetica' });
    expect(resolved.warning).toContain('PDF_FONT_PATH names /nowhere/font.ttf, which does not exist.');

    const rendered = await renderDocumentPdf(model, context(resolved.font));

    expect(rendered.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(rendered.chineseRendered).toBe(false);
    const text = helveticaText(rendered.pdf);
    expect(text).toContain('Chinese text could not be rendered');
    expect(text).toContain('NOT RECONCILED');
    expect(text).toContain('Page 1 of');
    expect(text).toContain('a'.repeat(64));
    expect(rendered.pdf.toString('latin1')).not.toMatch(/FontFile/);
  });

  it('embeds the CJK font when the system has one', async (test) => {
    const resolved = resolvePdfFont(undefined);
    if (resolved.font.kind !== 'embedded') return test.skip('no CJK font installed here');

    const rendered = await renderDocumentPdf(model, context(resolved.font));

    expect(rendered.chineseRendered).toBe(true);
    expect(rendered.pdf.toString('latin1')).toMatch(/\/FontFile[23]?/);
    expect(rendered.pageCount).toBeGreaterThanOrEqual(1);
    expect(rendered.pdf.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(rendered.pageCount);
  });
});
