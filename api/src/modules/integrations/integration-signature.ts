import { createHmac, timingSafeEqual } from 'node:crypto';

/** Headers of a signed integration call, outgoing and incoming alike. */
export const signatureHeaders = {
  signature: 'x-lotflow-signature',
  timestamp: 'x-lotflow-timestamp',
  messageId: 'x-lotflow-message-id',
  eventType: 'x-lotflow-event-type',
} as const;

/**
 * `sha256=<hex>`: HMAC-SHA256 with the endpoint's secret over `<timestamp>.<body>`. The timestamp
 * (Unix seconds) is signed with the body, so a captured call cannot be replayed later under a new one.
 */
export function signIntegrationBody(secret: string, timestamp: number, body: string | Buffer): string {
  const hmac = createHmac('sha256', secret);
  hmac.update(`${timestamp}.`);
  hmac.update(body);
  return `sha256=${hmac.digest('hex')}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: string };

/** Checks the signature and timestamp headers of a call against the raw body, in constant time. */
export function verifyIntegrationSignature(input: {
  secret: string;
  body: Buffer;
  signature: string | undefined;
  timestamp: string | undefined;
  toleranceSeconds: number;
  now?: Date;
}): SignatureCheck {
  if (!input.timestamp) return { ok: false, reason: `the ${signatureHeaders.timestamp} header (Unix seconds) is missing` };
  if (!/^\d{1,12}$/.test(input.timestamp)) return { ok: false, reason: `the ${signatureHeaders.timestamp} header must be Unix time in seconds` };
  const timestamp = Number(input.timestamp);
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > input.toleranceSeconds) {
    return { ok: false, reason: `the timestamp is ${nowSeconds - timestamp} s away from the api's clock; at most ${input.toleranceSeconds} s are accepted, so sign each call when it is sent` };
  }
  if (!input.signature) return { ok: false, reason: `the ${signatureHeaders.signature} header (sha256=<hex>) is missing` };
  const expected = Buffer.from(signIntegrationBody(input.secret, timestamp, input.body));
  const given = Buffer.from(input.signature.trim());
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'the signature does not match the body: check the shared secret and sign "<timestamp>.<raw body>" with HMAC-SHA256' };
  }
  return { ok: true, timestamp };
}
