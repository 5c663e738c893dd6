import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { processListShape, type DeployedProcess } from './process-list.shape';

/** `GET /processes` needs a signed-in person (any role); without a valid session the api answers 401. */
export async function getProcesses(apiBaseUrl: string, sessionToken: string): Promise<ApiResult<readonly DeployedProcess[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'processes', sessionToken, shape: processListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}
