// SPDX-License-Identifier: EUPL-1.2
/** Closes a participant's collaboration sockets when their rights change (moved, removed, link revoked). */
import { CLOSE } from '../../../shared/closeCodes.js';
import type { ServiceContext } from '../serviceContext.js';

/** Which collaboration sockets of a participant to close: those on group documents (drafts included), or all. */
export type CloseScope = 'groupDocs' | 'all';

/** Closes these participants' sockets in `scope` with CLOSE[why]; they reconnect with their new rights, if any. */
export function closeParticipantSockets(ctx: ServiceContext, participantIds: readonly string[], why: 'permissionChanged' | 'sessionEnded', scope: CloseScope): void {
  const ids = new Set(participantIds);
  ctx.documents.closeSockets(
    (identity, doc) => identity.participantId !== null && ids.has(identity.participantId) && (scope === 'all' || doc.kind === 'group' || doc.kind === 'draft'),
    CLOSE[why],
  );
}
