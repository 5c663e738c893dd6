'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { analyseRuleTable } from '../api/analyse-rule-table';
import type { Caller, VersionSelector } from '../api/caller';
import { publishRuleTable, rollBackRuleTable, saveRuleTableDraft, type PublishRequest } from '../api/change-rule-table';
import { evaluateRuleTable } from '../api/evaluate-rule-table';
import { getRecords } from '../api/get-records';
import { getRuleTableDiff } from '../api/get-rule-table-diff';
import { getRuleTableVersion } from '../api/get-rule-table-version';
import { getRuleTableVersions } from '../api/get-rule-table-versions';
import type { Analysis, DraftSaved, Evaluation, RecordList, RuleTableDocument, RuleTableVersion, RuleTableVersionSummary, VersionDiff } from '../api/rule-table.shape';
import { isRuleTableKey } from '../utils/is-rule-table-key';

/*
 * The editor runs in the browser, which never talks to the api: each of its calls comes here and
 * goes on with the session token from this site's httpOnly cookie. The api checks the roles.
 */

const invalid = (detail: string): ApiResult<never> => ({ outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail } });

async function withCaller<T>(call: (caller: Caller) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  return call({ apiBaseUrl: readApiBaseUrl(), sessionToken });
}

function withTable<T>(key: string, call: (caller: Caller) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  return isRuleTableKey(key) ? withCaller(call) : Promise.resolve(invalid(`'${key}' is not a rule table key.`));
}

const isSelector = (value: unknown): value is VersionSelector =>
  value === 'draft' || value === 'latest' || (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0);

export async function analyseAction(content: RuleTableDocument): Promise<ApiResult<Analysis>> {
  return withCaller((caller) => analyseRuleTable(caller, content));
}

export async function saveDraftAction(key: string, content: RuleTableDocument): Promise<ApiResult<DraftSaved>> {
  return withTable(key, (caller) => saveRuleTableDraft(caller, key, content));
}

export async function publishAction(key: string, request: PublishRequest): Promise<ApiResult<RuleTableVersion>> {
  return withTable(key, (caller) => publishRuleTable(caller, key, { reason: request.reason, signature: request.signature }));
}

export async function rollBackAction(key: string, version: number, request: PublishRequest): Promise<ApiResult<RuleTableVersion>> {
  return withTable(key, (caller) => rollBackRuleTable(caller, key, version, { reason: request.reason, signature: request.signature }));
}

export async function listVersionsAction(key: string): Promise<ApiResult<readonly RuleTableVersionSummary[]>> {
  return withTable(key, (caller) => getRuleTableVersions(caller, key));
}

export async function loadVersionAction(key: string, version: VersionSelector): Promise<ApiResult<RuleTableVersion>> {
  if (!isSelector(version)) {
    return invalid(`'${String(version)}' is not a version.`);
  }
  return withTable(key, (caller) => getRuleTableVersion(caller, key, version === 0 ? 'draft' : version));
}

export async function diffAction(key: string, from: VersionSelector, to: VersionSelector): Promise<ApiResult<VersionDiff>> {
  if (!isSelector(from) || !isSelector(to)) {
    return invalid('Compare two versions: a number, draft or latest.');
  }
  return withTable(key, (caller) => getRuleTableDiff(caller, key, from === 0 ? 'draft' : from, to === 0 ? 'draft' : to));
}

export async function evaluateAction(key: string, version: VersionSelector, facts: Record<string, unknown>): Promise<ApiResult<Evaluation>> {
  if (!isSelector(version)) {
    return invalid(`'${String(version)}' is not a version.`);
  }
  return withTable(key, (caller) => evaluateRuleTable(caller, key, version === 0 ? 'draft' : version, facts));
}

export async function listRecordsAction(typeKey: string): Promise<ApiResult<RecordList>> {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(typeKey)) {
    return invalid(`'${typeKey}' is not a dictionary type.`);
  }
  return withCaller((caller) => getRecords(caller, typeKey));
}
