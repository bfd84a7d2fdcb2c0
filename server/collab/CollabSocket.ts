// SPDX-License-Identifier: EUPL-1.2
/**
 * The socket a collaboration connection talks to: just what a room needs (send bytes, close with
 * a code, liveness, and the message and close events), so rooms and connections never see a
 * socket library. `wsSocket.ts` adapts a `ws` WebSocket; tests use in-memory sockets.
 */

/** A message-oriented, two-way socket of one client. */
export interface CollabSocket {
  /** True while frames can be sent. */
  readonly isOpen: boolean;
  /** Bytes queued for sending but not yet handed to the network (back-pressure). */
  readonly bufferedAmount: number;
  /** Sends one binary frame; the same bytes may be sent to many sockets. */
  send(frame: Uint8Array): void;
  /** Starts a close handshake with an application close code. */
  close(code: number, reason: string): void;
  /** Drops the socket at once, without a close handshake. */
  terminate(): void;
  /** Asks the peer for a sign of life; it answers through onPong. */
  ping(): void;
  /** Listens for incoming frames; `isBinary` is false for text frames (which Yjs never sends). */
  onMessage(listener: (frame: Uint8Array, isBinary: boolean) => void): void;
  /** Listens for the socket having closed, from either side. */
  onClose(listener: () => void): void;
  /** Listens for the peer's answers to ping(). */
  onPong(listener: () => void): void;
}
