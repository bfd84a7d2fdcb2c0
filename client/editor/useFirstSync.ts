/**
 * Whether a room's document has received the server's state at least once since this screen
 * opened it. Until then an editor stays read-only: text typed into a document that is still empty
 * (or holds only an old offline copy) would land as a separate paragraph before the group's text.
 * Once true it stays true: after a later reconnect the document already holds the group's text,
 * and Yjs merges what is typed offline.
 */
import { useEffect, useState } from 'react';
import type { GroupRoom } from '../collab/GroupRoom.js';

/** True once `room` reported its first sync (stays true; resets when the room changes). */
export function useFirstSync(room: GroupRoom): boolean {
  const [synced, setSynced] = useState<{ room: GroupRoom; synced: boolean }>(() => ({ room, synced: room.getState().synced }));
  useEffect(() => {
    if (room.getState().synced) { setSynced({ room, synced: true }); return; }
    setSynced({ room, synced: false });
    return room.subscribe(() => {
      if (room.getState().synced) setSynced((s) => (s.room === room && s.synced ? s : { room, synced: true }));
    });
  }, [room]);
  return synced.room === room ? synced.synced : room.getState().synced;
}
