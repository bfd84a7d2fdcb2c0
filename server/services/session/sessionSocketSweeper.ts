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
import { documentPermission } from '../../auth/permissions.js';
import type { ServiceContext } from '../serviceContext.js';

/** The sessions of the open sockets (a pass over them that closes none). */
function openSessions(ctx: ServiceContext): Set<string> {
  const sessions = new Set<string>();
  ctx.documents.closeSockets((identity) => { sessions.add(identity.sessionId); return false; }, CLOSE.sessionEnded);
  return sessions;
}

/**
 * Closes every socket whose session ended or whose rights on its document shrank; returns how many.
 * The sessions are resolved first (the store answers asynchronously); a socket opened meanwhile
 * is left to the next sweep.
 */
async function sweepSessionSockets(ctx: ServiceContext): Promise<number> {
  const now = ctx.now();
  const actors = new Map<string, Actor | null>();
  for (const sessionHash of openSessions(ctx)) actors.set(sessionHash, await actorOfSession(ctx.stores, sessionHash, now));
  const actorFor = (sessionHash: string): Actor | null | undefined => actors.get(sessionHash);
  const ended = ctx.documents.closeSockets((identity) => actorFor(identity.sessionId) === null, CLOSE.sessionEnded);
  const narrowed = ctx.documents.closeSockets((identity, doc, permission) => {
    const actor = actorFor(identity.sessionId);
    if (!actor) return false;
    const now = documentPermission(actor, doc);
    return now === null || (permission === 'write' && now === 'read');
  }, CLOSE.permissionChanged);
  return ended + narrowed;
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
