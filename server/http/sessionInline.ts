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

/** The JSON of the request's session answer, or null without a live session (it counts as the person's request). */
export type SessionInliner = (req: IncomingMessage) => string | null;

/** Reads the session of a page request from its cookie. */
export function sessionInliner(ctx: ServiceContext): SessionInliner {
  return (req) => {
    const actor = actorOf(ctx.stores, req, ctx.now());
    return actor ? JSON.stringify(sessionAnswer(ctx, actor)) : null;
  };
}

/** The page with the session's JSON as a data block at the end of <head> (`<` escaped, so it cannot end the block). */
export function pageWithSession(html: string, json: string): string {
  const block = `<script type="application/json" id="${SESSION_SCRIPT_ID}">${json.replace(/</g, '\\u003c')}</script>`;
  const at = html.search(/<\/head>/i);
  return at < 0 ? html + block : `${html.slice(0, at)}${block}\n  ${html.slice(at)}`;
}
