// SPDX-License-Identifier: EUPL-1.2
/**
 * Feeds one connection's incoming frames to its room: each frame is charged to the connection's
 * rate limits, text frames are refused, frames wait until the room is loaded, and a frame the
 * room refuses (FrameRefused, or anything undecodable) closes that connection only, with the close
 * the refusal policy picks (it counts refusals; a lock-out closes with CLOSE.lockedOut).
 */
import { CLOSE } from '../../shared/closeCodes.js';
import type { Limits } from '../../shared/limits.js';
import type { Connection } from './Connection.js';
import { receiveMessage } from './messageReceiver.js';
import { FrameRefused } from './protocol.js';
import type { Room } from './Room.js';
import type { CloseSpec } from './protocol.js';

/** Decides the close of a refused frame (and counts it; `forged`: it reset the room); by default the refusal's own close. */
export type RefusalPolicy = (conn: Connection, close: CloseSpec, why: string, forged: boolean) => CloseSpec;

/** The reader of one connection's frames. */
export class FrameIntake {
  private room: Room | null = null;
  private readonly queued: Uint8Array[] = [];

  /** Starts listening to the connection's socket; frames queue until open(). */
  constructor(private readonly conn: Connection, private readonly limits: Limits, private readonly refused: RefusalPolicy = (_c, close) => close) {
    conn.socket.onMessage((frame, isBinary) => this.take(frame, isBinary));
  }

  /** Attaches the connection to its loaded room and reads the frames that waited for it. */
  open(room: Room): void {
    this.room = room;
    room.attach(this.conn);
    for (const frame of this.queued.splice(0)) {
      if (this.conn.closed) break;
      this.receive(room, frame);
    }
  }

  private take(frame: Uint8Array, isBinary: boolean): void {
    const conn = this.conn;
    if (conn.closed) return;
    if (!conn.admit(frame.length)) return conn.close(this.refused(conn, CLOSE.rateLimited, 'over the rate limit', false));
    if (!isBinary) return conn.close(this.refused(conn, CLOSE.malformedFrame, 'text frame', false));
    if (this.room) this.receive(this.room, frame);
    else this.queued.push(frame);
  }

  private receive(room: Room, frame: Uint8Array): void {
    try {
      receiveMessage(room, this.conn, frame, this.limits);
    } catch (err) {
      const close = err instanceof FrameRefused ? err.close : CLOSE.malformedFrame;
      const forged = err instanceof FrameRefused && err.forged;
      this.conn.close(this.refused(this.conn, close, err instanceof Error ? err.message : String(err), forged));
    }
  }
}
