import type { DataSource } from 'typeorm';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import type { SignatureService } from '../signatures/signature.service.js';
import { DocumentService } from './document.service.js';
import { resolvePdfFont } from './resolve-pdf-font.js';

/** The document service with its font found once; a missing CJK font is warned about at start-up, not discovered in a printout. */
export function createDocumentService(
  dataSource: DataSource,
  audit: AuditTrail,
  signatures: SignatureService,
  options: { timeZone: string; pdfFontPath?: string | undefined; logger: { warn(message: string): void } },
): DocumentService {
  const { font, warning } = resolvePdfFont(options.pdfFontPath);
  if (warning) options.logger.warn(warning);
  return new DocumentService(dataSource, audit, signatures, { timeZone: options.timeZone, font, warn: (message) => options.logger.warn(message) });
}
