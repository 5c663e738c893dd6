/**
 * Where a row of a snapshot table leads: a record to its page in the dictionary, a lot's status or
 * balance (keyed `lot` or `lot@location`) to the trace explorer.
 */
export function linkSnapshotRow(table: string, key: string): { readonly kind: 'record' | 'trace'; readonly href: string } | undefined {
  if (table.startsWith('record:')) return { kind: 'record', href: recordHref(table.slice('record:'.length), key) };
  if (table === 'lot-status' || table === 'inventory-balance') return { kind: 'trace', href: traceHref(key.split('@')[0]!) };
  return undefined;
}

/** A record's page in the dictionary. */
export function recordHref(type: string, code: string): string {
  return `/dictionary/${encodeURIComponent(type)}/records/${encodeURIComponent(code)}`;
}

/** A lot in the trace explorer. */
export function traceHref(lot: string): string {
  return `/trace?${new URLSearchParams({ type: 'lot', code: lot }).toString()}`;
}
