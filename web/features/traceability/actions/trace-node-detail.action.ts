'use server';

import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../../shared/i18n/get-request-locale';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { createTypeLookup, getTraceNodeDetail } from '../api/get-trace-node-detail';
import type { TraceNodeDetail } from '../api/trace-view.types';
import { isTraceCode, isTraceType } from '../utils/trace-node-types';

export type TraceNodeDetailResult = { readonly outcome: 'ok'; readonly detail: TraceNodeDetail } | { readonly outcome: 'failed'; readonly message: string };

/** A clicked node's record, signatures and documents; the browser never talks to the api, so it asks here. */
export async function loadTraceNodeDetailAction(type: string, code: string): Promise<TraceNodeDetailResult> {
  const { locale, t } = await getRequestTranslator();
  if (!isTraceType(type) || !isTraceCode(code)) return { outcome: 'failed', message: t('trace.detail.invalid') };
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) return { outcome: 'failed', message: t('trace.detail.signedOut') };
  const caller = { apiBaseUrl: readApiBaseUrl(), sessionToken };
  const detail = await getTraceNodeDetail(caller, createTypeLookup(caller), locale, t, type, code);
  return detail ? { outcome: 'ok', detail } : { outcome: 'failed', message: t('trace.detail.notFound', { code }) };
}
