import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signIntegrationBody, verifyIntegrationSignature } from '../integration-signature.js';

const secret = 'lims-shared-secret-0123456789abcdef';
const body = Buffer.from('{"id":"evt-1","type":"test-result","data":{"lot":"LOT-260302-0001","result":"pass"}}');
const signedAt = new Date('2026-03-02T08:00:00Z');
const timestamp = Math.floor(signedAt.getTime() / 1000);

function check(overrides: Partial<Parameters<typeof verifyIntegrationSignature>[0]> = {}) {
  return verifyIntegrationSignature({
    secret,
    body,
    signature: signIntegrationBody(secret, timestamp, body),
    timestamp: String(timestamp),
    toleranceSeconds: 300,
    now: signedAt,
    ...overrides,
  });
}

describe('signing integration calls', () => {
  it('is HMAC-SHA256 of "<timestamp>.<body>" in hex, so any receiver can check it with a standard library', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body.toString()}`).digest('hex');
    expect(signIntegrationBody(secret, timestamp, body)).toBe(`sha256=${expected}`);
    expect(signIntegrationBody(secret, timestamp, body.toString())).toBe(`sha256=${expected}`);
  });

  it('accepts a call signed with the shared secret within the tolerance', () => {
    expect(check()).toEqual({ ok: true, timestamp });
    expect(check({ now: new Date(signedAt.getTime() + 299_000) }).ok).toBe(true);
    // A sender whose clock runs a little ahead is accepted as well.
    expect(check({ now: new Date(signedAt.getTime() - 120_000) }).ok).toBe(true);
  });

  it('refuses a body changed after signing, even by one character', () => {
    const tampered = Buffer.from(body.toString().replace('"pass"', '"fail"'));
    const result = check({ body: tampered });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('does not match the body') });
  });

  it('refuses a stale timestamp, which is how a captured call replayed later looks', () => {
    const result = check({ now: new Date(signedAt.getTime() + 301_000) });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('301 s away') });
  });

  it('refuses a fresh timestamp put on an old signature: the timestamp is signed too', () => {
    const later = timestamp + 3600;
    const result = check({ timestamp: String(later), now: new Date(later * 1000) });
    expect(result.ok).toBe(false);
  });

  it('refuses a signature made with another secret', () => {
    const result = check({ signature: signIntegrationBody('another-secret-0123456789abcdefghij', timestamp, body) });
    expect(result.ok).toBe(false);
  });

  it('names the missing or malformed header', () => {
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: expect.stringContaining('x-lotflow-signature header') });
    expect(check({ timestamp: undefined })).toEqual({ ok: false, reason: expect.stringContaining('x-lotflow-timestamp header') });
    expect(check({ timestamp: '2026-03-02T08:00:00Z' })).toEqual({ ok: false, reason: expect.stringContaining('Unix time in seconds') });
    expect(check({ signature: 'sha256=abc' }).ok).toBe(false);
  });
});
