// SPDX-License-Identifier: EUPL-1.2
/** Adapts a `ws` WebSocket to the CollabSocket interface the rooms talk to. */
import type { RawData, WebSocket } from 'ws';
import type { CollabSocket } from './CollabSocket.js';

/** Wraps an open `ws` socket (binaryType 'nodebuffer', so every frame arrives as one Buffer). */
export function wsSocket(ws: WebSocket): CollabSocket {
  // ws closes the socket itself on a protocol error (e.g. 1009 for an oversize frame); the close event follows.
  ws.on('error', () => {});
  return {
    get isOpen() { return ws.readyState === ws.OPEN; },
    get bufferedAmount() { return ws.bufferedAmount; },
    send: (frame) => ws.send(frame),
    close: (code, reason) => ws.close(code, reason),
    terminate: () => ws.terminate(),
    ping: () => ws.ping(),
    onMessage: (listener) => { ws.on('message', (data: RawData, isBinary: boolean) => listener(data as Buffer, isBinary)); },
    onClose: (listener) => { ws.on('close', () => listener()); },
    onPong: (listener) => { ws.on('pong', () => listener()); },
  };
}
