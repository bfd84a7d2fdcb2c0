// SPDX-License-Identifier: EUPL-1.2
/**
 * The document port over this process's rooms: the open rooms (RoomRegistry), every accepted
 * socket (in a room or waiting for one).
 * Made before the services and the transport: services reach documents only through it, and
 * CollabServer puts the sockets it accepts into `sockets` and their frames into `rooms`.
 */
import type * as Y from 'yjs';
import { parseDocName } from '../../shared/docNames.js';
import type { DocumentPort, SocketClose, SocketPredicate } from '../documents/DocumentPort.js';
import type { Log } from '../log.js';
import type { DocStore } from '../store/docStore.js';
import { toCollabLog } from './collabLog.js';
import type { Connection } from './Connection.js';
import { SERVER_ORIGIN, type RoomContext } from './Room.js';
import { RoomRegistry } from './RoomRegistry.js';
import type { CollabLog } from './types.js';

/** Settings of the rooms. */
export interface RoomDocumentsOptions {
  store: DocStore;
  limits: RoomContext['limits'];
  /** Milliseconds a room stays in memory after its last socket left. */
  roomIdleMs: number;
  /** Compact a document's log after this many stored updates. */
  compactAfterUpdates: number;
  /** Real presence changes within this window go out in one frame (default 50). */
  awarenessChangeBatchMs?: number;
  /** Presence renewals are sent room-wide at this interval (default 8 000; must stay well under 12 000). */
  awarenessRenewalMs?: number;
  /** A CollabLog function or the server's Log object. */
  log?: CollabLog | Log;
  /** The rules each document follows (shared/docRulesByKind.ts); none are checked when absent. */
  rulesOf?: RoomContext['rulesOf'];
  /** Whether a document's workshop shows names (presence hides them when not); shown when absent. */
  namesShown?: RoomContext['namesShown'];
  /** The other instances sharing the store (server/cluster/); absent for one process. */
  fanout?: RoomContext['fanout'];
}

/** The rooms and sockets of this process, seen by the services as a DocumentPort. */
export class RoomDocuments implements DocumentPort {
  /** Open rooms by document name. */
  readonly rooms: RoomRegistry;
  /** Every accepted socket, in a room or still waiting for its room to load. */
  readonly sockets = new Set<Connection>();
  private readonly log: CollabLog;

  constructor(private readonly opts: RoomDocumentsOptions) {
    this.log = toCollabLog(opts.log);
    this.rooms = new RoomRegistry({
      store: opts.store,
      limits: opts.limits,
      compactAfterUpdates: opts.compactAfterUpdates,
      awarenessChangeBatchMs: opts.awarenessChangeBatchMs ?? 50,
      awarenessRenewalMs: opts.awarenessRenewalMs ?? 8_000,
      roomIdleMs: opts.roomIdleMs,
      log: this.log,
      rulesOf: opts.rulesOf,
      namesShown: opts.namesShown,
      fanout: opts.fanout,
    });
  }

  /** Reads a document's current state (loading it if not in memory) without keeping it open; for exports/tests. */
  read<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
    if (!parseDocName(docName)) return Promise.reject(new Error(`unknown document: ${docName}`));
    return this.rooms.read(docName, read);
  }

  /** Writes every accepted update to the store now (the export process reads them on its own connection). */
  flush(): Promise<void> {
    return this.opts.store.flush();
  }

  /**
   * Changes a document on the server's own authority (posted comments, answers): runs `change` in
   * one transaction; the result is stored and sent to every open socket like any update.
   */
  async change<T>(docName: string, change: (doc: Y.Doc) => T): Promise<T> {
    if (!parseDocName(docName)) throw new Error(`unknown document: ${docName}`);
    const room = await this.rooms.acquire(docName);
    try {
      let result!: T;
      room.doc.transact(() => { result = change(room.doc); }, SERVER_ORIGIN);
      const refusal = room.refusedChange; // never from the server's own changes; never left standing either
      if (refusal) {
        room.reset();
        throw new Error(`server change refused: ${refusal}`);
      }
      return result;
    } finally {
      this.rooms.release(room);
    }
  }

  /**
   * Forgets every document whose name matches (a deleted workshop): closes its sockets with
   * `close`, drops its rooms without saving them, and flushes the store, so that the caller can
   * then delete the stored rows for good. Returns how many sockets were closed.
   */
  async forget(match: (docName: string) => boolean, close: SocketClose): Promise<number> {
    let closed = 0;
    for (const conn of [...this.sockets]) {
      if (!conn.closed && match(conn.docName)) {
        conn.close(close);
        closed++;
      }
    }
    await this.rooms.discard(match);
    await this.opts.store.flush();
    // Its sessions are gone: the other instances close their sockets on it too.
    this.recheckElsewhere();
    return closed;
  }

  /** Closes every open socket for which predicate is true (revocation, group move, lock). Returns how many. */
  closeSockets(predicate: SocketPredicate, close: SocketClose, options: { here?: boolean } = {}): number {
    let closed = 0;
    for (const conn of [...this.sockets]) {
      if (!conn.closed && predicate(conn.identity, conn.doc, conn.permission)) {
        conn.close(close);
        closed++;
      }
    }
    if (!options.here) this.recheckElsewhere();
    return closed;
  }

  /**
   * Asks the other instances to check their sockets, once what changed here is written: the change
   * (a lock in the live document, say) then reaches them no later than the request.
   */
  private recheckElsewhere(): void {
    const fanout = this.opts.fanout;
    if (!fanout) return;
    this.opts.store.flush().catch(() => undefined).finally(() => fanout.recheck(null));
  }

  /** Unloads every room (compacting each) and flushes the store; at shutdown, after the sockets closed. */
  async closeAll(): Promise<void> {
    await this.rooms.closeAll();
    await this.opts.store.flush();
  }
}
