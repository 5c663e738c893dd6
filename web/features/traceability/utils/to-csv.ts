const BYTE_ORDER_MARK = '\uFEFF';

function cell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: shown as text instead.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV as Excel opens it: UTF-8 with a byte order mark (so Chinese text is read as UTF-8), comma
 * separated, CRLF line ends, quoted where needed.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
