/**
 * The plenary screen's join link (kind 'screen'): one live link per workshop, reused while it is
 * valid, so asking twice does not end the session of a beamer that is already showing.
 */
import { hashToken, newToken } from '../../auth/tokens.js';
import { joinUrl } from './linkIssuer.js';
import type { ServiceContext } from '../serviceContext.js';

/** The workshop's live screen link, issuing one when there is none; returns its URL. */
export function screenLink(ctx: ServiceContext, workshopId: string): string {
  const now = ctx.now();
  const live = ctx.stores.links.liveScreenLink(workshopId, now);
  const token = live ? ctx.cipher.decrypt(live.tokenEnc) : null;
  if (token) return joinUrl(ctx, token);
  const fresh = newToken();
  ctx.stores.links.insert({
    tokenHash: hashToken(fresh), tokenEnc: ctx.cipher.encrypt(fresh), kind: 'screen', participantId: null, workshopId,
    createdAt: now, expiresAt: now + ctx.linkDays * 24 * 3600_000, revokedAt: null, usedAt: null,
  });
  return joinUrl(ctx, fresh);
}
