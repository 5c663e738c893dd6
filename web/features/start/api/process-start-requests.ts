import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { startFormShape, startableListShape, startResultShape, type StartForm, type StartResult, type StartableProcess } from './process-start.shape';

export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

const startPath = (key: string, locale: string) => `process-starts/${encodeURIComponent(key)}?locale=${encodeURIComponent(locale)}`;

export async function getStartableProcesses({ apiBaseUrl, sessionToken }: Caller, locale: string): Promise<ApiResult<StartableProcess[]>> {
  const result = await fetchApiJson({ baseUrl: apiBaseUrl, path: `process-starts?locale=${encodeURIComponent(locale)}`, sessionToken, shape: startableListShape, timeoutMs: 10_000 });
  return result.outcome === 'ok' ? { ...result, data: result.data.items } : result;
}

export function getStartForm({ apiBaseUrl, sessionToken }: Caller, key: string, locale: string): Promise<ApiResult<StartForm>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: startPath(key, locale), sessionToken, shape: startFormShape, timeoutMs: 10_000 });
}

export function startProcess({ apiBaseUrl, sessionToken }: Caller, key: string, input: { requestId: string; values: unknown }, locale: string): Promise<ApiResult<StartResult>> {
  return fetchApiJson({
    baseUrl: apiBaseUrl,
    path: startPath(key, locale),
    method: 'POST',
    body: input,
    sessionToken,
    shape: startResultShape,
    // 200: this form was sent before and that instance is the answer.
    acceptedStatuses: [200, 201],
    timeoutMs: 30_000,
  });
}
