// SPDX-License-Identifier: EUPL-1.2
/** Creates a workshop together with its facilitator (a participant with role 'facilitator') and their join link. */
import type { WorkshopCreateBody } from '../../../shared/api.js';
import { customGroupNames } from '../../../shared/groupNames.js';
import { newId } from '../../auth/tokens.js';
import type { WorkshopRecord } from '../../store/workshopStore.js';
import { addParticipants } from './participantAdder.js';
import type { ServiceContext } from '../serviceContext.js';
import { inTransaction } from '../unitOfWork.js';

/** Creates the workshop and its facilitator; returns the stored workshop. */
export async function createWorkshop(ctx: ServiceContext, body: WorkshopCreateBody): Promise<WorkshopRecord> {
  const workshop: WorkshopRecord = {
    id: newId(),
    gemeente: body.gemeente,
    title: body.title,
    meeting1: body.dates.meeting1 ?? null,
    meeting2: body.dates.meeting2 ?? null,
    showNames: body.showNames,
    createdAt: ctx.now(),
    groupNames: customGroupNames(null),
    language: 'nl',
  };
  await inTransaction(ctx, async (tx) => {
    await tx.stores.workshops.insertWorkshop(workshop);
    await addParticipants(tx, workshop.id, [{ name: body.facilitatorName, role: 'facilitator' }]);
  });
  ctx.namesShown.set(workshop.id, workshop.showNames);
  return workshop;
}
