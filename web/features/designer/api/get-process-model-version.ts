import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { processModelVersionShape, type ProcessModelVersion } from './process-model.shape';

export type VersionSelector = number | 'draft' | 'latest';

/** One version with its BPMN XML; 404 when there is no such version (or no draft). */
export function getProcessModelVersion(
  apiBaseUrl: string,
  sessionToken: string,
  key: string,
  selector: VersionSelector,
): Promise<ApiResult<ProcessModelVersion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `process-models/${encodeURIComponent(key)}/versions/${selector}`,
    sessionToken,
    shape: processModelVersionShape,
  });
}
