export const DEFAULT_API_URL = 'http://127.0.0.1:3001';

/**
 * The Lotflow api the web server talks to (`API_URL`). The browser never calls the api or the
 * engine itself; every request goes through this server.
 */
export function readApiBaseUrl(environment: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = environment['API_URL']?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`API_URL must be an absolute http(s) URL such as ${DEFAULT_API_URL}, got '${configured}'.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`API_URL must use http or https, got '${configured}'.`);
  }
  // A trailing slash keeps a base path: new URL('health', 'http://host/lotflow/') → /lotflow/health.
  return url.toString().endsWith('/') ? url.toString() : `${url.toString()}/`;
}
