import { fetchApiFile, passOnApiFile } from '../../../shared/api/pass-on-api-file';
import type { Caller } from './caller';
import { tablePath } from './caller';

export const FILE_FORMATS = ['xlsx', 'csv', 'dmn'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function isFileFormat(value: unknown): value is FileFormat {
  return typeof value === 'string' && (FILE_FORMATS as readonly string[]).includes(value);
}

// Large spreadsheets (up to 10 000 rules) take a while to write and to read back.
const TRANSFER_TIMEOUT_MS = 120_000;

/** The api's file for a version, passed on as it comes (with its length, so the browser can show progress). */
export async function downloadRuleTableFile({ apiBaseUrl, sessionToken }: Caller, key: string, format: FileFormat, version: string): Promise<Response> {
  const query = new URLSearchParams({ format, version, ...(format === 'dmn' ? { target: 'camunda-7' } : {}) });
  return passOnApiFile(new URL(tablePath(key, `export?${query.toString()}`), apiBaseUrl).toString(), { headers: { authorization: `Bearer ${sessionToken}` } }, TRANSFER_TIMEOUT_MS);
}

/** Sends a file to the api, which reads it into the table's draft; its answer is passed on. */
export async function uploadRuleTableFile({ apiBaseUrl, sessionToken }: Caller, key: string, format: FileFormat, bytes: ArrayBuffer): Promise<Response> {
  const answer = await fetchApiFile(
    new URL(tablePath(key, `import?format=${format}`), apiBaseUrl).toString(),
    { method: 'POST', headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/octet-stream' }, body: bytes },
    TRANSFER_TIMEOUT_MS,
  );
  return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' } });
}
