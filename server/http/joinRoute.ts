// SPDX-License-Identifier: EUPL-1.2
/**
 * GET /j/<token>: opens a join link. Valid → session cookie and a redirect to where the person
 * works; otherwise a redirect to `/?fout=<link-unknown|link-expired|link-revoked|setup-link-used>`.
 * The token is never logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { openJoinLink } from '../auth/joinLinkOpener.js';
import { sessionCookie } from '../auth/sessionCookie.js';
import type { Log } from '../log.js';
import type { ServiceContext } from '../services/serviceContext.js';
import { JOIN_PATH_PREFIX } from '../../shared/paths.js';
import { sendRedirect } from './respond.js';

/** Answers a join-link request. */
export async function answerJoin(res: ServerResponse, token: string, deps: { services: ServiceContext; secureCookies: boolean; log: Log }): Promise<void> {
  const result = await openJoinLink(deps.services, token);
  if (!result.ok) {
    deps.log.info('join.refused', { reason: result.failure });
    sendRedirect(res, `/?fout=${result.failure}`);
    return;
  }
  deps.log.info('join.opened', { kind: result.kind });
  sendRedirect(res, result.redirectTo, { 'Set-Cookie': sessionCookie(result.sessionToken, result.maxAgeSeconds, deps.secureCookies) });
}

/** The token of a /j/<token> path, or null when the path is not a join link. */
export function joinTokenOf(req: IncomingMessage, pathname: string): string | null {
  // Only GET opens a link: a HEAD (link previews, checkers) must not use up a one-time set-up link.
  if (req.method !== 'GET' || !pathname.startsWith(JOIN_PATH_PREFIX)) return null;
  return pathname.slice(JOIN_PATH_PREFIX.length).replace(/\/+$/, '');
}
