// SPDX-License-Identifier: EUPL-1.2
/**
 * Handles one frame from one connection in its room: a switch on the message type. Anything the
 * server refuses throws FrameRefused carrying the close code for that connection only.
 */
import * as Y from 'yjs';
import { CLOSE } from '../../shared/closeCodes.js';
import type { Limits } from '../../shared/limits.js';
import type { Connection } from './Connection.js';
import { decodeClientMessage, encodeSyncStep2, FrameRefused } from './protocol.js';
import type { Room } from './Room.js';
import { carriesForeignEpoch } from './roomEpoch.js';
import { inspectUpdate, isSoundStateVector } from './updateGuard.js';

/** Decodes and applies one frame; throws FrameRefused when the connection must be closed. */
export function receiveMessage(room: Room, conn: Connection, frame: Uint8Array, limits: Limits): void {
  const message = decodeClientMessage(frame);
  switch (message.type) {
    case 'syncStep1':
      if (!conn.admitSyncRequest()) throw new FrameRefused(CLOSE.rateLimited, 'too many requests for the document');
      if (!isSoundStateVector(message.stateVector)) throw new FrameRefused(CLOSE.malformedFrame, 'unsound state vector');
      conn.send(isEmptyStateVector(message.stateVector) ? room.fullStateStep2() : encodeSyncStep2(room.doc, message.stateVector));
      room.answered(conn);
      return;
    case 'syncStep2':
    case 'update':
      applyClientUpdate(room, conn, message.update, limits);
      return;
    case 'awareness':
      room.presence.receive(conn, message.update);
      return;
    case 'queryAwareness': {
      const snapshot = room.presence.snapshot(conn);
      if (snapshot) conn.send(snapshot);
      return;
    }
    case 'auth':
      return; // only the server sends auth messages; a client's is ignored
  }
}

/** Applies a client's update after bounding its cost and checking the connection's rights. */
function applyClientUpdate(room: Room, conn: Connection, update: Uint8Array, limits: Limits): void {
  const inspection = inspectUpdate(update);
  if (!inspection.ok) throw new FrameRefused(CLOSE.updateRefused, inspection.reason);
  if (!inspection.hasChange) return;
  if (conn.permission !== 'write') throw new FrameRefused(CLOSE.readOnlyWrite, 'read-only connection sent a change');
  if (carriesForeignEpoch(update, room.epoch)) throw new FrameRefused(CLOSE.historyReset, 'update carries another history of the document');
  if (inspection.structs > 0 && room.wouldOverflow(update.length)) throw new FrameRefused(CLOSE.documentFull, 'document is full');
  const breach = inspection.structs > 0 ? room.prejudge(update) : null;
  if (breach) throw new FrameRefused(CLOSE.updateRefused, breach);
  let threw = false;
  try {
    Y.applyUpdate(room.doc, update, conn);
  } catch {
    threw = true;
  }
  const refusal = room.refusedChange;
  if (refusal) {
    const crafted = room.refusedAsCrafted;
    room.reset(conn);
    throw new FrameRefused(CLOSE.updateRefused, refusal, crafted);
  }
  if (threw) throw new FrameRefused(CLOSE.malformedFrame, 'update could not be applied');
  refuseRunawayPending(room, limits);
}

/** A state vector naming no client: a new copy that asks for the whole document. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/**
 * Updates whose predecessors are missing wait in memory (Yjs "pending"); legitimately only briefly
 * and small (what the same reconnect sends next). They are merged into every sync answer, so a
 * pile larger than one frame is dropped and its sender refused.
 */
function refuseRunawayPending(room: Room, limits: Limits): void {
  const store = room.doc.store;
  const pendingBytes = (store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0);
  if (pendingBytes <= limits.maxFrameBytes) return;
  store.pendingStructs = null;
  store.pendingDs = null;
  throw new FrameRefused(CLOSE.updateRefused, 'too many updates with missing predecessors');
}
