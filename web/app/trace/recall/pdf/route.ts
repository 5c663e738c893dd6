import { downloadRecallDrillPdf } from '../../../../features/traceability/api/get-recall-drill';
import { readRecallExportRequest } from '../../../../features/traceability/api/read-recall-export-request';
import { getRequestLocale } from '../../../../shared/i18n/get-request-locale';

export const dynamic = 'force-dynamic';

/** The recall drill as the api's PDF report through this site (the browser never talks to the api), in the reader's language. */
export async function GET(request: Request) {
  const asked = await readRecallExportRequest(request);
  if ('problem' in asked) return asked.problem;
  return downloadRecallDrillPdf(asked.caller, asked.type, asked.code, await getRequestLocale());
}
