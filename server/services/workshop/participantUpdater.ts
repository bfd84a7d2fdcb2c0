// SPDX-License-Identifier: EUPL-1.2
/**
 * Changes a participant: name, role, e-mail, or group (a facilitator's manual move). Whoever loses
 * rights on open documents gets those sockets closed (permission-changed).
 */
import type { ParticipantUpdateBody } from '../../../shared/api.js';
import type { ParticipantChanges, ParticipantRecord } from '../../store/workshopStore.js';
import { DomainError } from '../domainError.js';
import { placeUngrouped } from './groupPlacer.js';
import { isLastFacilitator, participantIn } from './participantLookup.js';
import type { ServiceContext } from '../serviceContext.js';
import { inTransaction } from '../unitOfWork.js';
import { closeParticipantSockets } from './participantSocketCloser.js';

/** Applies a PATCH body and returns the updated participant. */
export async function updateParticipant(ctx: ServiceContext, workshopId: string, participantId: string, body: ParticipantUpdateBody): Promise<ParticipantRecord> {
  const before = await participantIn(ctx, workshopId, participantId);
  const role = body.role ?? before.role;
  if (role === 'facilitator' && body.group !== undefined) {
    throw new DomainError('invalid-body', 'A facilitator is not in a group', [{ path: 'group', message: 'a facilitator has no group' }]);
  }
  if (before.role === 'facilitator' && role !== 'facilitator' && (await isLastFacilitator(ctx, before))) {
    throw new DomainError('forbidden', 'The only facilitator of a workshop cannot get another role');
  }
  const changes: ParticipantChanges = { name: body.name, role: body.role, email: body.email, group: body.group };
  if (role === 'facilitator') changes.group = null;

  const after = await inTransaction(ctx, async (tx) => {
    await tx.stores.workshops.updateParticipant(participantId, changes);
    await placeUngrouped(tx, workshopId);
    return (await tx.stores.workshops.getParticipant(participantId))!;
  });

  if (after.role !== before.role) closeParticipantSockets(ctx, [participantId], 'permissionChanged', 'all');
  else if (after.group !== before.group) closeParticipantSockets(ctx, [participantId], 'permissionChanged', 'groupDocs');
  return after;
}
