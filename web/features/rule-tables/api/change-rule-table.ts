import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { noContent } from '../../../shared/api/shape';
import { tablePath, type Caller } from './caller';
import { draftSavedShape, ruleTableVersionShape, type DraftSaved, type RuleTableDocument, type RuleTableVersion } from './rule-table.shape';

// Saving and publishing run the static analysis over the whole table.
const ANALYSIS_TIMEOUT_MS = 30_000;

/** What publishing (or rolling back) asks of the person: why, and their electronic signature. */
export interface PublishRequest {
  readonly reason: string;
  /** The password re-entered at signing and the signature's meaning (21 CFR 11.200, 11.50). */
  readonly signature: { readonly password: string; readonly meaning: 'rule-publication' };
}

/** Saves the draft whatever its state; the answer's issues say what blocks publishing. */
export function saveRuleTableDraft({ apiBaseUrl, sessionToken }: Caller, key: string, content: RuleTableDocument): Promise<ApiResult<DraftSaved>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: tablePath(key, 'draft'),
    method: 'PUT',
    body: { content },
    sessionToken,
    shape: draftSavedShape,
    timeoutMs: ANALYSIS_TIMEOUT_MS,
  });
}

export function discardRuleTableDraft({ apiBaseUrl, sessionToken }: Caller, key: string): Promise<ApiResult<undefined>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: tablePath(key, 'draft'), method: 'DELETE', sessionToken, shape: noContent(), acceptedStatuses: [204] });
}

/** Publishes the draft as the next version; a draft with errors is refused with 400. */
export function publishRuleTable({ apiBaseUrl, sessionToken }: Caller, key: string, request: PublishRequest): Promise<ApiResult<RuleTableVersion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: tablePath(key, 'publish'),
    method: 'POST',
    body: request,
    sessionToken,
    shape: ruleTableVersionShape,
    acceptedStatuses: [201],
    timeoutMs: ANALYSIS_TIMEOUT_MS,
  });
}

/** Publishes an earlier version's content again as the newest version. */
export function rollBackRuleTable({ apiBaseUrl, sessionToken }: Caller, key: string, version: number, request: PublishRequest): Promise<ApiResult<RuleTableVersion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: tablePath(key, 'rollback'),
    method: 'POST',
    body: { version, ...request },
    sessionToken,
    shape: ruleTableVersionShape,
    acceptedStatuses: [201],
  });
}
