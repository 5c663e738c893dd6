import { getRecallDrill } from '../../../../features/traceability/api/get-recall-drill';
import { recallCsv } from '../../../../features/traceability/utils/recall-csv';
import { isTraceCode, isTraceType } from '../../../../features/traceability/utils/trace-node-types';
import { readApiBaseUrl } from '../../../../shared/api/read-api-base-url';
import { getRequestTranslator } from '../../../../shared/i18n/get-request-locale';
import { readSessionToken } from '../../../../shared/session/read-session-token';

export const dynamic = 'force-dynamic';

const problem = (status: number, detail: string) => Response.json({ title: status === 401 ? 'Not signed in' : 'The request is invalid', status, detail }, { status, headers: { 'content-type': 'application/problem+json' } });

/** The recall drill as CSV through this site (the browser never talks to the api), in the reader's language. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const type = query.get('type')?.trim() ?? '';
  const code = query.get('code')?.trim() ?? '';
  if (!isTraceType(type) || !isTraceCode(code)) return problem(400, 'Ask for a node type and a code, e.g. ?type=lot&code=LOT-260811-0502.');
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) return problem(401, 'Sign in to export a recall drill.');
  const drill = await getRecallDrill({ apiBaseUrl: readApiBaseUrl(), sessionToken }, type, code);
  if (drill.outcome === 'problem') return problem(drill.status, drill.problem.detail ?? drill.problem.title);
  if (drill.outcome !== 'ok') return problem(502, 'The Lotflow api did not answer with a trace.');
  const { t } = await getRequestTranslator();
  const fileName = `recall-${code.replace(/[^A-Za-z0-9._-]+/g, '_')}.csv`;
  return new Response(recallCsv(drill.data, t), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
