import { describe, expect, it } from 'vitest';
import { CATALOGS, createTranslator } from '../../../../shared/i18n/create-translator';
import { SUPPORTED_LOCALES } from '../../../../shared/i18n/locales';
import { describeSignInFailure, SIGN_IN_MESSAGE_BY_PROBLEM_TYPE, type SignInFailure } from '../describe-sign-in-failure';

const apiBaseUrl = 'http://127.0.0.1:3001/';

const wrongPassword: SignInFailure = {
  outcome: 'problem',
  status: 401,
  problem: {
    type: 'https://lotflow.dev/problems/invalid-credentials',
    title: 'Sign-in failed',
    status: 401,
    detail: 'The user name or the password is wrong.',
  },
};

describe('describeSignInFailure', () => {
  it('given a wrong password, then the page says so in English', () => {
    expect(describeSignInFailure(wrongPassword, { t: createTranslator('en'), apiBaseUrl })).toBe(
      'The user name or the password is wrong. Check both and try again.',
    );
  });

  it('given a wrong password, then the page says so in Chinese', () => {
    expect(describeSignInFailure(wrongPassword, { t: createTranslator('zh-CN'), apiBaseUrl })).toBe('用户名或密码错误，请检查后重试。');
  });

  it('given a malformed sign-in request, then the page asks for both fields', () => {
    const malformed: SignInFailure = {
      outcome: 'problem',
      status: 400,
      problem: { type: 'https://lotflow.dev/problems/request-invalid', title: 'The request is invalid', status: 400 },
    };

    expect(describeSignInFailure(malformed, { t: createTranslator('en'), apiBaseUrl })).toBe(
      'Enter your user name (at most 64 characters) and your password.',
    );
  });

  it('given a problem the catalogs have no words for, then the api’s own sentence is shown with the status', () => {
    const unknown: SignInFailure = {
      outcome: 'problem',
      status: 429,
      problem: { type: 'https://lotflow.dev/problems/too-many-attempts', title: 'Too many attempts', detail: 'Wait 5 minutes.' },
    };

    expect(describeSignInFailure(unknown, { t: createTranslator('en'), apiBaseUrl })).toBe('Wait 5 minutes. (HTTP 429)');
    expect(
      describeSignInFailure({ ...unknown, problem: { title: 'Too many attempts' } }, { t: createTranslator('zh-CN'), apiBaseUrl }),
    ).toBe('Too many attempts（HTTP 429）');
  });

  it('given a problem type that names an Object property, then it is treated as unknown rather than crashing', () => {
    const odd: SignInFailure = { outcome: 'problem', status: 500, problem: { type: 'constructor', title: 'Odd' } };

    expect(describeSignInFailure(odd, { t: createTranslator('en'), apiBaseUrl })).toBe('Odd (HTTP 500)');
  });

  it('given the api is down, then the page names the api URL and why it could not be reached', () => {
    const down: SignInFailure = {
      outcome: 'unreachable',
      url: `${apiBaseUrl}auth/login`,
      cause: 'connection-refused',
      detail: 'ECONNREFUSED',
    };

    expect(describeSignInFailure(down, { t: createTranslator('en'), apiBaseUrl })).toBe(
      'The Lotflow api at http://127.0.0.1:3001/ cannot be reached (connection refused), so nobody can sign in right now.',
    );
  });

  it('given an answer the page cannot read, then the page names what is wrong with it', () => {
    const unreadable: SignInFailure = { outcome: 'invalid-response', status: 200, reason: 'token: expected a string' };

    expect(describeSignInFailure(unreadable, { t: createTranslator('en'), apiBaseUrl })).toContain('token: expected a string');
  });

  it.each(SUPPORTED_LOCALES)('given the %s catalog, then every mapped problem type has its own message', (locale) => {
    for (const messageKey of SIGN_IN_MESSAGE_BY_PROBLEM_TYPE.values()) {
      expect(CATALOGS[locale][messageKey]).toBeTruthy();
    }
  });
});
