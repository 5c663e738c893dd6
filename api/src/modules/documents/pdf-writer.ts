import PDFDocument from 'pdfkit';
import type { Locale } from '@lotflow/dictionary';
import type { DocumentText, SignatureLine } from './document-model.js';
import { documentLabels as labels, lotStatuses, signatureMeanings } from './document-labels.js';
import type { PdfFont } from './resolve-pdf-font.js';

/** A document printed in one language, or (the regulated records) in English and Chinese side by side. */
export type PdfLanguage = Locale | 'bilingual';

export interface RenderedPdf {
  pdf: Buffer;
  pageCount: number;
  /** False when no CJK font could be loaded: Chinese was replaced and the document says so. */
  chineseRendered: boolean;
  /** Why the configured font could not be used, when it could not. */
  fontProblem?: string;
}

export interface PdfSetup {
  /** The PDF's own properties, as a reader's "document properties" show them. */
  info: { title: string; author: string; createdAt: Date };
  /** SHA-256 of the content's canonical JSON: printed in every footer, so a printout can be matched to what it was made from. */
  contentHash: string;
  /** The first line of every footer: what the document is, and when and by whom it was made. */
  identity(writer: PdfWriter): string;
  font: PdfFont;
  /** The plant's time zone: every time is printed in it, and says so. */
  timeZone: string;
  language: PdfLanguage;
  /** Uncompressed page content, for reading a document's text in a test or a diff. */
  compress?: boolean;
}

export const margin = { top: 56, bottom: 64, left: 48, right: 48 };
export const colour = { text: '#1a1a1a', muted: '#5c5c5c', rule: '#b8b8b8', heading: '#12355b', flag: '#a11212', flagFill: '#fdecec', ok: '#1b6e35' };

/** Lays out text, fields and tables on A4 pages, breaking pages where a row would not fit. */
export class PdfWriter {
  readonly width: number;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly chinese: boolean,
    readonly timeZone: string,
    readonly language: PdfLanguage,
  ) {
    this.width = doc.page.width - margin.left - margin.right;
  }

  /** Helvetica has no Chinese glyphs: anything outside Latin-1 is printed as '?' rather than as garbage. */
  text(value: string | null | undefined): string {
    const shown = value ?? '—';
    return this.chinese ? shown : shown.replace(/[^\u0000-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2265\u2264]/g, '?');
  }

  /** A label in the document's language; without a CJK font, in English. */
  label(value: DocumentText): string {
    if (!this.chinese || this.language === 'en' || !value['zh-CN']) return value.en;
    if (this.language === 'zh-CN') return value['zh-CN'];
    return value['zh-CN'] !== value.en ? `${value.en}  ${value['zh-CN']}` : value.en;
  }

  /** Text kept in both languages (a customer's names): the reader's first, the other after it. */
  either(en: string | null | undefined, zh: string | null | undefined): string {
    return this.inReadersOrder(en, zh).join(' · ');
  }

  /** Text kept in both languages, in the reader's alone when it has it. */
  preferred(en: string | null | undefined, zh: string | null | undefined): string {
    return this.inReadersOrder(en, zh)[0] ?? '';
  }

  private inReadersOrder(en: string | null | undefined, zh: string | null | undefined): string[] {
    return (this.chinese && this.language === 'zh-CN' ? [zh, en] : [en, zh]).filter((name): name is string => Boolean(name));
  }

  time(iso: string | null): string {
    if (!iso) return '—';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: this.timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
    return `${local} (${this.timeZone})`;
  }

  private get bottom(): number {
    return this.doc.page.height - margin.bottom;
  }

  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(value: DocumentText, subtitle: string): void {
    this.doc.fillColor(colour.heading).fontSize(18).text(this.label(value), margin.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2).fillColor(colour.text).fontSize(11).text(this.text(subtitle), { width: this.width });
    this.doc.moveDown(0.6);
  }

  heading(value: DocumentText): void {
    this.ensureSpace(48);
    this.doc.moveDown(0.6);
    const y = this.doc.y;
    this.doc.fillColor(colour.heading).fontSize(12.5).text(this.label(value), margin.left, y, { width: this.width });
    this.doc.moveTo(margin.left, this.doc.y + 1).lineTo(margin.left + this.width, this.doc.y + 1).lineWidth(0.6).strokeColor(colour.rule).stroke();
    this.doc.moveDown(0.4).fillColor(colour.text).fontSize(9);
  }

  paragraph(value: string, options: { colour?: string; size?: number } = {}): void {
    const shown = this.text(value);
    this.doc.fontSize(options.size ?? 9);
    this.ensureSpace(this.doc.heightOfString(shown, { width: this.width }) + 4);
    this.doc.fillColor(options.colour ?? colour.text).text(shown, margin.left, this.doc.y, { width: this.width });
    this.doc.fillColor(colour.text);
  }

  none(): void {
    this.paragraph(this.label(labels.none), { colour: colour.muted });
  }

  /** Label / value pairs in two columns. */
  fields(pairs: Array<[DocumentText, string | null]>): void {
    const labelWidth = 190;
    this.doc.fontSize(9);
    for (const [label, value] of pairs) {
      const shownLabel = this.label(label);
      const shownValue = this.text(value);
      const height = Math.max(this.doc.heightOfString(shownLabel, { width: labelWidth - 8 }), this.doc.heightOfString(shownValue, { width: this.width - labelWidth }));
      this.ensureSpace(height + 3);
      const y = this.doc.y;
      this.doc.fillColor(colour.muted).text(shownLabel, margin.left, y, { width: labelWidth - 8 });
      this.doc.fillColor(colour.text).text(shownValue, margin.left + labelWidth, y, { width: this.width - labelWidth });
      this.doc.y = y + height + 3;
    }
    this.doc.x = margin.left;
  }

  /** A table; columns are fractions of the width; the header repeats on a new page. */
  table(columns: Array<{ label: DocumentText; share: number }>, rows: string[][], options: { size?: number } = {}): void {
    const size = options.size ?? 8;
    const total = columns.reduce((sum, column) => sum + column.share, 0);
    const widths = columns.map((column) => (column.share / total) * this.width);
    const padding = 3;
    const drawRow = (cells: string[], header: boolean) => {
      this.doc.fontSize(size);
      const height = Math.max(...cells.map((cell, index) => this.doc.heightOfString(cell, { width: widths[index]! - 2 * padding }))) + 2 * padding;
      if (this.doc.y + height > this.bottom) {
        this.doc.addPage();
        if (!header) drawRow(columns.map((column) => this.label(column.label)), true);
      }
      const y = this.doc.y;
      if (header) this.doc.rect(margin.left, y, this.width, height).fillColor('#eef2f7').fill();
      let x = margin.left;
      cells.forEach((cell, index) => {
        this.doc.fillColor(header ? colour.heading : colour.text).text(cell, x + padding, y + padding, { width: widths[index]! - 2 * padding });
        x += widths[index]!;
      });
      this.doc.moveTo(margin.left, y + height).lineTo(margin.left + this.width, y + height).lineWidth(0.4).strokeColor(colour.rule).stroke();
      this.doc.y = y + height;
    };
    drawRow(columns.map((column) => this.label(column.label)), true);
    for (const row of rows) drawRow(row.map((cell) => this.text(cell)), false);
    this.doc.x = margin.left;
    this.doc.moveDown(0.3);
  }

  /** Points a reader must not miss, in a red box at the top. */
  flags(messages: string[]): void {
    if (messages.length === 0) return;
    this.doc.fontSize(9);
    const body = messages.map((message) => `• ${this.text(message)}`).join('\n');
    const heading = this.label(labels.flags);
    const height = this.doc.heightOfString(heading, { width: this.width - 16 }) + this.doc.heightOfString(body, { width: this.width - 16 }) + 16;
    this.ensureSpace(height);
    const y = this.doc.y;
    this.doc.rect(margin.left, y, this.width, height).fillColor(colour.flagFill).fill();
    this.doc.rect(margin.left, y, this.width, height).lineWidth(1.2).strokeColor(colour.flag).stroke();
    this.doc.fillColor(colour.flag).text(heading, margin.left + 8, y + 6, { width: this.width - 16 });
    this.doc.text(body, margin.left + 8, this.doc.y + 2, { width: this.width - 16 });
    this.doc.fillColor(colour.text);
    this.doc.y = y + height + 6;
    this.doc.x = margin.left;
  }

  meaning(meaning: string): string {
    const known = signatureMeanings[meaning];
    return known ? this.label(known) : meaning;
  }

  status(status: string | null): string {
    const known = status ? lotStatuses[status] : undefined;
    return known ? this.label(known) : (status ?? '—');
  }

  signatures(lines: readonly SignatureLine[]): void {
    if (lines.length === 0) return this.none();
    this.table(
      [
        { label: { en: 'Printed name', 'zh-CN': '签名人' }, share: 2 },
        { label: { en: 'Signed at', 'zh-CN': '签名时间' }, share: 2.6 },
        { label: { en: 'Meaning', 'zh-CN': '签名含义' }, share: 2.2 },
        { label: { en: 'Record signed', 'zh-CN': '所签记录' }, share: 2.8 },
        { label: { en: 'State', 'zh-CN': '状态' }, share: 1.2 },
      ],
      lines.map((line) => [`${line.printedName} (${line.username})`, this.time(line.signedAt), this.meaning(line.meaning), `${line.record.type} ${line.record.code} rev. ${line.record.revision}`, line.state]),
    );
  }
}

export const formatQuantity = (value: number | null, unit?: string | null): string => (value === null ? '—' : `${value.toLocaleString('en-US', { maximumFractionDigits: 3 })}${unit ? ` ${unit}` : ''}`);

/** The footer of every page: page number, the document's identity and the hash of its content. */
function writeFooters(doc: PDFKit.PDFDocument, writer: PdfWriter, setup: PdfSetup): number {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - margin.bottom + 18;
    const width = doc.page.width - margin.left - margin.right;
    doc.moveTo(margin.left, y - 6).lineTo(margin.left + width, y - 6).lineWidth(0.4).strokeColor(colour.rule).stroke();
    doc.fontSize(7).fillColor(colour.muted);
    doc.text(writer.text(setup.identity(writer)), margin.left, y, { width: width - 160, height: 10, ellipsis: true, lineBreak: false });
    doc.text(pageNumber(writer, index + 1, range.count), margin.left + width - 150, y, { width: 150, align: 'right', lineBreak: false });
    doc.text(`${writer.label(labels.contentHash)}: ${setup.contentHash}`, margin.left, y + 11, { width, lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
  return range.count;
}

function pageNumber(writer: PdfWriter, page: number, count: number): string {
  const english = `Page ${page} of ${count}`;
  const chinese = `第 ${page} 页，共 ${count} 页`;
  if (!writer.chinese || writer.language === 'en') return english;
  return writer.language === 'zh-CN' ? chinese : `${english} · ${chinese}`;
}

/** Loads the font; a file pdfkit cannot read falls back to Helvetica, so a document is still produced. */
function useFont(doc: PDFKit.PDFDocument, font: PdfFont): { chinese: boolean; problem?: string } {
  if (font.kind === 'builtin') {
    doc.font('Helvetica');
    return { chinese: false };
  }
  try {
    doc.registerFont('document', font.path, font.family ?? '');
    doc.font('document');
    return { chinese: true };
  } catch (error) {
    doc.font('Helvetica');
    return { chinese: false, problem: `The font ${font.path}${font.family ? `#${font.family}` : ''} could not be loaded (${(error as Error).message}).` };
  }
}

/**
 * An A4 PDF written by `write`, with page numbers and the content's hash in every footer.
 * Without a CJK font it is still produced, in Helvetica, and says on its first page that
 * Chinese could not be rendered.
 */
export async function writePdf(setup: PdfSetup, write: (writer: PdfWriter) => void): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: margin,
    bufferPages: true,
    compress: setup.compress ?? true,
    info: { Title: setup.info.title, Author: setup.info.author, Creator: 'Lotflow', CreationDate: setup.info.createdAt, Subject: setup.contentHash },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const loaded = useFont(doc, setup.font);
  const writer = new PdfWriter(doc, loaded.chinese, setup.timeZone, setup.language);
  if (!loaded.chinese) writer.paragraph(labels.noFont.en, { colour: colour.flag, size: 10 });
  write(writer);
  const pageCount = writeFooters(doc, writer, setup);
  doc.end();
  await ended;
  return { pdf: Buffer.concat(chunks), pageCount, chineseRendered: loaded.chinese, ...(loaded.problem ? { fontProblem: loaded.problem } : {}) };
}
