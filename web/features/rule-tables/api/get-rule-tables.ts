import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { Caller } from './caller';
import { ruleTableListShape, type RuleTableSummary } from './rule-table.shape';

/** Every rule table with its latest published version and whether a draft waits. */
export async function getRuleTables({ apiBaseUrl, sessionToken }: Caller): Promise<ApiResult<readonly RuleTableSummary[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'rule-tables', sessionToken, shape: ruleTableListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}
