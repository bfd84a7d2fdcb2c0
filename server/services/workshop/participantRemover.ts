// SPDX-License-Identifier: EUPL-1.2
/** Removes a participant for good: their row, links and sessions are deleted and their sockets closed. */
import { DomainError } from '../domainError.js';
import { isLastFacilitator, participantIn } from './participantLookup.js';
import type { ServiceContext } from '../serviceContext.js';
import { closeParticipantSockets } from './participantSocketCloser.js';

/** Deletes the participant (AVG: nothing of them remains in the workshop store). */
export async function removeParticipant(ctx: ServiceContext, workshopId: string, participantId: string): Promise<void> {
  const p = await participantIn(ctx, workshopId, participantId);
  if (await isLastFacilitator(ctx, p)) throw new DomainError('forbidden', 'The only facilitator of a workshop cannot be removed');
  await ctx.stores.workshops.deleteParticipant(participantId);
  closeParticipantSockets(ctx, [participantId], 'sessionEnded', 'all');
}
