import { describe, expect, it } from 'vitest';
import { readReturnPath } from '../read-return-path';
import { signInPathFor } from '../sign-in-path';

describe('readReturnPath', () => {
  it.each([
    ['/', '/'],
    ['/processes', '/processes'],
    ['/processes/incoming-inspection?version=2#instances', '/processes/incoming-inspection?version=2#instances'],
    ['/lots/LOT 7', '/lots/LOT%207'],
  ])('given the path %s on this site, then the person goes back to %s', (candidate, expected) => {
    expect(readReturnPath(candidate)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab the URL parser drops', '/\t/evil.example'],
    ['a newline the URL parser drops', '/\n/evil.example'],
    ['a script URL', 'javascript:alert(1)'],
    ['a relative path', 'processes'],
    ['leading white space', ' //evil.example'],
    ['an empty value', ''],
  ])('given %s, then the person goes to the home page instead', (_description, candidate) => {
    expect(readReturnPath(candidate)).toBe('/');
  });

  it('given no value or a repeated query parameter, then the person goes to the home page', () => {
    expect(readReturnPath(undefined)).toBe('/');
    expect(readReturnPath(null)).toBe('/');
    expect(readReturnPath(['/processes', '//evil.example'])).toBe('/');
  });

  it('given the sign-in page itself, then the person goes to the home page rather than back to the form', () => {
    expect(readReturnPath('/login?next=%2F')).toBe('/');
  });

  it('given a page that sent the person to sign in, then the sign-in link leads back to it', () => {
    const next = new URL(signInPathFor('/processes?version=2'), 'http://web.test').searchParams.get('next');

    expect(signInPathFor('/processes?version=2')).toMatch(/^\/login\?next=/);
    expect(readReturnPath(next)).toBe('/processes?version=2');
  });
});
