// SPDX-License-Identifier: EUPL-1.2
/**
 * The page (index.html) of a browser with a live session carries that session's answer of
 * GET /api/me inline, as a JSON data block (not a script: the CSP stays `script-src 'self'`), so
 * the client knows who this is, the workshop and the server clock without another round trip
 * before it opens a room's documents. Such a page is personal: `no-store`, never shared by a cache.
 */
import type { IncomingMessage } from 'node:http';
import { SESSION_SCRIPT_ID } from '../../shared/api.js';
import { actorOf } from '../auth/actor.js';
import type { ServiceContext } from '../services/serviceContext.js';
import { sessionAnswer } from '../services/session/sessionPresenter.js';
import { landingScreen } from './screenPreloads.js';

/** What a page request's session puts into the page: its answer's JSON, and the screen of its landing page (screenPreloads.ts). */
export interface PageSession { json: string; screen: string | null }

/** The request's session, or null without a live session (it counts as the person's request). */
export type SessionInliner = (req: IncomingMessage, pathname: string) => Promise<PageSession | null>;

/** Reads the session of a page request from its cookie. */
export function sessionInliner(ctx: ServiceContext): SessionInliner {
  return async (req, pathname) => {
    const actor = await actorOf(ctx.stores, req, ctx.now());
    return actor ? { json: JSON.stringify(await sessionAnswer(ctx, actor)), screen: landingScreen(actor, pathname) } : null;
  };
}

/**
 * The page with the session's JSON as a data block at the end of <head> (`<` escaped, so it cannot
 * end the block), after modulepreload links for `preloads` (paths under the client's root).
 */
export function pageWithSession(html: string, json: string, preloads: readonly string[] = []): string {
  const links = preloads.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">\n  `).join('');
  const block = `${links}<script type="application/json" id="${SESSION_SCRIPT_ID}">${json.replace(/</g, '\\u003c')}</script>`;
  const at = html.search(/<\/head>/i);
  return at < 0 ? html + block : `${html.slice(0, at)}${block}\n  ${html.slice(at)}`;
}
