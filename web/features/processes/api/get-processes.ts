import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { processListShape, type DeployedProcess } from './process-list.shape';

export async function getProcesses(apiBaseUrl: string): Promise<ApiResult<readonly DeployedProcess[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'processes', shape: processListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}
