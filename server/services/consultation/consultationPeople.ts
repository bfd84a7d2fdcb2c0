// SPDX-License-Identifier: EUPL-1.2
/**
 * The people of a consultation and their personal links. A link is a join link of kind
 * 'consultation' (256-bit token, only its hash stored, the token kept encrypted so the facilitator
 * can list it again, revocable). It takes comments until the consultation closes and keeps opening
 * read-only for the link lifetime after that, so that commenters can read what became of their
 * comments once the reactienota is published.
 */
import type { ConsultationPersonView } from '../../../shared/apiConsultation.js';
import { roleCategory, type Role } from '../../../shared/roles.js';
import { hashToken, newId, newToken } from '../../auth/tokens.js';
import type { ConsultationPersonRecord, ConsultationRecord, PersonSource } from '../../store/consultationStore.js';
import { joinUrl } from '../workshop/linkIssuer.js';
import type { ServiceContext } from '../serviceContext.js';
import { iso } from './consultationAccess.js';

/** One person to invite. */
export interface Invitee { name: string; role: Role; email: string | null; participantId: string | null; source: PersonSource }

/** When a consultation's links expire: the link lifetime after closing. */
export const linkExpiry = (ctx: ServiceContext, c: Pick<ConsultationRecord, 'closesAt'>): number => c.closesAt + ctx.linkDays * 24 * 3600_000;

/** Stores the people (skipping participants already invited) and issues each a personal link; call inside a transaction. */
export async function invite(ctx: ServiceContext, c: ConsultationRecord, invitees: readonly Invitee[]): Promise<ConsultationPersonRecord[]> {
  const store = ctx.stores.consultations;
  const already = new Set((await store.people(c.id)).map((p) => p.participantId).filter((id): id is string => id !== null));
  const now = ctx.now();
  const added: ConsultationPersonRecord[] = [];
  for (const invitee of invitees) {
    if (invitee.participantId !== null) {
      if (already.has(invitee.participantId)) continue;
      already.add(invitee.participantId);
    }
    const person: ConsultationPersonRecord = { id: newId(), consultationId: c.id, workshopId: c.workshopId, ...invitee, createdAt: now, openedAt: null };
    await store.insertPerson(person);
    const token = newToken();
    await ctx.stores.links.insert({
      tokenHash: hashToken(token), tokenEnc: ctx.cipher.encrypt(token), kind: 'consultation', participantId: null, personId: person.id,
      workshopId: c.workshopId, createdAt: now, expiresAt: linkExpiry(ctx, c), revokedAt: null, usedAt: null,
    });
    added.push(person);
  }
  return added;
}

/** A person's personal link; '' when it was revoked. */
export async function personLink(ctx: ServiceContext, person: ConsultationPersonRecord): Promise<string> {
  const link = await ctx.stores.links.latestForPerson(person.id);
  if (!link || link.revokedAt !== null) return '';
  const token = ctx.cipher.decrypt(link.tokenEnc);
  return token ? joinUrl(ctx, token) : '';
}

/** A person as the facilitator sees them. */
export async function personView(ctx: ServiceContext, person: ConsultationPersonRecord, comments: number): Promise<ConsultationPersonView> {
  const link = await personLink(ctx, person);
  return {
    id: person.id, name: person.name, role: person.role, roleCategory: roleCategory(person.role), email: person.email,
    participantId: person.participantId, source: person.source, link, revoked: link === '',
    openedAt: person.openedAt === null ? null : iso(person.openedAt), comments,
  };
}

/** Active comments (and replies) per person. */
export async function commentCounts(ctx: ServiceContext, consultationId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const c of await ctx.stores.consultations.comments(consultationId)) {
    if (c.status === 'active') counts.set(c.personId, (counts.get(c.personId) ?? 0) + 1);
  }
  return counts;
}

/** Every person of a consultation as the facilitator sees them. */
export async function peopleViews(ctx: ServiceContext, c: ConsultationRecord): Promise<ConsultationPersonView[]> {
  const counts = await commentCounts(ctx, c.id);
  const views: ConsultationPersonView[] = [];
  for (const p of await ctx.stores.consultations.people(c.id)) views.push(await personView(ctx, p, counts.get(p.id) ?? 0));
  return views;
}
