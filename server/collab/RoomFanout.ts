// SPDX-License-Identifier: EUPL-1.2
/**
 * The port through which the rooms of this instance meet the rooms of other instances (the
 * fan-out, server/cluster/): it learns which documents are open here, and carries this room's
 * presence frames out. Updates go out from the store once they are committed (an update reaches
 * another instance only after that); what comes in is delivered with Room.applyRemote and
 * Room.receiveRemotePresence, as if from a socket that nobody here owns: sent to every local
 * socket, never stored again and never sent back out.
 */
import type { StoredDocument } from '../store/docStore.js';

/** What the fan-out sees of a room (Room.ts). */
export interface FannedRoom {
  readonly name: string;
  readonly isDestroyed: boolean;
  applyRemote(update: Uint8Array): void;
  receiveRemotePresence(frame: Uint8Array): void;
  /** Drops the room without saving and closes its sockets (1012; they reconnect to a fresh copy, or are refused). */
  reset(): void;
}

/** What the rooms tell the fan-out. */
export interface RoomFanout {
  /** A room was loaded from `stored`: from now on it gets the other instances' updates. */
  opened(room: FannedRoom, stored: StoredDocument): void;
  /** A room was unloaded, reset or discarded. */
  closed(room: FannedRoom): void;
  /** A presence frame this room sends to its sockets, for the other instances' sockets. */
  presence(docName: string, frame: Uint8Array): void;
  /**
   * Rights changed here (sockets were closed because of it): the other instances check their own
   * open sockets of the workshop (null: of every workshop) against the store now.
   */
  recheck(workshopId: string | null): void;
}
