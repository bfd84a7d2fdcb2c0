// SPDX-License-Identifier: EUPL-1.2
/**
 * Whether a room's document has received the server's state at least once since this screen
 * opened it. Until then an editor stays read-only: text typed into a document that is still empty
 * (or holds only an old offline copy) would land as a separate paragraph before the group's text.
 * Once true it stays true: after a later reconnect the document already holds the group's text,
 * and Yjs merges what is typed offline.
 */
import { useEffect, useState } from 'react';

/** What the hook reads of a room (its connection state store). */
export interface SyncingRoom {
  getState(): { synced: boolean; phase: string };
  subscribe(listener: () => void): () => void;
}

/** The first-sync state of a room. */
export interface FirstSync {
  /** The room has synced at least once (stays true; resets when the room changes). */
  synced: boolean;
  /** Still waiting for the first sync: not synced and the room has not stopped (a stopped room shows its own notice). */
  waiting: boolean;
}

function read(room: SyncingRoom, everSynced: boolean): FirstSync {
  const state = room.getState();
  const synced = everSynced || state.synced;
  return { synced, waiting: !synced && state.phase !== 'stopped' };
}

/** The first-sync state of `room` (see the header). */
export function useFirstSync(room: SyncingRoom): FirstSync {
  const [seen, setSeen] = useState<{ room: SyncingRoom; value: FirstSync }>(() => ({ room, value: read(room, false) }));
  useEffect(() => {
    let everSynced = false;
    const update = () => {
      const value = read(room, everSynced);
      everSynced = value.synced;
      setSeen((s) => (s.room === room && s.value.synced === value.synced && s.value.waiting === value.waiting ? s : { room, value }));
    };
    update();
    return room.subscribe(update);
  }, [room]);
  return seen.room === room ? seen.value : read(room, false);
}
