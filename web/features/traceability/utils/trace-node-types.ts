/** Nodes drawn as columns of the graph; the others are documents about a lot and shown on it. */
export const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['inspection-lot', 'sterilization-load', 'receipt', 'nonconformance-report']);

/** A record type key or node type, as the api accepts it. */
export function isTraceType(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][a-z0-9-]{0,79}$/.test(value);
}

export function isTraceCode(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= 180;
}

/** The dictionary's record page of a node, when the node is a record. */
export function recordHref(type: string, code: string): string {
  return `/dictionary/${type}/records/${encodeURIComponent(code)}`;
}

/** The explorer centred on a node. */
export function traceHref(type: string, code: string): string {
  return `/trace?${new URLSearchParams({ type, code }).toString()}`;
}

export function recallHref(type: string, code: string): string {
  return `/trace/recall?${new URLSearchParams({ type, code }).toString()}`;
}
