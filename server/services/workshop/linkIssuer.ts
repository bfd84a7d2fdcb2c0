// SPDX-License-Identifier: EUPL-1.2
/** Issues join links: one reusable link per participant, and one-time set-up links for the installation organiser. */
import { JOIN_PATH_PREFIX } from '../../../shared/paths.js';
import { hashToken, newToken } from '../../auth/tokens.js';
import type { LinkKind } from '../../store/workshopLinkStore.js';
import type { ServiceContext } from '../serviceContext.js';
import { inTransaction } from '../unitOfWork.js';
import { closeParticipantSockets } from './participantSocketCloser.js';

/** Hours a set-up link stays valid. */
const SETUP_LINK_HOURS = 72;

/** The URL of a join link for a token. */
export const joinUrl = (ctx: ServiceContext, token: string): string => `${ctx.baseUrl()}${JOIN_PATH_PREFIX}${token}`;

async function issue(ctx: ServiceContext, kind: LinkKind, participantId: string | null, lifetimeMs: number): Promise<string> {
  const token = newToken();
  const now = ctx.now();
  await ctx.stores.links.insert({
    tokenHash: hashToken(token), tokenEnc: ctx.cipher.encrypt(token), kind, participantId,
    createdAt: now, expiresAt: now + lifetimeMs, revokedAt: null, usedAt: null,
  });
  return joinUrl(ctx, token);
}

/** Creates a new join link for a participant and returns its URL. */
export function issueParticipantLink(ctx: ServiceContext, participantId: string): Promise<string> {
  return issue(ctx, 'participant', participantId, ctx.linkDays * 24 * 3600_000);
}

/** The participant's live join link; issues a fresh one when none is live (expired or never made). */
export async function participantLink(ctx: ServiceContext, participantId: string): Promise<string> {
  const live = await ctx.stores.links.liveForParticipant(participantId, ctx.now());
  const token = live ? ctx.cipher.decrypt(live.tokenEnc) : null;
  return token ? joinUrl(ctx, token) : issueParticipantLink(ctx, participantId);
}

/**
 * Revokes a participant's links, ends their sessions, closes their sockets, and issues a new link
 * (for a lost or shared link). Returns the new link's URL.
 */
export async function renewParticipantLink(ctx: ServiceContext, participantId: string): Promise<string> {
  const url = await inTransaction(ctx, async (tx) => {
    await tx.stores.links.revokeForParticipant(participantId, tx.now());
    await tx.stores.sessions.deleteForParticipant(participantId);
    return issueParticipantLink(tx, participantId);
  });
  closeParticipantSockets(ctx, [participantId], 'sessionEnded', 'all');
  return url;
}

/** Creates a one-time set-up link (older unused ones are revoked) and returns its URL. */
export function issueSetupLink(ctx: ServiceContext): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    await tx.stores.links.revokeUnusedSetupLinks(tx.now());
    return issue(tx, 'setup', null, SETUP_LINK_HOURS * 3600_000);
  });
}
