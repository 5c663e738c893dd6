const problemResponse = (status: number, title: string, detail: string) =>
  Response.json({ title, status, detail }, { status, headers: { 'content-type': 'application/problem+json' } });

/** A call to the api that sends or fetches a file; an api that does not answer becomes a 502 problem. */
export async function fetchApiFile(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { ...init, cache: 'no-store', signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    return problemResponse(502, 'The api is unreachable', error instanceof Error ? error.message : String(error));
  }
}

/** The api's file (or its problem) passed on as it comes, with its type, name and length, so the browser can show progress. */
export async function passOnApiFile(url: string, init: RequestInit, timeoutMs: number): Promise<Response> {
  const answer = await fetchApiFile(url, init, timeoutMs);
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'content-length']) {
    const value = answer.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, headers });
}
