import type { Caller } from './caller';
import { tablePath } from './caller';

export const FILE_FORMATS = ['xlsx', 'csv', 'dmn'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

export function isFileFormat(value: unknown): value is FileFormat {
  return typeof value === 'string' && (FILE_FORMATS as readonly string[]).includes(value);
}

// Large spreadsheets (up to 10 000 rules) take a while to write and to read back.
const TRANSFER_TIMEOUT_MS = 120_000;

const problemResponse = (status: number, title: string, detail: string) =>
  Response.json({ title, status, detail }, { status, headers: { 'content-type': 'application/problem+json' } });

async function forward(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(TRANSFER_TIMEOUT_MS) });
  } catch (error) {
    return problemResponse(502, 'The api is unreachable', error instanceof Error ? error.message : String(error));
  }
}

/** The api's file for a version, passed on as it comes (with its length, so the browser can show progress). */
export async function downloadRuleTableFile({ apiBaseUrl, sessionToken }: Caller, key: string, format: FileFormat, version: string): Promise<Response> {
  const query = new URLSearchParams({ format, version, ...(format === 'dmn' ? { target: 'camunda-7' } : {}) });
  const answer = await forward(new URL(tablePath(key, `export?${query.toString()}`), apiBaseUrl).toString(), { headers: { authorization: `Bearer ${sessionToken}` } });
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'content-length']) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, headers });
}

/** Sends a file to the api, which reads it into the table's draft; its answer is passed on. */
export async function uploadRuleTableFile({ apiBaseUrl, sessionToken }: Caller, key: string, format: FileFormat, bytes: ArrayBuffer): Promise<Response> {
  const answer = await forward(new URL(tablePath(key, `import?format=${format}`), apiBaseUrl).toString(), {
    method: 'POST',
    headers: { authorization: `Bearer ${sessionToken}`, 'content-type': 'application/octet-stream' },
    body: bytes,
  });
  return new Response(answer.body, { status: answer.status, headers: { 'content-type': answer.headers.get('content-type') ?? 'application/json' } });
}
