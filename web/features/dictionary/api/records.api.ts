import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { Locale } from '../../../shared/i18n/locales';
import type { Caller } from './dictionary-types.api';
import { checkedRecordShape, recordPageShape, storedRecordShape, type CheckedRecord, type RecordPage, type StoredRecord } from './dictionary.shape';

const recordsPath = (typeKey: string) => `records/${encodeURIComponent(typeKey)}`;

/** A page of a type's records, ordered by code; `search` matches part of the code. */
export function getRecords({ apiBaseUrl, sessionToken }: Caller, typeKey: string, page: { search?: string; limit: number; offset: number }): Promise<ApiResult<RecordPage>> {
  const query = new URLSearchParams({ limit: String(page.limit), offset: String(page.offset), ...(page.search ? { search: page.search } : {}) });
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `${recordsPath(typeKey)}?${query}`, sessionToken, shape: recordPageShape });
}

/** One record, with what its type version finds wrong with it, worded in `locale`. */
export function getRecord({ apiBaseUrl, sessionToken }: Caller, typeKey: string, code: string, locale: Locale): Promise<ApiResult<CheckedRecord>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `${recordsPath(typeKey)}/${encodeURIComponent(code)}?locale=${locale}`,
    sessionToken,
    shape: checkedRecordShape,
  });
}

/** Creates a record; problems come back worded in `locale`, each with its field's pointer. */
export function createRecord(
  { apiBaseUrl, sessionToken }: Caller,
  typeKey: string,
  write: { values: Record<string, unknown>; reason?: string },
  locale: Locale,
): Promise<ApiResult<StoredRecord>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `${recordsPath(typeKey)}?locale=${locale}`,
    method: 'POST',
    body: write,
    sessionToken,
    shape: storedRecordShape,
    acceptedStatuses: [201],
  });
}

/** Changes a record from the revision the person started from; 409 when someone saved in between. */
export function updateRecord(
  { apiBaseUrl, sessionToken }: Caller,
  typeKey: string,
  code: string,
  write: { values: Record<string, unknown>; revision: number; reason?: string },
  locale: Locale,
): Promise<ApiResult<StoredRecord>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `${recordsPath(typeKey)}/${encodeURIComponent(code)}?locale=${locale}`,
    method: 'PUT',
    body: write,
    sessionToken,
    shape: storedRecordShape,
  });
}
