// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes open sockets follow a change of the statement edit setting (`ownStatementsOnly`): the
 * members' writing sockets on the workshop's group documents that were admitted under the other
 * setting are closed with CLOSE.permissionChanged and reconnect with what the authorizer now
 * allows them (auth/statementEditRule).
 */
import { CLOSE } from '../../../shared/closeCodes.js';
import type { ServiceContext } from '../serviceContext.js';

async function closeMismatchedSockets(ctx: ServiceContext, workshopId: string, ownOnly: boolean): Promise<void> {
  const members = new Set((await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator').map((p) => p.id));
  ctx.documents.closeSockets((identity, doc, permission) =>
    doc.workshopId === workshopId && doc.kind === 'group' && permission === 'write'
    && identity.participantId !== null && members.has(identity.participantId)
    && (identity.mayEditOthersStatements ?? true) === ownOnly, CLOSE.permissionChanged);
}

/** Brings the members' group sockets in line with the setting now, and once more after the sockets being admitted at this moment. */
export async function enforceEditingChange(ctx: ServiceContext, workshopId: string, ownOnly: boolean): Promise<void> {
  await closeMismatchedSockets(ctx, workshopId, ownOnly);
  setImmediate(() => {
    void ctx.locks.ownStatementsOnly(workshopId).then((now) => closeMismatchedSockets(ctx, workshopId, now)).catch(() => undefined);
  });
}
