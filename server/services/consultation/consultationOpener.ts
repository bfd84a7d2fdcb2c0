// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens the consultation of a workshop on a frozen vision version: everyone marked absent at
 * meeting 1, optionally all participants, optionally extra people from CSV `naam,rol,email`, each
 * with a personal link. Refused (nothing changes): a second consultation, a version that was never
 * frozen, a closing time that is not in the future.
 */
import type { ImportLineError } from '../../../shared/api.js';
import type { ConsultationOpenAnswer, ConsultationOpenBody } from '../../../shared/apiConsultation.js';
import { parseParticipantsCsv } from '../../../shared/csvParticipants.js';
import { newId } from '../../auth/tokens.js';
import type { ConsultationRecord } from '../../store/consultationStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';
import { iso } from './consultationAccess.js';
import { writeOpeningMeta } from './consultationDocWriter.js';
import { invite, peopleViews, type Invitee } from './consultationPeople.js';
import { inTransaction } from '../unitOfWork.js';

/** The invitees a CSV text names, and its bad lines. */
export function inviteesFromCsv(csv: string | undefined): { invitees: Invitee[]; errors: ImportLineError[] } {
  if (csv === undefined || csv.trim() === '') return { invitees: [], errors: [] };
  const { rows, errors } = parseParticipantsCsv(csv);
  return { invitees: rows.map((r) => ({ name: r.name, role: r.role, email: r.email ?? null, participantId: null, source: 'extra' })), errors };
}

/** The workshop's participants to invite: absentees of meeting 1, or (with `all`) everyone but the facilitator. */
async function participantInvitees(ctx: ServiceContext, workshopId: string, absentees: boolean, all: boolean): Promise<Invitee[]> {
  return (await ctx.stores.workshops.listParticipants(workshopId))
    .filter((p) => p.role !== 'facilitator')
    .map((p): Invitee | null => {
      const absent = p.attendance?.m1 === 'absent';
      if (absentees && absent) return { name: p.name, role: p.role, email: p.email, participantId: p.id, source: 'absentee' };
      if (all) return { name: p.name, role: p.role, email: p.email, participantId: p.id, source: 'participant' };
      return null;
    })
    .filter((i): i is Invitee => i !== null);
}

/** Opens the consultation; the answer lists every invited person with their link. */
export async function openConsultation(ctx: ServiceContext, workshopId: string, body: ConsultationOpenBody): Promise<ConsultationOpenAnswer> {
  const store = ctx.stores.consultations;
  if (await store.ofWorkshop(workshopId)) throw new DomainError('consultation-exists', 'This workshop has a consultation already');
  if (!(await ctx.stores.versions.get(workshopId, body.version))) throw new DomainError('version-not-frozen', `Version ${body.version} of the vision was never frozen`);
  const closesAt = Date.parse(body.closesAt);
  if (closesAt <= ctx.now()) throw new DomainError('closes-in-past', 'The closing time must lie in the future');
  const { invitees: extra, errors } = inviteesFromCsv(body.csv);
  const consultation: ConsultationRecord = {
    id: newId(), workshopId, version: body.version, intro: body.intro, closesAt, closedEarly: false,
    repliesAllowed: body.repliesAllowed, openedAt: ctx.now(), publishedAt: null, newVersion: null,
  };
  await inTransaction(ctx, async (tx) => {
    await tx.stores.consultations.insertConsultation(consultation);
    await invite(tx, consultation, [...(await participantInvitees(tx, workshopId, body.absentees, body.allParticipants)), ...extra]);
  });
  await writeOpeningMeta(ctx, consultation);
  ctx.log.info('consultation.opened', { workshopId, version: body.version });
  return { consultationId: consultation.id, closesAt: iso(closesAt), people: await peopleViews(ctx, consultation), errors };
}
