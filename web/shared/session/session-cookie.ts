/**
 * The web server's own cookie holding the api session token. It lives on the web origin, because
 * the browser never talks to the api and so never sees the api's `lotflow_session` cookie.
 */
export const SESSION_COOKIE = 'lotflow_web_session';
