import { isFileFormat, uploadRuleTableFile } from '../../../../features/rule-tables/api/transfer-rule-table-file';
import { isRuleTableKey } from '../../../../features/rule-tables/utils/is-rule-table-key';
import { readApiBaseUrl } from '../../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../../shared/session/read-session-token';

export const dynamic = 'force-dynamic';

// The api reads at most 5 MB of table; a little room for the file's own overhead.
const MAX_BYTES = 6 * 1024 * 1024;

const problem = (status: number, detail: string) => Response.json({ title: 'The request is invalid', status, detail }, { status });

/** Reads an Excel, CSV or DMN file into the table's draft through this site; the api checks it and the role. */
export async function POST(request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const format = new URL(request.url).searchParams.get('format');
  if (!isRuleTableKey(key) || !isFileFormat(format)) {
    return problem(400, 'Ask for a rule table key and a format: xlsx, csv or dmn.');
  }
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return problem(401, 'Not signed in');
  }
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) {
    return problem(413, `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  }
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BYTES) {
    return problem(413, `The file is larger than ${MAX_BYTES / 1024 / 1024} MB.`);
  }
  return uploadRuleTableFile({ apiBaseUrl: readApiBaseUrl(), sessionToken }, key, format, bytes);
}
