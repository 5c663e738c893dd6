export interface CsvRecord {
  fields: string[];
  /** The line the record starts on; a quoted field may hold line breaks, so records and lines can differ. */
  line: number;
}

/** A quote that does not close, or text after a closing quote: the file's structure is lost from here. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    /** Zero-based field of the record. */
    readonly fieldIndex: number,
    readonly recordIndex: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Splits RFC 4180 text into records: fields separated by commas, records by CRLF, LF or CR;
 * a field in double quotes may hold commas, line breaks and "" for a quote. A quote inside an
 * unquoted field is kept as written, as Excel does. Text only: no field is read as a number or date.
 */
export function* parseCsvRecords(text: string): Generator<CsvRecord> {
  let position = 0;
  let line = 1;
  let recordIndex = 0;
  const atBreak = () => text[position] === '\r' || text[position] === '\n';
  while (position < text.length) {
    const record: CsvRecord = { fields: [], line };
    for (;;) {
      let value = '';
      if (text[position] === '"') {
        const opening = line;
        position += 1;
        for (;;) {
          if (position >= text.length) {
            throw new CsvSyntaxError(opening, record.fields.length, recordIndex, 'a quoted field is not closed; the file may be cut off, or a quote inside it is not doubled ("")');
          }
          const character = text[position]!;
          if (character === '"' && text[position + 1] === '"') {
            value += '"';
            position += 2;
            continue;
          }
          if (character === '"') {
            position += 1;
            break;
          }
          if (character === '\n' || (character === '\r' && text[position + 1] !== '\n')) line += 1;
          value += character;
          position += 1;
        }
        if (position < text.length && text[position] !== ',' && !atBreak()) {
          throw new CsvSyntaxError(line, record.fields.length, recordIndex, 'text follows a closing quote; inside quotes, write a quote twice ("")');
        }
      } else {
        const start = position;
        while (position < text.length && text[position] !== ',' && !atBreak()) position += 1;
        value = text.slice(start, position);
      }
      record.fields.push(value);
      if (text[position] === ',') {
        position += 1;
        continue;
      }
      if (text[position] === '\r') position += 1;
      if (text[position] === '\n') position += 1;
      line += 1;
      break;
    }
    recordIndex += 1;
    yield record;
  }
}
