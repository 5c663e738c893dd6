import { getRecallDrill } from '../../../../features/traceability/api/get-recall-drill';
import { exportProblem, readRecallExportRequest } from '../../../../features/traceability/api/read-recall-export-request';
import { recallCsv } from '../../../../features/traceability/utils/recall-csv';
import { getRequestTranslator } from '../../../../shared/i18n/get-request-locale';

export const dynamic = 'force-dynamic';

/** The recall drill as CSV through this site (the browser never talks to the api), in the reader's language. */
export async function GET(request: Request) {
  const asked = await readRecallExportRequest(request);
  if ('problem' in asked) return asked.problem;
  const drill = await getRecallDrill(asked.caller, asked.type, asked.code);
  if (drill.outcome === 'problem') return exportProblem(drill.status, drill.problem.detail ?? drill.problem.title);
  if (drill.outcome !== 'ok') return exportProblem(502, 'The Lotflow api did not answer with a trace.');
  const { t } = await getRequestTranslator();
  const fileName = `recall-${asked.code.replace(/[^A-Za-z0-9._-]+/g, '_')}.csv`;
  return new Response(recallCsv(drill.data, t), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    },
  });
}
