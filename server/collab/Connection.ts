// SPDX-License-Identifier: EUPL-1.2
/** One socket × one document: who it is, what it may do, its rate limits, its liveness, and sending to it. */
import type { CollabSocket } from './CollabSocket.js';
import type { DocRef } from '../../shared/docNames.js';
import type { Limits } from '../../shared/limits.js';
import type { ConnectionIdentity, Permission } from './types.js';
import type { CloseSpec } from './protocol.js';
import { TokenBucket } from './TokenBucket.js';

/** Bursts allowed above the sustained rates. */
const BURST_FACTOR = 4;
/** Sync requests a connection may make at once before the per-minute rate applies. */
export const SYNC_REQUEST_BURST = 3;

/** An accepted collaboration socket. */
export class Connection {
  /** The awareness clientID this connection owns (the first it set), or null before it set one. */
  awarenessClientId: number | null = null;
  /** False after a ping until the pong arrives. */
  alive = true;
  /** True once the server (or the peer) closed this connection; nothing more is read or sent. */
  closed = false;
  private readonly messages: TokenBucket;
  private readonly bytes: TokenBucket;
  private readonly syncRequests: TokenBucket;
  private readonly maxBufferedBytes: number;
  private closeListeners: ((conn: Connection) => void)[] = [];

  constructor(
    readonly socket: CollabSocket,
    readonly docName: string,
    readonly doc: DocRef,
    readonly identity: ConnectionIdentity,
    readonly permission: Permission,
    limits: Limits,
    /** How long the server's event loop has been blocked right now (LoopWatch); frames that piled up meanwhile are no burst. */
    private readonly blockedMs: () => number = () => 0,
  ) {
    this.messages = new TokenBucket(limits.messagesPerSecond, limits.messagesPerSecond * BURST_FACTOR);
    this.bytes = new TokenBucket(limits.bytesPerSecond, limits.bytesPerSecond * BURST_FACTOR);
    this.syncRequests = new TokenBucket(limits.syncRequestsPerMinute / 60, SYNC_REQUEST_BURST);
    // A socket that cannot keep up with what the room sends is dropped rather than buffered forever.
    this.maxBufferedBytes = limits.maxDocumentBytes + 8 * limits.maxFrameBytes;
    socket.onClose(() => this.markClosed());
    socket.onPong(() => { this.alive = true; });
  }

  /** Charges one incoming frame to the rate limits; false when over them. */
  admit(frameBytes: number): boolean {
    const blocked = this.blockedMs();
    return this.messages.take(1, blocked) && this.bytes.take(frameBytes, blocked);
  }

  /** Charges one request for the document (sync step 1); false when over its rate. */
  admitSyncRequest(): boolean {
    return this.syncRequests.take(1);
  }

  /** Registers a listener told once when this connection closes (its room, the server). */
  whenClosed(listener: (conn: Connection) => void): void {
    this.closeListeners.push(listener);
  }

  /** Sends one already-encoded message (the same bytes may go to many sockets). */
  send(frame: Uint8Array): void {
    if (this.closed || !this.socket.isOpen) return;
    if (this.socket.bufferedAmount > this.maxBufferedBytes) {
      this.terminate();
      return;
    }
    this.socket.send(frame);
  }

  /** Closes with an application close code; idempotent. */
  close(close: CloseSpec): void {
    if (this.markClosed()) {
      try {
        this.socket.close(close.code, close.reason);
      } catch {
        this.socket.terminate();
      }
    }
  }

  /** Drops the socket without a close handshake (dead or hopelessly slow peer). */
  terminate(): void {
    this.markClosed();
    this.socket.terminate();
  }

  /**
   * Checks liveness, once per ping interval: a socket that did not answer the previous ping is
   * dropped; otherwise it is pinged again. `judge: false` pings without dropping (a round that came
   * late because the server's own event loop was blocked: the answers may be waiting unread).
   */
  ping(judge = true): void {
    if (judge && !this.alive) return this.terminate();
    this.alive = false;
    try {
      this.socket.ping();
    } catch {
      this.terminate();
    }
  }

  /** Records that the socket closed (from either side); true the first time. */
  markClosed(): boolean {
    if (this.closed) return false;
    this.closed = true;
    const listeners = this.closeListeners;
    this.closeListeners = [];
    for (const listener of listeners) listener(this);
    return true;
  }
}
