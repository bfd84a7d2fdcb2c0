// SPDX-License-Identifier: EUPL-1.2
/**
 * Makes open collaboration sockets follow their session: every `intervalMs` each open socket's
 * session is resolved again, and a socket whose session ended (logout, expiry, idle timeout, link
 * renewal, participant removed) is closed with CLOSE.sessionEnded, one whose rights on its document
 * shrank (moved to another group, draft of the old group included) with CLOSE.permissionChanged.
 * The services close sockets at once where they change rights; this sweep is the backstop that
 * also catches what happens without a request (a session running out).
 */
import { CLOSE } from '../../../shared/closeCodes.js';
import { actorOfSession, type Actor } from '../../auth/actor.js';
import { lockableGroup, permissionUnderLock } from '../../auth/lockRule.js';
import { documentPermission } from '../../auth/permissions.js';
import type { Permission } from '../../collab/types.js';
import { formatDocName, type DocRef } from '../../../shared/docNames.js';
import type { ServiceContext } from '../serviceContext.js';

/** The open sockets' sessions and documents (a pass over them that closes none). */
function openSockets(ctx: ServiceContext): { sessions: Set<string>; docs: Map<string, DocRef> } {
  const sessions = new Set<string>();
  const docs = new Map<string, DocRef>();
  ctx.documents.closeSockets((identity, doc) => {
    sessions.add(identity.sessionId);
    docs.set(`${identity.sessionId} ${formatDocName(doc)}`, doc);
    return false;
  }, CLOSE.sessionEnded, { here: true });
  return { sessions, docs };
}

/**
 * Closes every socket whose session ended or whose rights on its document changed: shrank, or
 * differ from what the group lock gives a member now (auth/lockRule; a lock set or lifted on another
 * instance); returns how many. The sessions and locks are read first (the store answers
 * asynchronously); a socket opened meanwhile is left to the next sweep. Every instance sweeps its
 * own sockets: the closing is never passed on to the others.
 */
export async function sweepSessionSockets(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  const open = openSockets(ctx);
  const actors = new Map<string, Actor | null>();
  for (const sessionHash of open.sessions) actors.set(sessionHash, await actorOfSession(ctx.stores, sessionHash, now));
  // What each member's socket on a lockable document may do under the lock now.
  const underLock = new Map<string, Permission>();
  for (const [key, doc] of open.docs) {
    const actor = actors.get(key.slice(0, key.indexOf(' ')));
    const permission = actor ? documentPermission(actor, doc) : null;
    if (actor && permission && lockableGroup(actor, doc) !== null) underLock.set(key, await permissionUnderLock(ctx.locks, actor, doc, permission));
  }
  const actorFor = (sessionHash: string): Actor | null | undefined => actors.get(sessionHash);
  const ended = ctx.documents.closeSockets((identity) => actorFor(identity.sessionId) === null, CLOSE.sessionEnded, { here: true });
  const changed = ctx.documents.closeSockets((identity, doc, permission) => {
    const actor = actorFor(identity.sessionId);
    if (!actor) return false;
    const lockRule = underLock.get(`${identity.sessionId} ${formatDocName(doc)}`);
    if (lockRule !== undefined) return lockRule !== permission;
    const now = documentPermission(actor, doc);
    return now === null || (permission === 'write' && now === 'read');
  }, CLOSE.permissionChanged, { here: true });
  return ended + changed;
}

/** Starts the sweep every `intervalMs` (its timer never keeps the process alive); returns the function that stops it. */
export function startSessionSocketSweep(ctx: ServiceContext, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepSessionSockets(ctx).catch((err: unknown) => {
      ctx.log.error('session.sweep-failed', { error: err instanceof Error ? err.message : String(err) });
    }).finally(() => { running = false; });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
