import { describe, expect, it } from 'vitest';
import { formatCsvRecord } from '../format-csv-record.util.js';
import { CsvSyntaxError, parseCsvRecords } from '../parse-csv-records.util.js';

const records = (text: string) => [...parseCsvRecords(text)];

describe('parseCsvRecords', () => {
  it('given CRLF, LF and CR line ends and a last line without one, then each ends a record', () => {
    expect(records('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['c', 'd'], line: 2 },
      { fields: ['e', 'f'], line: 3 },
      { fields: ['g', 'h'], line: 4 },
    ]);
  });

  it('given quoted fields with commas, doubled quotes and line breaks, then they are one field and later records keep their line', () => {
    expect(records('id,"a, ""b""\r\nc",x\r\nnext,,\r\n')).toEqual([
      { fields: ['id', 'a, "b"\r\nc', 'x'], line: 1 },
      { fields: ['next', '', ''], line: 3 },
    ]);
  });

  it('given numbers, dates and a quote inside an unquoted field, then every field stays the text it was', () => {
    expect(records('0.150,2026-01-31,TRUE,ab"c')).toEqual([{ fields: ['0.150', '2026-01-31', 'TRUE', 'ab"c'], line: 1 }]);
  });

  it('given a quote that never closes or text after a closing quote, then it names where', () => {
    const unclosed = (() => records('a\r\nb,"open\r\n')) as () => unknown;
    const trailing = (() => records('"x"y,z')) as () => unknown;

    expect(unclosed).toThrow(new CsvSyntaxError(2, 1, 1, 'a quoted field is not closed; the file may be cut off, or a quote inside it is not doubled ("")'));
    expect(trailing).toThrow('text follows a closing quote; inside quotes, write a quote twice ("")');
  });
});

describe('formatCsvRecord', () => {
  it('given fields that need quotes, then only those are quoted and parse back the same', () => {
    const fields = ['plain', 'a,b', 'say "hi"', 'two\nlines', ' padded ', '管路', ''];

    expect(formatCsvRecord(fields)).toBe('plain,"a,b","say ""hi""","two\nlines"," padded ",管路,');
    expect(records(formatCsvRecord(fields))[0]!.fields).toEqual(fields);
  });
});
