// SPDX-License-Identifier: EUPL-1.2
/** Security headers on every answer: CSP, nosniff, no referrer (join links must not leak), HSTS behind HTTPS. */
import type { ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of Stip. WebSockets may go to the page's own origin ('self' covers
 * ws/wss to it in current browsers) and to the public URL's ws/wss origin; no other host.
 */
export function contentSecurityPolicy(publicUrl: string | null): string {
  const socketOrigin = publicUrl ? new URL(publicUrl).origin.replace(/^http/, 'ws') : null;
  return [
    "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
    `connect-src 'self'${socketOrigin ? ` ${socketOrigin}` : ''}`, "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
  ].join('; ');
}

/** The policy without a public URL (the page's own origin only). */
const CONTENT_SECURITY_POLICY = contentSecurityPolicy(null);

/** Sets the security headers on a response (`csp`: the policy for this server's public URL). */
export function setSecurityHeaders(res: ServerResponse, secure: boolean, csp: string = CONTENT_SECURITY_POLICY): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}
