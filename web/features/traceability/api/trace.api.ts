import { validateTypeDefinition, type TypeDefinition } from '@lotflow/dictionary/browser';
import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { parsedUdiShape, recordPageShape, signedRecordShape, traceGraphShape, typeVersionShape, type SignedRecord, type TraceGraph } from './trace.shape';

export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

export type TraceDirection = 'backward' | 'forward' | 'both';

const segment = encodeURIComponent;

/** The genealogy around a node; a supplier lot's code is `<supplier>/<lot>`, its slash sent as %2F. */
export function getTrace({ apiBaseUrl, sessionToken }: Caller, type: string, code: string, direction: TraceDirection, depth: number): Promise<ApiResult<TraceGraph>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `trace/${segment(type)}/${segment(code)}?direction=${direction}&depth=${depth}`, sessionToken, shape: traceGraphShape, timeoutMs: 15_000 });
}

/** A record with its signatures; 404 when the code is not a record of that type. */
export function getSignedRecord({ apiBaseUrl, sessionToken }: Caller, type: string, code: string): Promise<ApiResult<SignedRecord>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `records/${segment(type)}/${segment(code)}`, sessionToken, shape: signedRecordShape });
}

/** Codes of a type that contain the text, for suggestions. */
export async function searchCodes({ apiBaseUrl, sessionToken }: Caller, type: string, search: string, limit: number): Promise<readonly string[]> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: `records/${segment(type)}?${new URLSearchParams({ search, limit: String(limit) }).toString()}`, sessionToken, shape: recordPageShape });
  return result.outcome === 'ok' ? result.data.items.map((item) => item.code) : [];
}

/** The version in force of a dictionary type: its field labels and value labels in both languages. */
export async function getTypeDefinition({ apiBaseUrl, sessionToken }: Caller, key: string): Promise<TypeDefinition | undefined> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: `dictionary/types/${segment(key)}/versions/latest`, sessionToken, shape: typeVersionShape });
  if (result.outcome !== 'ok') return undefined;
  const checked = validateTypeDefinition(result.data.content);
  return checked.ok ? checked.value : undefined;
}

/** The lot (and serial) printed in a UDI, when the text is one. */
export async function readUdiLot({ apiBaseUrl, sessionToken }: Caller, value: string): Promise<string | undefined> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'udi/parse', method: 'POST', body: { value }, sessionToken, shape: parsedUdiShape });
  return result.outcome === 'ok' ? result.data.lot : undefined;
}
