'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { Callout } from '../../../shared/components/callout';
import { signIn } from '../actions/sign-in.action';
import { INITIAL_SIGN_IN_STATE } from '../actions/sign-in-state';

/** The words on the form, translated on the server: this component runs in the browser too. */
export interface SignInFormLabels {
  readonly username: string;
  readonly password: string;
  readonly submit: string;
  readonly submitting: string;
  readonly errorTitle: string;
}

interface SignInFormProps {
  /** Already checked to be a path on this site. */
  readonly returnPath: string;
  readonly labels: SignInFormLabels;
}

/**
 * A plain form posting to a server action: without JavaScript the browser posts it and gets the
 * page back with the outcome; with JavaScript React sends it without reloading.
 */
export function SignInForm({ returnPath, labels }: SignInFormProps) {
  const [state, formAction] = useActionState(signIn, INITIAL_SIGN_IN_STATE);
  return (
    <form action={formAction} className="sign-in-form" data-testid="login-form">
      {state.error !== null && (
        <div role="alert">
          <Callout tone="critical" title={labels.errorTitle} testId="login-error">
            <p>{state.error}</p>
          </Callout>
        </div>
      )}
      <input type="hidden" name="next" value={returnPath} />
      <div className="form-field">
        <label htmlFor="sign-in-username" className="form-field__label">
          {labels.username}
        </label>
        <input
          id="sign-in-username"
          className="form-field__input"
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          required
          defaultValue={state.username}
          data-testid="login-username"
        />
      </div>
      <div className="form-field">
        <label htmlFor="sign-in-password" className="form-field__label">
          {labels.password}
        </label>
        <input
          id="sign-in-password"
          className="form-field__input"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          data-testid="login-password"
        />
      </div>
      <SubmitButton labels={labels} />
    </form>
  );
}

function SubmitButton({ labels }: { readonly labels: SignInFormLabels }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button--primary" disabled={pending} data-testid="login-submit">
      {pending ? labels.submitting : labels.submit}
    </button>
  );
}
