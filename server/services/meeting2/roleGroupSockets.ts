// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes open sockets follow a role-group change: a participant's sockets on a role-group document
 * (or their draft in it) they no longer belong to close with CLOSE.permissionChanged (and do not come back: the
 * authorizer refuses them now).
 */
import { CLOSE } from '../../../shared/closeCodes.js';
import type { ServiceContext } from '../serviceContext.js';

/** Closes the sockets on role-group documents whose holder is no longer in that group (one person, or everyone). */
export async function closeRoleGroupSockets(ctx: ServiceContext, workshopId: string, participantId?: string): Promise<void> {
  const groups = new Map((await ctx.stores.workshops.listParticipants(workshopId)).map((p) => [p.id, p]));
  ctx.documents.closeSockets((identity, doc) => {
    if ((doc.kind !== 'roleGroup' && doc.kind !== 'roleDraft') || doc.workshopId !== workshopId || identity.participantId === null) return false;
    if (participantId !== undefined && identity.participantId !== participantId) return false;
    const p = groups.get(identity.participantId);
    return !!p && p.role !== 'facilitator' && p.roleGroup !== doc.roleGroup;
  }, CLOSE.permissionChanged);
}
