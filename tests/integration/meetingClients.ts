// SPDX-License-Identifier: EUPL-1.2
/**
 * Helpers of the meeting tests: raw `ws` sockets with a session cookie that record every frame
 * they receive, and a log of a provider's closes (to wait for 4406, 4003 …). No timing.
 */
import WebSocket from 'ws';
import type { WebsocketProvider } from 'y-websocket';
import type { CloseInfo } from '../helpers/stipServer.js';

/** A raw collaboration socket that records what it receives. */
export interface RawSocket {
  /** Every binary frame received, in order. */
  frames: Buffer[];
  /** Resolves when the upgrade succeeded. */
  opened: Promise<void>;
  /** Resolves with the close the socket saw. */
  closed: Promise<CloseInfo>;
  /** Resolves with the HTTP status of a refused upgrade. */
  refused: Promise<number>;
  send(frame: Uint8Array): void;
  /** Whether any received frame contains these UTF-8 bytes (Yjs sends strings as UTF-8). */
  received(text: string): boolean;
  /** Resolves once a received frame contains the text. */
  receives(text: string): Promise<void>;
  close(): void;
}

/** Opens `/collab/<docName>` with the cookie and records every incoming frame. */
export function rawSocket(url: string, docName: string, cookie: string): RawSocket {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/collab/${docName}`, { headers: { cookie } });
  const frames: Buffer[] = [];
  const waiting: { text: string; resolve: () => void }[] = [];
  ws.on('error', () => {});
  ws.on('message', (data: Buffer) => {
    const frame = Buffer.from(data);
    frames.push(frame);
    for (const w of [...waiting]) {
      if (frame.includes(w.text)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const received = (text: string) => frames.some((f) => f.includes(text));
  return {
    frames,
    opened: new Promise((resolve) => ws.on('open', () => resolve())),
    closed: new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))),
    refused: new Promise((resolve) => ws.on('unexpected-response', (_req, res) => { resolve(res.statusCode ?? 0); res.resume(); ws.terminate(); })),
    send: (frame) => ws.send(frame),
    received,
    receives: (text) => (received(text) ? Promise.resolve() : new Promise((resolve) => waiting.push({ text, resolve }))),
    close: () => ws.close(),
  };
}

/** Every close of a provider's sockets, and a way to wait for the next one with a given code. */
export interface CloseLog {
  codes: number[];
  /** Resolves when a close with this code happens after this call (or already happened, unseen). */
  next(code: number): Promise<void>;
}

/** Starts recording a provider's closes. */
export function closeLog(provider: WebsocketProvider): CloseLog {
  const codes: number[] = [];
  let seen = 0;
  const waiting: { code: number; resolve: () => void }[] = [];
  provider.on('connection-close', (event: { code: number } | null) => {
    if (!event) return;
    codes.push(event.code);
    for (const w of [...waiting]) {
      if (w.code === event.code) {
        waiting.splice(waiting.indexOf(w), 1);
        seen = codes.length;
        w.resolve();
      }
    }
  });
  return {
    codes,
    next(code) {
      const index = codes.indexOf(code, seen);
      if (index >= 0) {
        seen = index + 1;
        return Promise.resolve();
      }
      return new Promise((resolve) => waiting.push({ code, resolve }));
    },
  };
}

/** Resolves when the provider has synced again (after a reconnect). */
export function resynced(provider: WebsocketProvider): Promise<void> {
  return new Promise((resolve) => {
    if (provider.synced) { resolve(); return; }
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
}
