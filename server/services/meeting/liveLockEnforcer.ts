// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes open sockets follow a lock change: members' sockets on a group's documents (group document
 * and drafts) whose permission no longer matches the lock are closed with CLOSE.permissionChanged,
 * and reconnect with the permission the authorizer now gives (auth/lockRule).
 */
import { CLOSE } from '../../../shared/closeCodes.js';
import { GROUP_COUNT } from '../../../shared/docNames.js';
import type { LiveState } from '../../../shared/liveDoc.js';
import type { ServiceContext } from '../serviceContext.js';

/** Groups whose lock differs between two lock states. */
function changedGroups(before: LiveState['locks'], after: LiveState['locks']): number[] {
  const changed: number[] = [];
  for (let g = 1; g <= GROUP_COUNT; g++) if ((before[String(g)] === true) !== (after[String(g)] === true)) changed.push(g);
  return changed;
}

/**
 * Closes the members' sockets on these groups' documents whose permission does not match the lock
 * state now (writers of a locked group, readers of an unlocked one); they reconnect with the right one.
 */
async function closeMismatchedSockets(ctx: ServiceContext, workshopId: string, groups: number[], locks: LiveState['locks']): Promise<void> {
  const members = new Set((await ctx.stores.workshops.listParticipants(workshopId)).filter((p) => p.role !== 'facilitator').map((p) => p.id));
  ctx.documents.closeSockets((identity, doc, permission) => {
    if (doc.workshopId !== workshopId || (doc.kind !== 'group' && doc.kind !== 'draft') || !groups.includes(doc.group)) return false;
    if (identity.participantId === null || !members.has(identity.participantId)) return false;
    return permission === (locks[String(doc.group)] === true ? 'write' : 'read');
  }, CLOSE.permissionChanged);
}

/**
 * Brings open sockets in line with a lock change: now, and once more after the sockets being
 * admitted at this moment (authorized against the old state) have been accepted.
 */
export async function enforceLockChange(ctx: ServiceContext, workshopId: string, before: LiveState['locks'], after: LiveState['locks']): Promise<void> {
  const groups = changedGroups(before, after);
  if (groups.length === 0) return;
  await closeMismatchedSockets(ctx, workshopId, groups, after);
  setImmediate(() => {
    void ctx.locks.current(workshopId).then((locks) => closeMismatchedSockets(ctx, workshopId, groups, locks)).catch(() => undefined);
  });
}
