import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprintSecret, SecretBox } from '../secret-box.js';

describe('endpoint secrets at rest', () => {
  const key = randomBytes(32).toString('hex');

  it('are stored encrypted and read back with the same key', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('mes-shared-secret-0123456789abcdef');
    expect(sealed).not.toContain('mes-shared-secret');
    expect(box.open(sealed)).toBe('mes-shared-secret-0123456789abcdef');
    // A fresh nonce each time: equal secrets do not give equal rows.
    expect(box.seal('mes-shared-secret-0123456789abcdef')).not.toBe(sealed);
  });

  it('cannot be read with another key or after the stored text was changed', () => {
    const sealed = new SecretBox(key).seal('wms-shared-secret-0123456789abcdef');
    expect(() => new SecretBox(randomBytes(32).toString('hex')).open(sealed)).toThrow();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('forged').toString('base64url');
    expect(() => new SecretBox(key).open(parts.join('.'))).toThrow();
  });

  it('are told apart by a fingerprint that does not reveal them', () => {
    expect(fingerprintSecret('a'.repeat(32))).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintSecret('a'.repeat(32))).not.toBe(fingerprintSecret('b'.repeat(32)));
  });
});
