import { describe, expect, it } from 'vitest';
import { isSecureRequest } from '../is-secure-request';

describe('isSecureRequest', () => {
  it.each([
    ['https', true],
    ['HTTPS', true],
    ['https, http', true],
    ['http', false],
    ['http, https', false],
    ['', false],
    [null, false],
  ] as const)('given X-Forwarded-Proto %j, then the session cookie is secure-only: %s', (forwardedProto, expected) => {
    expect(isSecureRequest(forwardedProto)).toBe(expected);
  });
});
