import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { tablePath, type Caller, type VersionSelector } from './caller';
import { ruleTableVersionShape, type RuleTableVersion } from './rule-table.shape';

/** One version with its table; 404 when there is no such version (or no draft). */
export function getRuleTableVersion({ apiBaseUrl, sessionToken }: Caller, key: string, selector: VersionSelector): Promise<ApiResult<RuleTableVersion>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: tablePath(key, `versions/${selector}`), sessionToken, shape: ruleTableVersionShape });
}
