// SPDX-License-Identifier: EUPL-1.2
/**
 * Changes the meeting-2 part of the live state (shared/meeting2Live.ts) on the facilitator's
 * behalf, in one transaction on `w/<id>/live`: whether meeting 2 is the current meeting, what the
 * plenary screen shows, and the role-group locks (the lock cache follows; members' sockets whose
 * right no longer matches close and reconnect with the right one). Starting meeting 2 puts the
 * shared focus on the groups, so a plenary left over from meeting 1 does not pull everyone out of
 * their new role group.
 */
import type { Meeting2LiveBody } from '../../../shared/apiMeeting2.js';
import { CLOSE } from '../../../shared/closeCodes.js';
import { liveDocName, ROLE_GROUPS, type RoleGroup } from '../../../shared/docNames.js';
import { liveOf } from '../../../shared/liveDoc.js';
import { MEETING2_LIVE_KEY, readMeeting2Live, type Meeting2Live } from '../../../shared/meeting2Live.js';
import { DomainError } from '../domainError.js';
import type { ServiceContext } from '../serviceContext.js';

function next(before: Meeting2Live, body: Meeting2LiveBody): Meeting2Live {
  const locks = { ...before.locks };
  if (body.lock) {
    if (body.lock.locked) locks[body.lock.roleGroup] = true;
    else delete locks[body.lock.roleGroup];
  }
  return {
    active: body.active ?? before.active,
    view: body.view ?? before.view,
    caseId: body.caseId !== undefined ? body.caseId : before.caseId,
    cell: body.cell !== undefined ? body.cell : before.cell,
    presenting: body.presenting !== undefined ? body.presenting : before.presenting,
    locks,
  };
}

/** Closes members' sockets on role groups whose lock changed, so they reconnect with the right permission. */
function enforceRoleGroupLocks(ctx: ServiceContext, workshopId: string, before: Meeting2Live, after: Meeting2Live): void {
  const changed = ROLE_GROUPS.filter((g) => (before.locks[g] === true) !== (after.locks[g] === true));
  if (!changed.length) return;
  ctx.documents.closeSockets((identity, doc, permission) => {
    if ((doc.kind !== 'roleGroup' && doc.kind !== 'roleDraft') || doc.workshopId !== workshopId || !changed.includes(doc.roleGroup)) return false;
    if (identity.participantId === null || identity.user.role === 'facilitator') return false;
    return permission === (after.locks[doc.roleGroup as RoleGroup] ? 'write' : 'read');
  }, CLOSE.permissionChanged);
}

/** Applies the change and answers the new meeting-2 live state. */
export async function updateMeeting2Live(ctx: ServiceContext, workshopId: string, body: Meeting2LiveBody): Promise<Meeting2Live> {
  if (body.caseId && !(await ctx.stores.meeting2.listCases(workshopId)).some((c) => c.id === body.caseId)) {
    throw new DomainError('case-not-found', 'No such case');
  }
  const { before, after } = await ctx.documents.change(liveDocName(workshopId), (doc) => {
    const previous = readMeeting2Live(doc);
    const updated = next(previous, body);
    liveOf(doc).set(MEETING2_LIVE_KEY, updated);
    if (updated.active && !previous.active) liveOf(doc).set('focus', 'groups');
    return { before: previous, after: readMeeting2Live(doc) };
  });
  ctx.locks.rememberRoleGroups(workshopId, after.locks);
  enforceRoleGroupLocks(ctx, workshopId, before, after);
  return after;
}
