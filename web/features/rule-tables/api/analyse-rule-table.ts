import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { Caller } from './caller';
import { analysisShape, type Analysis, type RuleTableDocument } from './rule-table.shape';

const ANALYSIS_TIMEOUT_MS = 30_000;

/** The api's checks on a table that is not saved: cells that do not parse, overlaps, gaps, shadowed rows, the dictionary. */
export function analyseRuleTable({ apiBaseUrl, sessionToken }: Caller, content: RuleTableDocument): Promise<ApiResult<Analysis>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: 'rule-tables/analyse',
    method: 'POST',
    body: { content },
    sessionToken,
    shape: analysisShape,
    timeoutMs: ANALYSIS_TIMEOUT_MS,
  });
}
