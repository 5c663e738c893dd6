import type { RuleTableDocument } from '../rule-table/rule-table-document.types.js';
import { formatCsvRecord } from './format-csv-record.util.js';
import { layOutRuleTable } from './lay-out-rule-table.js';

const byteOrderMark = '\uFEFF';

/**
 * Writes a rule table as CSV in the same layout as the .xlsx export (rule-table-sheet.layout.ts):
 * RFC 4180 quoting, CRLF line ends, every record as wide as the table, and a UTF-8 byte order
 * mark so Excel shows Chinese labels correctly. Write the string as UTF-8.
 */
export function exportRuleTableToCsv(table: RuleTableDocument): string {
  const { rows } = layOutRuleTable(table);
  const records = rows.map((row) => formatCsvRecord(row.map((value) => (value === null ? '' : String(value)))));
  return `${byteOrderMark}${records.join('\r\n')}\r\n`;
}
