// SPDX-License-Identifier: EUPL-1.2
/**
 * In-memory collaboration sockets for unit tests of rooms: a CollabSocket whose other end is a
 * small y-websocket-style client (its own Y.Doc, y-protocols sync), no network and no `ws`.
 * Frames travel in a later microtask, as over a real socket, so nobody is re-entered mid-send.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import type { CollabSocket } from '../../server/collab/CollabSocket.js';

const MESSAGE_SYNC = 0;
const FROM_SERVER = Symbol('from-server');

/** One in-memory socket with a Yjs client at its far end. */
export class MemorySocket implements CollabSocket {
  /** The client's copy of the document. */
  readonly doc = new Y.Doc();
  /** Every frame the server sent, in order. */
  readonly received: Uint8Array[] = [];
  /** The close the server made, or null while open. */
  closedWith: { code: number; reason: string } | null = null;
  bufferedAmount = 0;
  private messageListeners: ((frame: Uint8Array, isBinary: boolean) => void)[] = [];
  private closeListeners: (() => void)[] = [];
  private pongListeners: (() => void)[] = [];

  constructor() {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_SERVER) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      this.deliver(encoding.toUint8Array(encoder));
    });
  }

  get isOpen(): boolean {
    return this.closedWith === null;
  }

  send(frame: Uint8Array): void {
    const copy = new Uint8Array(frame);
    queueMicrotask(() => this.answer(copy));
  }

  close(code: number, reason: string): void {
    if (this.closedWith) return;
    this.closedWith = { code, reason };
    queueMicrotask(() => { for (const listener of this.closeListeners) listener(); });
  }

  terminate(): void {
    this.close(1006, '');
  }

  ping(): void {
    queueMicrotask(() => { for (const listener of this.pongListeners) listener(); });
  }

  onMessage(listener: (frame: Uint8Array, isBinary: boolean) => void): void {
    this.messageListeners.push(listener);
  }

  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  onPong(listener: () => void): void {
    this.pongListeners.push(listener);
  }

  /** The client asks for what it lacks, as y-websocket does right after connecting (sync step 1). */
  requestSync(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.deliver(encoding.toUint8Array(encoder));
  }

  /** Sends a frame from the client to the server, in a later microtask. */
  deliver(frame: Uint8Array): void {
    queueMicrotask(() => {
      if (this.closedWith) return;
      for (const listener of this.messageListeners) listener(frame, true);
    });
  }

  /** The sync message types (0 step 1, 1 step 2, 2 update) the server sent, in order. */
  syncTypesReceived(): number[] {
    const types: number[] = [];
    for (const frame of this.received) {
      const decoder = decoding.createDecoder(frame);
      if (decoding.readVarUint(decoder) === MESSAGE_SYNC) types.push(decoding.readVarUint(decoder));
    }
    return types;
  }

  /** What a y-websocket client does with a server frame: apply sync messages, answer sync step 1. */
  private answer(frame: Uint8Array): void {
    if (this.closedWith) return;
    this.received.push(frame);
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.readSyncMessage(decoder, encoder, this.doc, FROM_SERVER);
    if (encoding.length(encoder) > 1) this.deliver(encoding.toUint8Array(encoder));
  }
}
