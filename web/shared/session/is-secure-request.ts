/**
 * Whether the browser reached the web server over https, from `X-Forwarded-Proto`: Next sets it
 * from its own socket, or keeps the one a proxy in front sent. With several proxies the first
 * value is the one the browser used.
 */
export function isSecureRequest(forwardedProto: string | null | undefined): boolean {
  return forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}
