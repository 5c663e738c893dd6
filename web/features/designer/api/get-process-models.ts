import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { processModelListShape, type ProcessModelSummary } from './process-model.shape';

/** Every process model with its latest published version and whether a draft waits. */
export async function getProcessModels(apiBaseUrl: string, sessionToken: string): Promise<ApiResult<readonly ProcessModelSummary[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'process-models', sessionToken, shape: processModelListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}
