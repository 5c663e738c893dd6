import { getSignedRecord, readUdiLot, searchCodes, type Caller } from './trace.api';

/** The record types a search may name, in the order a code is tried. */
export const SEARCHABLE_TYPES = ['lot', 'shipment', 'work-order', 'sterilization-load', 'receipt', 'customer', 'supplier'] as const;

export type TraceStartSearch =
  | { readonly outcome: 'found'; readonly type: string; readonly code: string }
  | { readonly outcome: 'not-found'; readonly suggestions: ReadonlyArray<{ readonly type: string; readonly code: string }> };

const SUGGESTION_LIMIT = 8;

/**
 * What the searched text names: a supplier lot written `<supplier>/<supplier lot>`, a UDI (its
 * lot), or the code of a lot, shipment, work order, load, receipt, customer or supplier — looked
 * up in the records, so the type need not be given. Otherwise lots and shipments whose code
 * contains the text are suggested.
 */
export async function findTraceStart(caller: Caller, query: string): Promise<TraceStartSearch> {
  const text = query.trim();
  if (text.includes('/') && !text.startsWith('(')) return { outcome: 'found', type: 'supplier-lot', code: text };
  const udiLot = text.startsWith('(01)') || /^\]d2|^01\d{14}/.test(text) ? await readUdiLot(caller, text) : undefined;
  const code = udiLot ?? text;
  const found = await Promise.all(SEARCHABLE_TYPES.map(async (type) => ((await getSignedRecord(caller, type, code)).outcome === 'ok' ? type : undefined)));
  const type = found.find((candidate) => candidate !== undefined);
  if (type) return { outcome: 'found', type, code };
  const [lots, shipments] = await Promise.all([searchCodes(caller, 'lot', code, SUGGESTION_LIMIT), searchCodes(caller, 'shipment', code, SUGGESTION_LIMIT)]);
  return {
    outcome: 'not-found',
    suggestions: [...lots.map((lot) => ({ type: 'lot', code: lot })), ...shipments.map((shipment) => ({ type: 'shipment', code: shipment }))].slice(0, SUGGESTION_LIMIT),
  };
}
