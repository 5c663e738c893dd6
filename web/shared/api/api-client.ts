import { array, checkShape, count, object, optional, text, type Infer, type Shape } from './shape';

/**
 * One field-level or element-level problem: `pointer` is a JSON Pointer into the request
 * (`/body/content/bpmnXml`) or names a BPMN element after `#` (`/resources/a.bpmn#Task_1`).
 */
const problemEntryShape = object({
  pointer: text(),
  detail: text(),
  elementId: optional(text()),
  rule: optional(text()),
});

/** RFC 9457 problem details, as the Lotflow api sends them with `application/problem+json`. */
const problemDetailsShape = object({
  type: optional(text()),
  title: text(),
  status: optional(count()),
  detail: optional(text()),
  instance: optional(text()),
  errors: optional(array(problemEntryShape)),
});

export type ProblemEntry = Infer<typeof problemEntryShape>;

export type ProblemDetails = Infer<typeof problemDetailsShape>;

export type UnreachableCause = 'connection-refused' | 'timeout' | 'network-error';

/**
 * Every way a call to the api can end. The page renders each one; none of them throws, because a
 * down api is a state worth showing, not a crash.
 */
export type ApiResult<T> =
  | { readonly outcome: 'ok'; readonly status: number; readonly data: T }
  | { readonly outcome: 'problem'; readonly status: number; readonly problem: ProblemDetails }
  | { readonly outcome: 'unreachable'; readonly url: string; readonly cause: UnreachableCause; readonly detail: string }
  | { readonly outcome: 'invalid-response'; readonly status: number; readonly reason: string };

export interface ApiRequest<T> {
  readonly baseUrl: string;
  /** Relative to `baseUrl` and without a leading slash, so a base path such as /lotflow/ is kept. */
  readonly path: string;
  readonly method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  readonly body?: unknown;
  /**
   * The signed-in person's api session token, sent as a Bearer token. The browser only ever talks
   * to this server, so the api's own session cookie never reaches it; the token is forwarded instead.
   */
  readonly sessionToken?: string | undefined;
  readonly shape: Shape<T>;
  /** Statuses whose body is data of `shape`; the health check answers 503 with a valid report. */
  readonly acceptedStatuses?: readonly number[];
  readonly timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 5_000;

const NO_CONTENT = 204;

export async function fetchApiJson<T>({
  baseUrl,
  path,
  method = 'GET',
  body: requestBody,
  sessionToken,
  shape,
  acceptedStatuses = [200],
  timeoutMs = DEFAULT_TIMEOUT_MS,
}: ApiRequest<T>): Promise<ApiResult<T>> {
  const url = new URL(path, baseUrl).toString();
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (requestBody !== undefined) {
    headers['content-type'] = 'application/json';
  }
  if (sessionToken !== undefined) {
    headers['authorization'] = `Bearer ${sessionToken}`;
  }
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      method,
      cache: 'no-store',
      headers,
      ...(requestBody === undefined ? {} : { body: JSON.stringify(requestBody) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    body = await response.text();
  } catch (error: unknown) {
    return { outcome: 'unreachable', url, ...describeNetworkFailure(error) };
  }

  // 204 No Content has no body to parse; its data is `undefined` (see the `noContent` shape).
  const parsedBody = response.status === NO_CONTENT ? { parsed: true as const, value: undefined } : parseJson(body);
  if (acceptedStatuses.includes(response.status)) {
    if (!parsedBody.parsed) {
      return { outcome: 'invalid-response', status: response.status, reason: 'the body is not JSON' };
    }
    const checked = checkShape(shape, parsedBody.value);
    return checked.valid
      ? { outcome: 'ok', status: response.status, data: checked.value }
      : { outcome: 'invalid-response', status: response.status, reason: checked.reason };
  }

  const problem = parsedBody.parsed ? checkShape(problemDetailsShape, parsedBody.value) : undefined;
  return {
    outcome: 'problem',
    status: response.status,
    // RFC 9457: without a problem body the status itself is the problem ("about:blank").
    problem: problem?.valid
      ? problem.value
      : { type: 'about:blank', title: response.statusText || `HTTP ${response.status}`, status: response.status },
  };
}

function parseJson(body: string): { parsed: true; value: unknown } | { parsed: false } {
  try {
    return { parsed: true, value: JSON.parse(body) };
  } catch {
    return { parsed: false };
  }
}

function describeNetworkFailure(error: unknown): { cause: UnreachableCause; detail: string } {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { cause: 'timeout', detail: error.message };
  }
  // undici reports "fetch failed" and keeps the socket error (with its errno code) in `cause`.
  const cause = error instanceof Error ? error.cause : undefined;
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  const detail = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
  return { cause: code === 'ECONNREFUSED' ? 'connection-refused' : 'network-error', detail };
}
