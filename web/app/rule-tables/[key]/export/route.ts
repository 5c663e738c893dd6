import { downloadRuleTableFile, isFileFormat } from '../../../../features/rule-tables/api/transfer-rule-table-file';
import { isRuleTableKey } from '../../../../features/rule-tables/utils/is-rule-table-key';
import { readApiBaseUrl } from '../../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../../shared/session/read-session-token';

export const dynamic = 'force-dynamic';

const problem = (status: number, detail: string) => Response.json({ title: 'The request is invalid', status, detail }, { status });

/** Downloads a version as Excel, CSV or DMN through this site: the browser never talks to the api. */
export async function GET(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const query = new URL(request.url).searchParams;
  const format = query.get('format');
  const version = query.get('version') ?? 'latest';
  if (!isRuleTableKey(key) || !isFileFormat(format) || !/^(draft|latest|[1-9]\d*)$/.test(version)) {
    return problem(400, 'Ask for a rule table key, a format (xlsx, csv or dmn) and a version.');
  }
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return problem(401, 'Not signed in');
  }
  return downloadRuleTableFile({ apiBaseUrl: readApiBaseUrl(), sessionToken }, key, format, version);
}
