// SPDX-License-Identifier: EUPL-1.2
/**
 * Peers of a fuzz run: stock y-websocket `WebsocketProvider`s (unchanged, in Node) with their own
 * Y.Doc, connected to a base URL (the net proxy's) as a test user, reconnecting on their own with
 * the provider's own back-off, each with its own random stream for the operations it makes.
 */
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import type { Role } from '../../shared/roles.js';
import { testHeaders, webSocketWithHeaders, type SeenClose } from '../helpers/collabHarness.js';
import type { Permission } from '../../server/collab/types.js';
import type { OpAuthor } from './groupDocOps.js';
import type { Prng } from './prng.js';

/** One participant of a fuzz run. */
export interface FuzzPeer {
  name: string;
  permission: Permission;
  doc: Y.Doc;
  provider: WebsocketProvider;
  author: OpAuthor;
  rng: Prng;
  /** Every close the provider saw, in order. */
  closes: SeenClose[];
  /** Operations this peer made. */
  ops: number;
  destroy(): void;
}

/** How a peer connects. */
export interface PeerOptions {
  name: string;
  role: Role;
  permission: Permission;
  rng: Prng;
  /** Longest back-off between reconnects (the provider's own option; default 100 ms for fast runs). */
  maxBackoffTime?: number;
  /** Session id the test authorizer sees (default: derived from the name). */
  session?: string;
}

/** Connects a stock provider to `${baseUrl}/collab/<docName>`; it reconnects by itself after cuts. */
export function connectPeer(baseUrl: string, docName: string, options: PeerOptions): FuzzPeer {
  const doc = new Y.Doc();
  const closes: SeenClose[] = [];
  const provider = new WebsocketProvider(`${baseUrl}/collab`, docName, doc, {
    connect: true,
    disableBc: true,
    maxBackoffTime: options.maxBackoffTime ?? 100,
    WebSocketPolyfill: webSocketWithHeaders(testHeaders({ name: options.name, role: options.role, permission: options.permission, session: options.session })) as unknown as typeof globalThis.WebSocket,
  });
  provider.on('connection-close', (event) => { if (event) closes.push({ code: event.code, reason: event.reason }); });
  return {
    name: options.name,
    permission: options.permission,
    doc,
    provider,
    author: { key: `p-${options.name}`, role: options.role },
    rng: options.rng,
    closes,
    ops: 0,
    destroy: () => { provider.destroy(); doc.destroy(); },
  };
}

/** True when the peer has an open, synced connection. */
export const isSynced = (peer: FuzzPeer) => peer.provider.wsconnected && peer.provider.synced;
