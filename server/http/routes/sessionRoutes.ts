// SPDX-License-Identifier: EUPL-1.2
/** GET /api/me (who this session is, with the server clock) and POST /api/logout. */
import { clearedSessionCookie } from '../../auth/sessionCookie.js';
import { endSession } from '../../services/session/sessionEnder.js';
import { sessionAnswer } from '../../services/session/sessionPresenter.js';
import type { ApiHandler } from '../apiTypes.js';
import { requireActor } from '../guards.js';

/** GET /api/me. */
export const getMe: ApiHandler = async (r) => ({ status: 200, body: await sessionAnswer(r.deps.services, requireActor(r)) });

/** POST /api/logout: ends the session (if any), closes its sockets and clears the cookie. */
export const logout: ApiHandler = async (r) => {
  if (r.actor) await endSession(r.deps.services, r.actor.sessionHash);
  return { status: 200, body: { ok: true }, headers: { 'Set-Cookie': clearedSessionCookie(r.deps.secureCookies) } };
};
