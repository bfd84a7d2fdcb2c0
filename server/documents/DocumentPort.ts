// SPDX-License-Identifier: EUPL-1.2
/**
 * The document port: how services read, change and forget the shared Yjs documents and close
 * the sockets open on them, without knowing the collaboration transport. The server implements it
 * over its rooms (collab/RoomDocuments.ts); a process without rooms (the CLI) uses `noDocuments`.
 */
import type * as Y from 'yjs';
import type { DocRef } from '../../shared/docNames.js';
import type { ConnectionIdentity, Permission } from '../collab/types.js';

/** The close code and reason a socket gets. */
export interface SocketClose { code: number; reason: string }

/** Picks open sockets by who holds them, which document they are on and what they may do there. */
export type SocketPredicate = (identity: ConnectionIdentity, doc: DocRef, permission: Permission) => boolean;

/** Server-side access to the shared documents and the sockets open on them. */
export interface DocumentPort {
  /** Runs `fn` on the document's current state (loading it if needed) without keeping it open. */
  read<T>(docName: string, fn: (doc: Y.Doc) => T): Promise<T>;
  /**
   * Writes every update accepted so far to the store now (instead of within the flush window), so
   * a reader on its own connection (the export process) sees them; rejects when they could not be written.
   */
  flush(): Promise<void>;
  /** Changes the document in one transaction on the server's own authority; stored and sent to every open socket. */
  change<T>(docName: string, fn: (doc: Y.Doc) => T): Promise<T>;
  /**
   * Forgets every document whose name matches (a deleted workshop): closes its sockets with
   * `close`, drops it from memory without saving, and flushes the store. Returns the sockets closed.
   */
  forget(match: (docName: string) => boolean, close: SocketClose): Promise<number>;
  /**
   * Closes the open sockets the predicate picks (rights changed); returns how many. Other instances
   * (several behind one PostgreSQL and Redis) check their own sockets against the store at once,
   * unless `options.here` (a check that every instance makes by itself: the session sweep).
   */
  closeSockets(predicate: SocketPredicate, close: SocketClose, options?: { here?: boolean }): number;
}
