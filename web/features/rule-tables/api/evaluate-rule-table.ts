import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { tablePath, type Caller, type VersionSelector } from './caller';
import { evaluationShape, type Evaluation } from './rule-table.shape';

/** The test bench: a version decides on the facts and explains each row. */
export function evaluateRuleTable(
  { apiBaseUrl, sessionToken }: Caller,
  key: string,
  version: VersionSelector,
  facts: Record<string, unknown>,
): Promise<ApiResult<Evaluation>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: tablePath(key, 'evaluate'),
    method: 'POST',
    body: { facts, version, explain: true },
    sessionToken,
    shape: evaluationShape,
  });
}
