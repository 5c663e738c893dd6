import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import { isTraceCode, isTraceType } from '../utils/trace-node-types';
import type { Caller } from './trace.api';

/** A problem+json answer to an export that cannot be made. */
export const exportProblem = (status: number, detail: string) =>
  Response.json({ title: status === 401 ? 'Not signed in' : 'The request is invalid', status, detail }, { status, headers: { 'content-type': 'application/problem+json' } });

/** The start of the drill an export asks for (`?type=&code=`) and who asks, or the problem to answer instead. */
export async function readRecallExportRequest(request: Request): Promise<{ type: string; code: string; caller: Caller } | { problem: Response }> {
  const query = new URL(request.url).searchParams;
  const type = query.get('type')?.trim() ?? '';
  const code = query.get('code')?.trim() ?? '';
  if (!isTraceType(type) || !isTraceCode(code)) return { problem: exportProblem(400, 'Ask for a node type and a code, e.g. ?type=lot&code=LOT-260811-0502.') };
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) return { problem: exportProblem(401, 'Sign in to export a recall drill.') };
  return { type, code, caller: { apiBaseUrl: readApiBaseUrl(), sessionToken } };
}
