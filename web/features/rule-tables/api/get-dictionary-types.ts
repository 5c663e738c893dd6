import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import type { Caller } from './caller';
import { dictionaryTypeListShape, dictionaryTypeShape, type DictionaryType } from './rule-table.shape';

/** The latest published version of every dictionary type: where typed columns come from. */
export async function getDictionaryTypes(caller: Caller): Promise<ApiResult<readonly DictionaryType[]>> {
  const { apiBaseUrl, sessionToken } = caller;
  const list = await fetchApiJson({ baseUrl: apiBaseUrl, path: 'dictionary/types', sessionToken, shape: dictionaryTypeListShape });
  if (list.outcome !== 'ok') {
    return list;
  }
  const published = list.data.items.filter((item) => item.latestVersion !== null);
  const types = await Promise.all(
    published.map((item) =>
      fetchApiJson({ baseUrl: apiBaseUrl, path: `dictionary/types/${encodeURIComponent(item.key)}/versions/latest`, sessionToken, shape: dictionaryTypeShape }),
    ),
  );
  for (const result of types) {
    if (result.outcome !== 'ok') {
      return result;
    }
  }
  return { outcome: 'ok', status: 200, data: types.flatMap((result) => (result.outcome === 'ok' ? [result.data] : [])) };
}
