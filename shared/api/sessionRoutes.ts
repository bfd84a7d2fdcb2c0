// SPDX-License-Identifier: EUPL-1.2
/** Routes of the session and the server itself: health, who am I, logging out, the server clock. */
import type { HealthAnswer, SessionAnswer } from '../api.js';
import { defineRoute } from './routeContract.js';

/** The session and server routes. */
export const SESSION_ROUTES = {
  /** 200 once the server listens, with collab figures. */
  getHealth: defineRoute<HealthAnswer>()({ method: 'GET', path: '/api/health', access: 'anyone' }),
  /** Who this session is, with its workshop and the server clock (also inlined in the page, see SessionAnswer). */
  getMe: defineRoute<SessionAnswer>()({ method: 'GET', path: '/api/me', access: 'session' }),
  /** Ends the session (if any) and clears the cookie. */
  logout: defineRoute<{ ok: true }>()({ method: 'POST', path: '/api/logout', access: 'anyone' }),
  /** The server clock, so clients can show timers in server time. */
  getTime: defineRoute<{ now: number }>()({ method: 'GET', path: '/api/time', access: 'anyone' }),
};
