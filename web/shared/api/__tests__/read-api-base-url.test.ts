import { describe, expect, it } from 'vitest';
import { readApiBaseUrl } from '../read-api-base-url';

describe('readApiBaseUrl', () => {
  it('given no API_URL, then the api is expected on the local default port', () => {
    expect(readApiBaseUrl({})).toBe('http://127.0.0.1:3001/');
  });

  it('given an API_URL with a path, then the path is kept as the base of every request', () => {
    expect(readApiBaseUrl({ API_URL: 'https://lotflow.example/api' })).toBe('https://lotflow.example/api/');
  });

  it('given an API_URL that is not a URL, then the error says what to set', () => {
    expect(() => readApiBaseUrl({ API_URL: '127.0.0.1:3001' })).toThrow(/API_URL must/);
  });
});
