import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { noContent } from '../../../shared/api/shape';
import {
  draftSavedShape,
  typeDiffShape,
  typeListShape,
  typeVersionListShape,
  typeVersionShape,
  type DraftSaved,
  type TypeDiff,
  type TypeSummary,
  type TypeVersion,
  type TypeVersionSummary,
} from './dictionary.shape';

export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

export type VersionSelector = number | 'draft' | 'latest';

const typePath = (key: string, rest: string) => `dictionary/types/${encodeURIComponent(key)}/${rest}`;

/** Every dictionary type with its latest published version and whether a draft waits. */
export async function getDictionaryTypes({ apiBaseUrl, sessionToken }: Caller): Promise<ApiResult<readonly TypeSummary[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'dictionary/types', sessionToken, shape: typeListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}

/** One version with its content; 404 when there is no such version (or no draft). */
export function getDictionaryTypeVersion({ apiBaseUrl, sessionToken }: Caller, key: string, selector: VersionSelector): Promise<ApiResult<TypeVersion>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: typePath(key, `versions/${selector}`), sessionToken, shape: typeVersionShape });
}

/** Every version, newest first, the draft included; a type never saved answers 404. */
export async function getDictionaryTypeVersions({ apiBaseUrl, sessionToken }: Caller, key: string): Promise<ApiResult<readonly TypeVersionSummary[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: typePath(key, 'versions'), sessionToken, shape: typeVersionListShape });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}

export function saveDictionaryTypeDraft({ apiBaseUrl, sessionToken }: Caller, key: string, content: unknown): Promise<ApiResult<DraftSaved>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: typePath(key, 'draft'), method: 'PUT', body: { content }, sessionToken, shape: draftSavedShape });
}

export function discardDictionaryTypeDraft({ apiBaseUrl, sessionToken }: Caller, key: string): Promise<ApiResult<undefined>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: typePath(key, 'draft'), method: 'DELETE', sessionToken, shape: noContent(), acceptedStatuses: [204] });
}

/** Publishes the draft as the next version; a draft with issues is refused with 400. */
export function publishDictionaryType({ apiBaseUrl, sessionToken }: Caller, key: string, reason: string): Promise<ApiResult<TypeVersion>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: typePath(key, 'publish'), method: 'POST', body: { reason }, sessionToken, shape: typeVersionShape, acceptedStatuses: [201] });
}

/** Publishes an earlier version's content again as the newest version. */
export function rollBackDictionaryType({ apiBaseUrl, sessionToken }: Caller, key: string, version: number, reason: string): Promise<ApiResult<TypeVersion>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: typePath(key, 'rollback'),
    method: 'POST',
    body: { version, reason },
    sessionToken,
    shape: typeVersionShape,
    acceptedStatuses: [201],
  });
}

/** What changed between two versions, as JSON Pointers into the type. */
export function getDictionaryTypeDiff({ apiBaseUrl, sessionToken }: Caller, key: string, from: VersionSelector, to: VersionSelector): Promise<ApiResult<TypeDiff>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: `${typePath(key, 'diff')}?${new URLSearchParams({ from: String(from), to: String(to) })}`, sessionToken, shape: typeDiffShape });
}
