import { createHash } from 'node:crypto';
import type { Locale } from '@lotflow/dictionary';
import type { DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import type { DocumentServiceOptions } from '../documents/document.service.js';
import type { AuthenticatedUser } from '../identity/identity.service.js';
import { hashContent } from '../signatures/signature.service.js';
import { renderRecallDrillPdf } from './render-recall-drill-pdf.js';
import type { TraceService } from './trace.service.js';

/**
 * The recall drill as a report to hand on: run now, printed as the documents are (same font,
 * time zone and footer), and audited — who exported which drill, in which language, with the
 * hash of what it listed.
 */
export class RecallDrillReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly traces: TraceService,
    private readonly audit: AuditTrail,
    private readonly printing: DocumentServiceOptions,
  ) {}

  async pdf(type: string, code: string, user: AuthenticatedUser, language: Locale): Promise<{ fileName: string; pdf: Buffer }> {
    const drill = await this.traces.recallDrill(type, code);
    const contentHash = hashContent(drill);
    const rendered = await renderRecallDrillPdf({
      drill,
      contentHash,
      runAt: new Date(),
      runBy: { username: user.username, displayName: user.displayName },
      timeZone: this.printing.timeZone,
      font: this.printing.font,
      language,
    });
    if (rendered.fontProblem) this.printing.warn(`${rendered.fontProblem} The recall drill of ${type} ${code} was printed in Helvetica, without Chinese.`);
    await inTransaction(this.dataSource, (manager) =>
      this.audit.append(manager, {
        actor: user.username,
        action: 'recall-drill.exported',
        entityType: type,
        entityId: code,
        after: {
          format: 'pdf',
          language: rendered.chineseRendered ? language : 'en',
          contentHash,
          pdfHash: createHash('sha256').update(rendered.pdf).digest('hex'),
          pageCount: rendered.pageCount,
          affectedLots: drill.affectedLots.map((lot) => lot.lot),
          consignees: drill.consignees.map((consignee) => consignee.code),
          shipmentLines: drill.lines.length,
        },
      }),
    );
    return { fileName: `recall-${code.replace(/[^A-Za-z0-9._-]+/g, '_')}.pdf`, pdf: rendered.pdf };
  }
}
