import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { tablePath, type Caller, type VersionSelector } from './caller';
import { versionDiffShape, type VersionDiff } from './rule-table.shape';

/** What changed from one version to another, as JSON Pointers into the table. */
export function getRuleTableDiff({ apiBaseUrl, sessionToken }: Caller, key: string, from: VersionSelector, to: VersionSelector): Promise<ApiResult<VersionDiff>> {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  return fetchApiJson({ baseUrl: apiBaseUrl, path: tablePath(key, `diff?${query.toString()}`), sessionToken, shape: versionDiffShape });
}
