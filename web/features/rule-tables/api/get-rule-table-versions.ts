import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { tablePath, type Caller } from './caller';
import { ruleTableVersionListShape, type RuleTableVersionSummary } from './rule-table.shape';

/** Every version of a table, newest first, draft included; a table never saved answers 404. */
export async function getRuleTableVersions({ apiBaseUrl, sessionToken }: Caller, key: string): Promise<ApiResult<readonly RuleTableVersionSummary[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: tablePath(key, 'versions'), sessionToken, shape: ruleTableVersionListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}
