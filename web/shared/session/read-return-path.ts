import { SIGN_IN_PATH } from './sign-in-path';

const HOME_PATH = '/';

// Only used to resolve a candidate path; a result on any other origin is refused.
const THIS_ORIGIN = 'http://lotflow.invalid';

/**
 * Where to send a person after signing in, from the `next` query parameter or form field. Only a
 * path on this site is kept; anything else (`https://evil.example`, `//evil.example`,
 * `/\evil.example`, `javascript:…`) becomes the home page, so a crafted sign-in link cannot send
 * a freshly signed-in person to another site.
 */
export function readReturnPath(candidate: unknown): string {
  // Browsers read a backslash as a slash, so "/\evil.example" would mean "//evil.example".
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) {
    return HOME_PATH;
  }
  let url: URL;
  try {
    url = new URL(candidate, THIS_ORIGIN);
  } catch {
    return HOME_PATH;
  }
  // The URL parser drops tabs and newlines, so "/\t/evil.example" parses as another host: check the result.
  if (url.origin !== THIS_ORIGIN || url.pathname === SIGN_IN_PATH) {
    return HOME_PATH;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}
