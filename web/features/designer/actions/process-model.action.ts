'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { deployProcessModel, publishProcessModel, rollBackProcessModel, saveProcessModelDraft } from '../api/change-process-model';
import { getProcessModelVersion } from '../api/get-process-model-version';
import { getProcessModelVersions } from '../api/get-process-model-versions';
import type { DeploymentResult, DraftSaved, ProcessModelVersion, ProcessModelVersionSummary } from '../api/process-model.shape';
import { isProcessModelKey } from '../utils/is-process-model-key';

/*
 * The designer runs in the browser, which never talks to the api: each of its calls comes here
 * and goes on with the session token from this site's httpOnly cookie. The api checks the roles.
 */

type Caller = { readonly apiBaseUrl: string; readonly sessionToken: string };

async function withCaller<T>(key: string, call: (caller: Caller) => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  if (!isProcessModelKey(key)) {
    return { outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail: `'${key}' is not a process model key.` } };
  }
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  return call({ apiBaseUrl: readApiBaseUrl(), sessionToken });
}

export async function saveDraftAction(key: string, bpmnXml: string): Promise<ApiResult<DraftSaved>> {
  return withCaller(key, (caller) => saveProcessModelDraft(caller, key, bpmnXml));
}

export async function publishAction(key: string, reason: string): Promise<ApiResult<ProcessModelVersion>> {
  return withCaller(key, (caller) => publishProcessModel(caller, key, reason));
}

export async function rollBackAction(key: string, version: number, reason: string): Promise<ApiResult<ProcessModelVersion>> {
  return withCaller(key, (caller) => rollBackProcessModel(caller, key, version, reason));
}

/** Deploys the latest published version, never the canvas: what runs is what was approved. */
export async function deployLatestAction(key: string): Promise<ApiResult<DeploymentResult & { version: number }>> {
  return withCaller(key, async (caller) => {
    const latest = await getProcessModelVersion(caller.apiBaseUrl, caller.sessionToken, key, 'latest');
    if (latest.outcome !== 'ok') {
      return latest;
    }
    const deployed = await deployProcessModel(caller, key, latest.data.content.bpmnXml);
    return deployed.outcome === 'ok' ? { ...deployed, data: { ...deployed.data, version: latest.data.version } } : deployed;
  });
}

export async function listVersionsAction(key: string): Promise<ApiResult<readonly ProcessModelVersionSummary[]>> {
  return withCaller(key, (caller) => getProcessModelVersions(caller.apiBaseUrl, caller.sessionToken, key));
}

export async function loadVersionAction(key: string, version: number | 'draft' | 'latest'): Promise<ApiResult<ProcessModelVersion>> {
  if (version !== 'draft' && version !== 'latest' && !(Number.isSafeInteger(version) && version >= 0)) {
    return { outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail: `'${String(version)}' is not a version.` } };
  }
  return withCaller(key, (caller) => getProcessModelVersion(caller.apiBaseUrl, caller.sessionToken, key, version === 0 ? 'draft' : version));
}
