'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import {
  discardDictionaryTypeDraft,
  getDictionaryTypeDiff,
  getDictionaryTypeVersion,
  getDictionaryTypeVersions,
  publishDictionaryType,
  rollBackDictionaryType,
  saveDictionaryTypeDraft,
} from '../api/dictionary-types.api';
import type { DraftSaved, TypeDiff, TypeVersion, TypeVersionSummary } from '../api/dictionary.shape';
import { withCaller } from './call-api';

/*
 * The type editor runs in the browser, which never talks to the api: each of its calls comes here
 * and goes on with the session token. The api checks the roles.
 */

export async function saveTypeDraftAction(key: string, content: unknown): Promise<ApiResult<DraftSaved>> {
  return withCaller(key, (caller) => saveDictionaryTypeDraft(caller, key, content));
}

export async function discardTypeDraftAction(key: string): Promise<ApiResult<undefined>> {
  return withCaller(key, (caller) => discardDictionaryTypeDraft(caller, key));
}

export async function publishTypeAction(key: string, reason: string): Promise<ApiResult<TypeVersion>> {
  return withCaller(key, (caller) => publishDictionaryType(caller, key, reason));
}

export async function rollBackTypeAction(key: string, version: number, reason: string): Promise<ApiResult<TypeVersion>> {
  return withCaller(key, (caller) => rollBackDictionaryType(caller, key, version, reason));
}

export async function listTypeVersionsAction(key: string): Promise<ApiResult<readonly TypeVersionSummary[]>> {
  return withCaller(key, (caller) => getDictionaryTypeVersions(caller, key));
}

export async function loadTypeVersionAction(key: string, version: number): Promise<ApiResult<TypeVersion>> {
  if (!(Number.isSafeInteger(version) && version >= 0)) {
    return { outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail: `'${String(version)}' is not a version.` } };
  }
  return withCaller(key, (caller) => getDictionaryTypeVersion(caller, key, version === 0 ? 'draft' : version));
}

/** What the draft changes against the version in force. */
export async function diffDraftAction(key: string): Promise<ApiResult<TypeDiff>> {
  return withCaller(key, (caller) => getDictionaryTypeDiff(caller, key, 'latest', 'draft'));
}
