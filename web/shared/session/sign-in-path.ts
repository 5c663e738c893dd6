export const SIGN_IN_PATH = '/login';

/** The sign-in page, told where to send the person back to once they are signed in. */
export function signInPathFor(returnPath: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ next: returnPath }).toString()}`;
}
