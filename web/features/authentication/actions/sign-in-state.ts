/**
 * What the sign-in form shows after an attempt that did not sign the person in. The user name
 * comes back so the person only retypes the password.
 */
export interface SignInState {
  readonly username: string;
  readonly error: string | null;
}

export const INITIAL_SIGN_IN_STATE: SignInState = { username: '', error: null };
