import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { Caller } from './caller';
import { recordListShape, type RecordList } from './rule-table.shape';

const RECORDS_SHOWN = 100;

/** Records of one dictionary type, by code: facts for the test bench. */
export function getRecords({ apiBaseUrl, sessionToken }: Caller, typeKey: string): Promise<ApiResult<RecordList>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `records/${encodeURIComponent(typeKey)}?limit=${RECORDS_SHOWN}`, sessionToken, shape: recordListShape });
}
