// SPDX-License-Identifier: EUPL-1.2
/**
 * Changes a running consultation: close it now, extend it (a new closing time in the future), change
 * the intro or whether commenters see and reply to each other. Links follow the closing time; when
 * replies are switched off, commenters' open sockets on the consultation close (they reconnect
 * without it) — the facilitator's stay.
 */
import type { ConsultationPeopleAnswer, ConsultationUpdateBody } from '../../../shared/apiConsultation.js';
import { CLOSE } from '../../../shared/closeCodes.js';
import { isCommenterSocket } from '../../auth/commenterPermissions.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { requireConsultation } from './consultationAccess.js';
import { writeMeta } from './consultationDocWriter.js';
import { inviteesFromCsv } from './consultationOpener.js';
import { commentCounts, invite, linkExpiry, personView } from './consultationPeople.js';
import { inTransaction } from '../unitOfWork.js';
import type { ConsultationPersonView } from '../../../shared/apiConsultation.js';

/** Applies the change; returns nothing (the route presents the dashboard). */
export async function updateConsultation(ctx: ServiceContext, workshopId: string, body: ConsultationUpdateBody): Promise<void> {
  const c = await requireConsultation(ctx, workshopId);
  const now = ctx.now();
  let closesAt: number | undefined;
  let closedEarly: boolean | undefined;
  if (body.closeNow) {
    closesAt = Math.min(c.closesAt, now);
    closedEarly = closesAt === now;
  } else if (body.closesAt !== undefined) {
    closesAt = Date.parse(body.closesAt);
    if (closesAt <= now) throw new DomainError('closes-in-past', 'The closing time must lie in the future');
    closedEarly = false;
  }
  const changes = { closesAt, closedEarly, intro: body.intro, repliesAllowed: body.repliesAllowed };
  await inTransaction(ctx, async (tx) => {
    await tx.stores.consultations.updateConsultation(c.id, changes);
    if (closesAt !== undefined) await tx.stores.links.setConsultationExpiry(workshopId, linkExpiry(tx, { closesAt }));
  });
  await writeMeta(ctx, await requireConsultation(ctx, workshopId));
  if (body.repliesAllowed === false) ctx.documents.closeSockets(isCommenterSocket(workshopId), CLOSE.permissionChanged);
  ctx.log.info('consultation.updated', { workshopId, closed: body.closeNow === true, extended: body.closesAt !== undefined });
}

/** Adds extra people from CSV while the consultation runs. */
export async function addConsultationPeople(ctx: ServiceContext, workshopId: string, csv: string): Promise<ConsultationPeopleAnswer> {
  const c = await requireConsultation(ctx, workshopId);
  const { invitees, errors } = inviteesFromCsv(csv);
  const added = await inTransaction(ctx, (tx) => invite(tx, c, invitees));
  const counts = await commentCounts(ctx, c.id);
  const views: ConsultationPersonView[] = [];
  for (const p of added) views.push(await personView(ctx, p, counts.get(p.id) ?? 0));
  return { added: views, errors };
}

/** Revokes a person's link: their sessions end and their sockets close at once. */
export async function revokeConsultationLink(ctx: ServiceContext, workshopId: string, personId: string): Promise<void> {
  const c = await requireConsultation(ctx, workshopId);
  const person = await ctx.stores.consultations.person(personId);
  if (!person || person.consultationId !== c.id) throw new DomainError('not-found', 'No such person in this consultation');
  const sessions = await inTransaction(ctx, async (tx) => {
    await tx.stores.links.revokeForPerson(person.id, tx.now());
    return new Set(await tx.stores.sessions.deleteForPerson(person.id));
  });
  ctx.documents.closeSockets((identity) => sessions.has(identity.sessionId), CLOSE.sessionEnded);
}
