// SPDX-License-Identifier: EUPL-1.2
/** The session cookie `stip_session`: HttpOnly, SameSite=Lax, Path=/, Secure behind HTTPS. Holds the raw session id. */
import type { IncomingMessage } from 'node:http';
import { looksLikeToken } from './tokens.js';

/** Name of the session cookie. */
const SESSION_COOKIE = 'stip_session';

/** The session id from the request's cookies, or null. */
export function readSessionToken(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    if (looksLikeToken(value)) return value;
  }
  return null;
}

/** The Set-Cookie value that stores a session. */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${Math.floor(maxAgeSeconds)}${secure ? '; Secure' : ''}`;
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure ? '; Secure' : ''}`;
}
