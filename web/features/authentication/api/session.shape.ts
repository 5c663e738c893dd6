import { array, isoDateTime, object, text, type Infer } from '../../../shared/api/shape';

const signedInUserShape = object({
  id: text(),
  username: text(),
  displayName: text(),
  roles: array(text()),
});

/** Body of `POST /auth/login`: the session token, when it expires and who signed in. */
export const sessionShape = object({
  token: text(),
  expiresAt: isoDateTime(),
  user: signedInUserShape,
});

/** Body of `GET /auth/me`. */
export const currentUserShape = object({
  user: signedInUserShape,
});

export type Session = Infer<typeof sessionShape>;

export type SignedInUser = Infer<typeof signedInUserShape>;
