// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens a join link: checks the token, starts a session and says where the person lands.
 * Set-up links are one-time; a second opening says the link was used already. A screen link opens a
 * read-only session of its workshop's plenary screen. A consultation link opens a commenter's
 * session that reaches only the consultation (auth/commenterPermissions.ts).
 */
import type { LinkFailure } from '../../shared/apiErrors.js';
import type { ParticipantRecord } from '../store/workshopStore.js';
import type { ServiceContext } from '../services/serviceContext.js';
import { screenLandingPath } from './screenPermissions.js';
import { commenterLandingPath } from './commenterPermissions.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import { inTransaction } from '../services/unitOfWork.js';

/** The outcome of opening a link. */
export type JoinResult =
  | { ok: true; sessionToken: string; maxAgeSeconds: number; redirectTo: string; kind: 'setup' | 'participant' | 'screen' | 'consultation' }
  | { ok: false; failure: LinkFailure };

/** Where a participant lands after opening their link. */
export function landingPath(p: ParticipantRecord): string {
  if (p.role === 'facilitator') return `/w/${p.workshopId}/regie`;
  return p.group !== null ? `/w/${p.workshopId}/groep/${p.group}` : `/w/${p.workshopId}`;
}

/** Checks the token and, when valid, stores a new session. */
export async function openJoinLink(ctx: ServiceContext, token: string): Promise<JoinResult> {
  if (!looksLikeToken(token)) return { ok: false, failure: 'link-unknown' };
  const tokenHash = hashToken(token);
  const now = ctx.now();
  return inTransaction(ctx, async (tx): Promise<JoinResult> => {
    const { links, sessions, workshops } = tx.stores;
    const link = await links.byHash(tokenHash);
    if (!link) return { ok: false, failure: 'link-unknown' };
    if (link.revokedAt !== null) return { ok: false, failure: 'link-revoked' };
    if (link.expiresAt <= now) return { ok: false, failure: 'link-expired' };

    let participant: ParticipantRecord | null = null;
    let screenOf: string | null = null;
    if (link.kind === 'consultation') return openConsultationLink(tx, link.personId ?? null, tokenHash, now);
    if (link.kind === 'setup') {
      if (!(await links.markUsedOnce(tokenHash, now))) return { ok: false, failure: 'setup-link-used' };
    } else if (link.kind === 'screen') {
      screenOf = link.workshopId && (await workshops.getWorkshop(link.workshopId)) ? link.workshopId : null;
      if (!screenOf) return { ok: false, failure: 'link-unknown' };
      await links.touch(tokenHash, now);
    } else {
      participant = link.participantId ? await workshops.getParticipant(link.participantId) : null;
      if (!participant) return { ok: false, failure: 'link-unknown' };
      await links.touch(tokenHash, now);
    }
    const sessionToken = newToken();
    const maxAgeSeconds = ctx.sessionHours * 3600;
    await sessions.insert({ idHash: hashToken(sessionToken), kind: link.kind, participantId: participant?.id ?? null, expiresAt: now + maxAgeSeconds * 1000, workshopId: screenOf, lastSeenAt: now });
    return {
      ok: true, sessionToken, maxAgeSeconds, kind: link.kind,
      redirectTo: participant ? landingPath(participant) : screenOf ? screenLandingPath(screenOf) : '/regie',
    };
  });
}

/** Opens a commenter's consultation session (inside openJoinLink's transaction). */
async function openConsultationLink(ctx: ServiceContext, personId: string | null, tokenHash: string, now: number): Promise<JoinResult> {
  const person = personId ? await ctx.stores.consultations.person(personId) : null;
  if (!person) return { ok: false, failure: 'link-unknown' };
  await ctx.stores.links.touch(tokenHash, now);
  await ctx.stores.consultations.markOpened(person.id, now);
  const sessionToken = newToken();
  const maxAgeSeconds = ctx.sessionHours * 3600;
  await ctx.stores.sessions.insert({
    idHash: hashToken(sessionToken), kind: 'consultation', participantId: null, personId: person.id,
    expiresAt: now + maxAgeSeconds * 1000, workshopId: person.workshopId, lastSeenAt: now,
  });
  return { ok: true, sessionToken, maxAgeSeconds, kind: 'consultation', redirectTo: commenterLandingPath(person.workshopId) };
}
