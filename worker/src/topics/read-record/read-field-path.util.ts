const segmentPattern = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([A-Za-z_][A-Za-z0-9_]*)=([^\]]*)\])?$/;

export interface FieldPathSegment {
  field: string;
  /** For a list: the first row whose `field` equals `equals` (compared as text). */
  where?: { field: string; equals: string };
}

/**
 * `certificates[standard=iso-13485].expiresOn` → segments. Dots inside a selector's value are
 * kept, so a value may be a code with dots. Undefined when the path is not one.
 */
export function parseFieldPath(path: string): FieldPathSegment[] | undefined {
  const parts: string[] = [];
  let current = '';
  let inSelector = false;
  for (const character of path) {
    if (character === '[') inSelector = true;
    if (character === ']') inSelector = false;
    if (character === '.' && !inSelector) {
      parts.push(current);
      current = '';
    } else current += character;
  }
  parts.push(current);
  const segments: FieldPathSegment[] = [];
  for (const part of parts) {
    const match = segmentPattern.exec(part.trim());
    if (!match) return undefined;
    const [, field, whereField, equals] = match;
    segments.push(whereField === undefined ? { field: field! } : { field: field!, where: { field: whereField, equals: equals!.trim() } });
  }
  return segments;
}

/** The value at a parsed path of a record's values; null when any step is missing. */
export function readFieldPath(values: Record<string, unknown>, segments: FieldPathSegment[]): unknown {
  let value: unknown = values;
  for (const { field, where } of segments) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
    value = (value as Record<string, unknown>)[field];
    if (where) {
      if (!Array.isArray(value)) return null;
      value = value.find((row) => row !== null && typeof row === 'object' && String((row as Record<string, unknown>)[where.field]) === where.equals);
    }
    if (value === undefined) return null;
  }
  return value;
}
