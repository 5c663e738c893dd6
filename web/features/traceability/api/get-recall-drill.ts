import { fetchApiJson, type ApiResult } from '../../../shared/api/api-client';
import { passOnApiFile } from '../../../shared/api/pass-on-api-file';
import type { Locale } from '../../../shared/i18n/locales';
import type { Caller } from './trace.api';
import { recallDrillShape, type RecallDrill } from './trace.shape';

const recallPath = (type: string, code: string) => `trace/recall/${encodeURIComponent(type)}/${encodeURIComponent(code)}`;

/** Everything downstream of a node that a recall must reach, as the api works it out. */
export function getRecallDrill({ apiBaseUrl, sessionToken }: Caller, type: string, code: string): Promise<ApiResult<RecallDrill>> {
  return fetchApiJson({ baseUrl: apiBaseUrl, path: recallPath(type, code), sessionToken, shape: recallDrillShape, timeoutMs: 15_000 });
}

/** The api's PDF report of the drill, in the reader's language, passed on to the browser (the api audits the export). */
export function downloadRecallDrillPdf({ apiBaseUrl, sessionToken }: Caller, type: string, code: string, locale: Locale): Promise<Response> {
  return passOnApiFile(new URL(`${recallPath(type, code)}.pdf?lang=${locale}`, apiBaseUrl).toString(), { headers: { authorization: `Bearer ${sessionToken}` } }, 30_000);
}
