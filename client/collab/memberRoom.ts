// SPDX-License-Identifier: EUPL-1.2
/**
 * Opens a document a member writes in with others (meeting 1's group, meeting 2's role group) for
 * as long as the calling screen is shown: presence, an offline copy, `readOnly` (locked) only
 * receives, a change of `reopenKey` gives a fresh room, a stop reopens in place when the session
 * may still open it, else the stop's follow-up runs (`followSession`). `reconcile` carries a
 * refused change over (see docRoomHooks.ts).
 */
import { useRef } from 'react';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { AccessCheck, DocRoom } from './DocRoom.js';
import type { OpenDoc } from './openDoc.js';
import { openDocEarly, useDocRoom, type OpenDocOptions } from './docRoomHooks.js';
import { runStopEffects } from './roomStopEffects.js';

/** What a member's shared room needs besides its name. */
export interface MemberRoomOptions {
  user: AwarenessUser;
  checkAccess: () => Promise<AccessCheck>;
  followSession: (room: DocRoom) => void;
  reopenKey: unknown;
  readOnly: boolean;
  reconcile?: OpenDocOptions['reconcile'];
}

/** How a member's shared room opens: in presence as `user`, with an offline copy. */
const memberOpening = (user: AwarenessUser, readOnly: boolean): OpenDocOptions => ({ user, localCopy: true, readOnly });

/**
 * Opens `docName` as a member's shared room before the screen renders (see openDocEarly), as its
 * first render asks for it: not read-only (whether the group is locked is not known yet).
 */
export function openMemberRoomEarly(docName: string, user: AwarenessUser): void {
  openDocEarly(docName, memberOpening(user, false));
}

/** Opens `docName` (null: nothing) as a member's shared room. */
export function useMemberRoom(docName: string | null, { user, checkAccess, followSession, reopenKey, readOnly, reconcile }: MemberRoomOptions): OpenDoc {
  const checkRef = useRef(checkAccess);
  checkRef.current = checkAccess;
  const followRef = useRef(followSession);
  followRef.current = followSession;
  return useDocRoom(docName, {
    ...memberOpening(user, readOnly),
    checkAccess: () => checkRef.current(),
    confirmReopen: async () => (await checkRef.current()) === 'ok',
    afterStop: (stop, room) => runStopEffects(stop, room, (stopped) => followRef.current(stopped)),
    reopenKey,
    reconcile,
  });
}
