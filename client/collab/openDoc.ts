// SPDX-License-Identifier: EUPL-1.2
/**
 * What the open hook says about a document, as one union (like tldraw's `useSync`): closed (no
 * document asked for), on its way, synced, or stopped for good with the reason. `synced` is the
 * server's state having arrived on the current connection; an editor that must not be edited
 * before the first sync waits for `status === 'synced'` (or `connection.synced`).
 */
import type { RoomStop } from './closeHandling.js';
import type { DocRoom } from './DocRoom.js';
import { initialConnectionState, type ConnectionState } from './connectionState.js';

/** Where an open document is. */
export type OpenDocStatus = 'connecting' | 'syncing' | 'synced' | 'reconnecting' | 'offline';

/** An open document and its status. */
export type OpenDoc =
  | { status: 'closed'; room: null; connection: ConnectionState; stop: null; autoReload: false }
  | { status: OpenDocStatus; room: DocRoom; connection: ConnectionState; stop: null; autoReload: false }
  | { status: 'stopped'; room: DocRoom; connection: ConnectionState; stop: RoomStop; autoReload: boolean };

/** A document that was asked for (any status but closed). */
export type OpenedDoc = Exclude<OpenDoc, { status: 'closed' }>;

/** The status of no document. */
export const CLOSED_DOC: OpenDoc = { status: 'closed', room: null, connection: initialConnectionState, stop: null, autoReload: false };

/** The status union of a room with this connection state (`autoReload`: a reload after its stop is scheduled). */
export function openDocOf(room: DocRoom | null, connection: ConnectionState, autoReload: boolean): OpenDoc {
  if (!room) return CLOSED_DOC;
  if (connection.phase === 'stopped') return { status: 'stopped', room, connection, stop: connection.stop ?? 'unknown', autoReload };
  const status: OpenDocStatus = connection.phase === 'connected' ? (connection.synced ? 'synced' : 'syncing') : connection.phase;
  return { status, room, connection, stop: null, autoReload: false };
}
