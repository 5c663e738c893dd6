import { redirect } from 'next/navigation';
import { signInPathFor } from './sign-in-path';

/** Ends rendering of a page that needs a session; the sign-in page brings the person back to `returnPath`. */
export function redirectToSignIn(returnPath: string): never {
  redirect(signInPathFor(returnPath));
}
