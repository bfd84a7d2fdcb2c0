// SPDX-License-Identifier: EUPL-1.2
/**
 * The plenary screen's join link (kind 'screen'): one live link per workshop, reused while it is
 * valid, so asking twice does not end the session of a beamer that is already showing; renewing
 * it revokes the old link, ends the screen's sessions and closes their sockets (a lost or shared link).
 */
import { CLOSE } from '../../../shared/closeCodes.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import { joinUrl } from './linkIssuer.js';
import type { ServiceContext } from '../serviceContext.js';
import { inTransaction } from '../unitOfWork.js';

/** The workshop's live screen link, issuing one when there is none; returns its URL. */
export async function screenLink(ctx: ServiceContext, workshopId: string): Promise<string> {
  const now = ctx.now();
  const live = await ctx.stores.links.liveScreenLink(workshopId, now);
  const token = live ? ctx.cipher.decrypt(live.tokenEnc) : null;
  if (token) return joinUrl(ctx, token);
  const fresh = newToken();
  await ctx.stores.links.insert({
    tokenHash: hashToken(fresh), tokenEnc: ctx.cipher.encrypt(fresh), kind: 'screen', participantId: null, workshopId,
    createdAt: now, expiresAt: now + ctx.linkDays * 24 * 3600_000, revokedAt: null, usedAt: null,
  });
  return joinUrl(ctx, fresh);
}

/**
 * Revokes the workshop's screen links, ends every screen session of it and closes their sockets
 * (CLOSE.sessionEnded), then issues a new screen link; returns its URL and the sockets closed.
 */
export async function renewScreenLink(ctx: ServiceContext, workshopId: string): Promise<{ link: string; closed: number }> {
  const { link, sessions } = await inTransaction(ctx, async (tx) => {
    await tx.stores.links.revokeScreenLinks(workshopId, tx.now());
    const ended = await tx.stores.sessions.deleteScreenSessions(workshopId);
    return { sessions: new Set(ended), link: await screenLink(tx, workshopId) };
  });
  const closed = ctx.documents.closeSockets((identity) => sessions.has(identity.sessionId), CLOSE.sessionEnded);
  return { link, closed };
}
