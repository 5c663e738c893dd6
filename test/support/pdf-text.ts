import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

/** The objects of a PDF as pdfkit writes them: `N 0 obj << … >> [stream … endstream] endobj`, streams inflated. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const streamAt = source.indexOf('stream', start);
    const endAt = source.indexOf('endobj', start);
    if (streamAt === -1 || streamAt > endAt) {
      objects.set(Number(match[1]), { dictionary: source.slice(start, endAt) });
      continue;
    }
    const dictionary = source.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
    const dataStart = streamAt + 'stream'.length + (source[streamAt + 6] === '\r' ? 2 : 1);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dictionary, stream: dictionary.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

/** A ToUnicode CMap: glyph code (hex) → the text it stands for. */
function readCMap(cmap: string): Map<string, string> {
  // A target may be several code units, written with spaces: <0066 0066> is "ff".
  const unicode = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').swap16().toString('utf16le');
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, text] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(code!.toLowerCase(), unicode(text!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low, high, target] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g)) {
      const first = parseInt(low!, 16);
      const width = low!.length;
      const targets = target!.startsWith('[') ? [...target!.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((entry) => entry[1]!) : undefined;
      for (let code = first; code <= parseInt(high!, 16); code += 1) {
        const text = targets ? targets[code - first] : (parseInt(target!.slice(1, -1), 16) + code - first).toString(16).padStart(4, '0');
        if (text) map.set(code.toString(16).padStart(width, '0'), unicode(text));
      }
    }
  }
  return map;
}

/**
 * The text of a PDF that pdfkit wrote, one line per text object, pages in order: what a reader
 * would see, for tests. Embedded fonts are read through their ToUnicode maps; the standard
 * fonts (Helvetica) as WinAnsi bytes.
 */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const reference = (dictionary: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dictionary)?.[1]);
  const fonts = new Map<string, Map<string, string> | undefined>();
  const pages: string[] = [];
  for (const object of objects.values()) {
    for (const [, name, id] of object.dictionary.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const toUnicode = objects.get(reference(objects.get(Number(id))?.dictionary ?? '', 'ToUnicode'))?.stream;
      fonts.set(name!, toUnicode ? readCMap(toUnicode.toString('latin1')) : undefined);
    }
  }
  const root = objects.get(reference([...objects.values()].find((object) => /\/Type \/Catalog/.test(object.dictionary))?.dictionary ?? '', 'Pages'));
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(root?.dictionary ?? '')?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((kid) => objects.get(Number(kid[1]))!);
  for (const page of kids) {
    const content = objects.get(reference(page.dictionary, 'Contents'))?.stream?.toString('latin1') ?? '';
    let font: Map<string, string> | undefined;
    const lines: string[] = [];
    for (const block of content.matchAll(/BT([\s\S]*?)ET/g)) {
      let line = '';
      for (const [, fontName, shown] of block[1]!.matchAll(/\/(F\d+) [\d.]+ Tf|(\[[^\]]*\]\s*TJ|<[0-9a-fA-F]*>\s*Tj)/g)) {
        if (fontName) {
          font = fonts.get(fontName);
          continue;
        }
        for (const [, hex] of shown!.matchAll(/<([0-9a-fA-F]*)>/g)) {
          if (font) line += (hex!.match(/.{4}/g) ?? []).map((code) => font!.get(code.toLowerCase()) ?? '\uFFFD').join('');
          else line += Buffer.from(hex!, 'hex').toString('latin1');
        }
      }
      lines.push(line);
    }
    pages.push(lines.join('\n'));
  }
  return pages.join('\n');
}
