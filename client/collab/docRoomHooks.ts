/**
 * Opens any document of a workshop (live state, vision, a private draft, another group's document)
 * as a room for as long as the calling screen is shown: the same GroupRoom and registry as the
 * group room, with presence and the offline copy chosen per use. Components use the hooks built
 * on this one (liveHooks, visionHooks, draftHooks), never the room's Y.Doc.
 */
import { useEffect, useRef, useState } from 'react';
import type { AwarenessUser } from '../../shared/awareness.js';
import type { RoomStop } from './closeHandling.js';
import type { AccessCheck, GroupRoom } from './GroupRoom.js';
import { acquireGroupRoom, releaseGroupRoom } from './roomRegistry.js';
import { useSessionStore } from '../stores/sessionStore.js';
import { mayReopen } from './reopenGuard.js';

/** How a screen opens a document. */
export interface DocRoomOptions {
  /** Who this is in presence; without it the connection is not shown in presence. */
  user?: AwarenessUser;
  /** Keep an offline copy (for documents this session writes). */
  localCopy: boolean;
  /** Only receive, never send a change (default: when there is no offline copy, i.e. for documents this session only reads). */
  readOnly?: boolean;
  /** Asks whether the session may still open the document (default: only checks there is a session). */
  checkAccess?: () => Promise<AccessCheck>;
  /** Called once when the room stops for good. */
  onStop?: (stop: RoomStop, room: GroupRoom) => void;
}

const QUIET_USER: AwarenessUser = { name: '', role: 'facilitator', color: '' };

/** The default access check: only whether there still is a session. */
export async function sessionAccessCheck(): Promise<AccessCheck> {
  try {
    return (await useSessionStore.getState().load(true)) ? 'ok' : 'noSession';
  } catch {
    return 'unknown';
  }
}

/**
 * Opens `docName` (nothing when null). A room stopped because this session's rights changed (a
 * lock or unlock) is reopened with the new rights, and so is a room without an offline copy whose
 * document's history was reset on the server (a fresh Y.Doc gets the new version); a change of
 * `reopenKey` gives a fresh room when the old one stopped for another reason (e.g. a change
 * refused while the group was locked).
 */
export function useDocRoom(docName: string | null, options: DocRoomOptions, reopenKey: unknown = 0): GroupRoom | null {
  const [room, setRoom] = useState<GroupRoom | null>(null);
  const [generation, setGeneration] = useState(0);
  const reopens = useRef<number[]>([]);
  const latest = useRef(options);
  latest.current = options;
  const { user, localCopy } = options;
  const readOnly = options.readOnly ?? !localCopy;
  const name = user?.name;
  const role = user?.role;
  const color = user?.color;
  useEffect(() => {
    if (!docName) { setRoom(null); return; }
    const presence = name !== undefined && role !== undefined;
    const opened = acquireGroupRoom(docName, {
      user: presence ? { name, role, color: color ?? '' } : QUIET_USER,
      presence,
      localCopy,
      readOnly,
      checkAccess: () => (latest.current.checkAccess ?? sessionAccessCheck)(),
      onStop: (stop, stopped) => {
        // Without a copy on this device there is nothing to keep after a history reset: open the new version.
        const reopen = stop === 'permissionChanged' || (stop === 'historyReset' && !localCopy);
        if (reopen && mayReopen(reopens.current)) setGeneration((g) => g + 1);
        else latest.current.onStop?.(stop, stopped);
      },
    });
    setRoom(opened);
    return () => releaseGroupRoom(opened);
  }, [docName, name, role, color, localCopy, readOnly, reopenKey, generation]);
  return room;
}
