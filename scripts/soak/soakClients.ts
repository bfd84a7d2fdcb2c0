// SPDX-License-Identifier: EUPL-1.2
/**
 * The clients of a soak run: stock y-websocket providers in Node sending a session cookie, each
 * with its own Y.Doc, and raw upgrade attempts that must be refused. Every close the run did not
 * ask for is counted as unexpected.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { parseDocName } from '../../shared/docNames.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { visionContentOf } from '../../shared/visionDoc.js';

/** What the clients saw. */
export interface ClientTally {
  opened: number;
  /** Closes and connection errors the run did not cause. */
  unexpectedCloses: number;
  /** Close codes of those closes. */
  unexpectedCodes: Map<number, number>;
  edits: number;
  /** HTTP status → count, for the upgrade attempts that had to be refused. */
  refusals: Map<number, number>;
}

/** A fresh tally. */
export const newTally = (): ClientTally => ({ opened: 0, unexpectedCloses: 0, unexpectedCodes: new Map(), edits: 0, refusals: new Map() });

/** One soak socket. */
export interface SoakClient {
  doc: Y.Doc;
  synced: Promise<void>;
  edit(): void;
  destroy(): void;
}

/** Connects a stock provider to `/collab/<docName>` with the cookie. */
export function soakClient(url: string, docName: string, cookie: string, tally: ClientTally): SoakClient {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  let ownText: Y.XmlText | null = null;
  let destroyed = false;
  const provider = new WebsocketProvider(url.replace(/^http/, 'ws') + '/collab', docName, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 1000,
  });
  provider.on('connection-close', (event: { code: number } | null) => {
    if (destroyed) return;
    tally.unexpectedCloses++;
    const code = event?.code ?? 0;
    tally.unexpectedCodes.set(code, (tally.unexpectedCodes.get(code) ?? 0) + 1);
  });
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (state: boolean) => { if (state) { tally.opened++; resolve(); } });
  });
  return {
    doc,
    synced,
    edit() {
      // A change the document's rules allow (shared/docRules.ts): typing in this client's own
      // paragraph of the rich text (group horizon, vision); a free field where a kind has no rules
      // yet; nothing in a draft or a meeting-2 role group (their statements carry an author key this
      // client does not know, and they have no free field).
      const kind = parseDocName(docName)?.kind;
      if (kind === 'draft' || kind === 'roleGroup') return;
      const field = kind === 'group' ? horizonOf(doc) : kind === 'vision' ? visionContentOf(doc) : null;
      const mark = `${doc.clientID}:${tally.edits++};`;
      if (!field) return void doc.getText('soak').insert(0, mark);
      if (!ownText) {
        const paragraph = new Y.XmlElement('paragraph');
        ownText = new Y.XmlText();
        paragraph.insert(0, [ownText]);
        field.push([paragraph]);
      }
      ownText.insert(ownText.length, mark);
    },
    destroy() {
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Tries an upgrade that must be refused; records the HTTP status (0: wrongly accepted, -1: no answer). */
export function refusedAttempt(url: string, path: string, cookie: string | null, tally: ClientTally): Promise<void> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url.replace(/^http/, 'ws') + path, { headers: cookie ? { cookie } : {} });
    let done = false;
    const record = (status: number) => {
      if (done) return;
      done = true;
      tally.refusals.set(status, (tally.refusals.get(status) ?? 0) + 1);
      resolve();
    };
    ws.on('unexpected-response', (_req, res) => { res.resume(); ws.terminate(); record(res.statusCode ?? -1); });
    ws.on('open', () => { ws.terminate(); record(0); });
    ws.on('error', () => record(-1)); // after a refusal too, but the refusal was recorded first
  });
}
