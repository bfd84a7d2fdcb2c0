// SPDX-License-Identifier: EUPL-1.2
/**
 * The lock rule: while the facilitator has locked a group (the `locks` of `w/<id>/live`), its
 * members may only read the group document and their own drafts; facilitators keep writing.
 * The lock state is read through a GroupLocks source (server/services/meeting/liveLocks.ts).
 */
import type { DocRef, RoleGroup } from '../../shared/docNames.js';
import type { Permission } from '../collab/types.js';
import type { Actor } from './actor.js';
import { isFacilitatorOf } from './permissions.js';

/** Answers whether a group of a workshop is locked (from the live document). */
export interface GroupLocks {
  /** A meeting-1 group by number, a meeting-2 role group by name. */
  isLocked(workshopId: string, group: number | RoleGroup): boolean | Promise<boolean>;
}

/** The group a lock on which can lower this actor's permission on this document; null when none can. */
export function lockableGroup(actor: Actor, doc: DocRef): number | RoleGroup | null {
  if (actor.kind !== 'participant' || isFacilitatorOf(actor, doc.workshopId)) return null;
  if (doc.kind === 'roleGroup' || doc.kind === 'roleDraft') return doc.roleGroup;
  return doc.kind === 'group' || doc.kind === 'draft' ? doc.group : null;
}

/** The permission once the lock state is known: a locked group turns 'write' into 'read'. */
export async function permissionUnderLock(locks: GroupLocks, actor: Actor, doc: DocRef, permission: Permission): Promise<Permission> {
  if (permission !== 'write') return permission;
  const group = lockableGroup(actor, doc);
  if (group === null) return permission;
  return (await locks.isLocked(doc.workshopId, group)) ? 'read' : 'write';
}
