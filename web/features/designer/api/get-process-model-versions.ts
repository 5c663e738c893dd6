import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { processModelVersionListShape, type ProcessModelVersionSummary } from './process-model.shape';

/** Every version of a model, newest first, draft included; a model never saved answers 404. */
export async function getProcessModelVersions(
  apiBaseUrl: string,
  sessionToken: string,
  key: string,
): Promise<ApiResult<readonly ProcessModelVersionSummary[]>> {
  const result = await fetchApiJson({
    baseUrl: apiBaseUrl,
    path: `process-models/${encodeURIComponent(key)}/versions`,
    sessionToken,
    shape: processModelVersionListShape,
  });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}
