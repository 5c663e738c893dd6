import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { ruleTableListShape } from './element-template.shape';

/** Keys of the rule tables that have a published version: the only ones a process may evaluate. */
export async function getPublishedRuleTables(apiBaseUrl: string, sessionToken: string): Promise<ApiResult<string[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'rule-tables', sessionToken, shape: ruleTableListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items.filter((table) => table.latestVersion !== null).map((table) => table.key) } : result;
}
