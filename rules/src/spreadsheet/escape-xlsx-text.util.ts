// OOXML writes characters XML cannot hold (CR, other control characters) as _xHHHH_, and a literal
// "_xHHHH_" with its underscore escaped: _x005F_xHHHH_. Excel reads and writes text this way;
// exceljs's writer drops control characters and its streaming reader does not decode.
const needsEscape = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\u007F]/g;
const escaped = /_x([0-9A-Fa-f]{4})_/g;

/** Text as an .xlsx cell must hold it to read back exactly; tabs and line feeds stay as they are. */
export function escapeXlsxText(text: string): string {
  return text.replace(needsEscape, (match) => (match.length > 1 ? `_x005F_${match.slice(1)}` : `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`));
}

/** The text an .xlsx cell holds, with _xHHHH_ escapes decoded. */
export function unescapeXlsxText(text: string): string {
  return text.replace(escaped, (_match, code: string) => String.fromCharCode(parseInt(code, 16)));
}
