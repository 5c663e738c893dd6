/**
 * One RFC 4180 record, without its line break. Fields with a comma, quote or line break are quoted,
 * and so are fields with space at either end, which some readers trim.
 */
export function formatCsvRecord(fields: readonly string[]): string {
  return fields.map((field) => (/[",\r\n]|^\s|\s$/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',');
}
