import { fetchApiJson, type ApiResult } from '../api/api-client';
import { processContextShape, type ProcessContext } from './process-context.shape';

/** A process instance's context for the diagram viewer; any signed-in person may read it. */
export function getProcessContext(apiBaseUrl: string, sessionToken: string, processInstanceId: string): Promise<ApiResult<ProcessContext>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `process-instances/${encodeURIComponent(processInstanceId)}/context`,
    sessionToken,
    shape: processContextShape,
    timeoutMs: 15_000,
  });
}
