// SPDX-License-Identifier: EUPL-1.2
/**
 * Deletes a workshop for good (AVG): every row of it in the store (ctx.stores.rows), its open
 * sockets closed with session-ended, its rooms dropped from memory without being saved again.
 *
 * Order matters: first the rows (so sessions end and no new socket is let in), then the sockets and
 * rooms (whose buffered updates the store then flushes), then the documents once more (those
 * flushed rows). The deletion itself is recorded in the audit log without any tie to the workshop.
 */
import type { WorkshopDeleteAnswer } from '../../../shared/apiAvg.js';
import { CLOSE } from '../../../shared/closeCodes.js';
import type { Actor } from '../../auth/actor.js';
import { workshopDocPrefix } from '../../store/workshopRows.js';
import { audit } from './audit.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

/** Whether the typed confirmation names the gemeente (case and surrounding spaces do not matter). */
export function confirmsGemeente(confirm: string, gemeente: string): boolean {
  return confirm.trim().toLocaleLowerCase('nl') === gemeente.trim().toLocaleLowerCase('nl');
}

/**
 * Deletes the workshop with everything in it. `actor` is who asked ('system' for the retention
 * sweep); it is recorded without name or id, since those belonged to the deleted workshop.
 */
export async function deleteWorkshop(ctx: ServiceContext, workshopId: string, actor: Actor | 'system'): Promise<WorkshopDeleteAnswer> {
  if (!(await ctx.stores.workshops.getWorkshop(workshopId))) throw new DomainError('workshop-not-found', 'No such workshop');
  const erased = await ctx.stores.rows.eraseWorkshop(workshopId);
  ctx.namesShown.set(workshopId, null);
  const prefix = workshopDocPrefix(workshopId);
  const socketsClosed = await ctx.documents.forget((name) => name.startsWith(prefix), CLOSE.sessionEnded);
  await ctx.stores.rows.eraseDocuments(workshopId);
  await audit(ctx, { workshopId: null, actor, anonymous: true, action: 'workshop.delete', objectType: 'workshop', objectId: null });
  return { deleted: true, participants: erased.participants, documents: erased.documents, socketsClosed };
}

/** Checks the confirmation, then deletes (DELETE /api/workshops/<id>). */
export async function deleteConfirmedWorkshop(ctx: ServiceContext, workshopId: string, confirm: string, actor: Actor): Promise<WorkshopDeleteAnswer> {
  const workshop = await ctx.stores.workshops.getWorkshop(workshopId);
  if (!workshop) throw new DomainError('workshop-not-found', 'No such workshop');
  if (!confirmsGemeente(confirm, workshop.gemeente)) {
    throw new DomainError('invalid-body', 'Type the name of the gemeente to confirm', [{ path: 'confirm', message: 'must be the name of the gemeente of this workshop' }]);
  }
  return deleteWorkshop(ctx, workshopId, actor);
}
