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

/** Applies the change; returns nothing (the route presents the dashboard). */
export async function updateConsultation(ctx: ServiceContext, workshopId: string, body: ConsultationUpdateBody): Promise<void> {
  const c = requireConsultation(ctx, workshopId);
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
  ctx.stores.workshops.transaction(() => {
    ctx.stores.consultations.updateConsultation(c.id, changes);
    if (closesAt !== undefined) ctx.stores.links.setConsultationExpiry(workshopId, linkExpiry(ctx, { closesAt }));
  });
  await writeMeta(ctx, requireConsultation(ctx, workshopId));
  if (body.repliesAllowed === false) ctx.documents.closeSockets(isCommenterSocket(workshopId), CLOSE.permissionChanged);
  ctx.log.info('consultation.updated', { workshopId, closed: body.closeNow === true, extended: body.closesAt !== undefined });
}

/** Adds extra people from CSV while the consultation runs. */
export function addConsultationPeople(ctx: ServiceContext, workshopId: string, csv: string): ConsultationPeopleAnswer {
  const c = requireConsultation(ctx, workshopId);
  const { invitees, errors } = inviteesFromCsv(csv);
  const added = ctx.stores.workshops.transaction(() => invite(ctx, c, invitees));
  const counts = commentCounts(ctx, c.id);
  return { added: added.map((p) => personView(ctx, p, counts.get(p.id) ?? 0)), errors };
}

/** Revokes a person's link: their sessions end and their sockets close at once. */
export function revokeConsultationLink(ctx: ServiceContext, workshopId: string, personId: string): void {
  const c = requireConsultation(ctx, workshopId);
  const person = ctx.stores.consultations.person(personId);
  if (!person || person.consultationId !== c.id) throw new DomainError('not-found', 'No such person in this consultation');
  const sessions = ctx.stores.workshops.transaction(() => {
    ctx.stores.links.revokeForPerson(person.id, ctx.now());
    return new Set(ctx.stores.sessions.deleteForPerson(person.id));
  });
  ctx.documents.closeSockets((identity) => sessions.has(identity.sessionId), CLOSE.sessionEnded);
}
