// SPDX-License-Identifier: EUPL-1.2
/** Ends one session (logout): deletes it and closes its collaboration sockets at once. */
import { CLOSE } from '../../../shared/closeCodes.js';
import type { ServiceContext } from '../serviceContext.js';

/** Deletes the session and closes every socket it holds with CLOSE.sessionEnded; returns the sockets closed. */
export async function endSession(ctx: ServiceContext, sessionHash: string): Promise<number> {
  await ctx.stores.sessions.delete(sessionHash);
  return ctx.documents.closeSockets((identity) => identity.sessionId === sessionHash, CLOSE.sessionEnded);
}
