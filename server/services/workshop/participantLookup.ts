// SPDX-License-Identifier: EUPL-1.2
/** Finds a participant within a workshop, so an id from another workshop is never touched. */
import type { ParticipantRecord } from '../../store/workshopStore.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

/** The participant with this id in this workshop; throws participant-not-found otherwise. */
export async function participantIn(ctx: ServiceContext, workshopId: string, participantId: string): Promise<ParticipantRecord> {
  const p = await ctx.stores.workshops.getParticipant(participantId);
  if (!p || p.workshopId !== workshopId) throw new DomainError('participant-not-found', 'No such participant in this workshop');
  return p;
}

/** Whether this participant is the workshop's only facilitator (who must not disappear). */
export async function isLastFacilitator(ctx: ServiceContext, p: ParticipantRecord): Promise<boolean> {
  if (p.role !== 'facilitator') return false;
  return (await ctx.stores.workshops.listParticipants(p.workshopId)).filter((q) => q.role === 'facilitator').length === 1;
}
