// SPDX-License-Identifier: EUPL-1.2
/**
 * The y-websocket wire protocol, as the stock `WebsocketProvider` speaks it. Every WebSocket frame
 * is one binary message; integers are lib0 varUints, byte arrays are varUint length + bytes.
 *
 *   sync            [0][0 step1 ][stateVector: varUint8Array]   "send me what I lack"
 *                   [0][1 step2 ][update: varUint8Array]        answer to step 1 (Yjs v1 update)
 *                   [0][2 update][update: varUint8Array]        a live change (Yjs v1 update)
 *   awareness       [1][awarenessUpdate: varUint8Array]
 *                       awarenessUpdate = [count][ (clientID, clock, stateJSON: varString) × count ]
 *                       stateJSON "null" removes the client
 *   auth            [2][...]                                     server → client only; ignored here
 *   queryAwareness  [3]                                          "send me every awareness state"
 *
 * Decoding is strict: an unknown type, a truncated message or trailing bytes is malformed.
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CLOSE } from '../../shared/closeCodes.js';
import { encodeIntegratedState } from './integratedState.js';

/** Top-level message types. */
const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

/** Sub-types of a sync message. */
const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** A close code with its reason, as in CLOSE. */
export type CloseSpec = { code: number; reason: string };

/**
 * A frame the server refuses; the connection that sent it is closed with `close`. `forged`: no
 * stock client sends such a frame and it cost the room a reset (RefusalPenalties locks out at once).
 */
export class FrameRefused extends Error {
  constructor(readonly close: CloseSpec, message: string, readonly forged = false) {
    super(message);
  }
}

/** A message a client can send, decoded (byte arrays are views into the frame). */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'auth' };

const malformed = (why: string) => new FrameRefused(CLOSE.malformedFrame, why);

function readBytesToEnd(decoder: decoding.Decoder): Uint8Array {
  const bytes = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder)) throw malformed('trailing bytes');
  return bytes;
}

/** Decodes one client frame; throws FrameRefused(malformedFrame) on anything else. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE.sync: {
        const sub = decoding.readVarUint(decoder);
        if (sub === SYNC.step1) return { type: 'syncStep1', stateVector: readBytesToEnd(decoder) };
        if (sub === SYNC.step2) return { type: 'syncStep2', update: readBytesToEnd(decoder) };
        if (sub === SYNC.update) return { type: 'update', update: readBytesToEnd(decoder) };
        throw malformed('unknown sync message');
      }
      case MESSAGE.awareness:
        return { type: 'awareness', update: readBytesToEnd(decoder) };
      case MESSAGE.queryAwareness:
        if (decoding.hasContent(decoder)) throw malformed('trailing bytes');
        return { type: 'queryAwareness' };
      case MESSAGE.auth:
        return { type: 'auth' };
      default:
        throw malformed('unknown message type');
    }
  } catch (err) {
    if (err instanceof FrameRefused) throw err;
    throw malformed('undecodable frame');
  }
}

/** Sync step 1 carrying the document's state vector ("tell me what I lack"). */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  return encodeSyncStep1OfStateVector(Y.encodeStateVector(doc));
}

/** Sync step 1 naming a state vector already encoded (e.g. of a stored update). */
export function encodeSyncStep1OfStateVector(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, SYNC.step1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Sync step 2: everything in the document that a peer with `stateVector` lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, SYNC.step2);
  encoding.writeVarUint8Array(encoder, encodeIntegratedState(doc, stateVector));
  return encoding.toUint8Array(encoder);
}

/** Sync step 2 carrying a stored update as it is (the whole document, for a copy that holds nothing). */
export function encodeSyncStep2OfUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, SYNC.step2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A live update message, encoded once and sent to every socket of a room. */
export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, SYNC.update);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** One awareness entry on the wire; `state` is the JSON text ("null" removes the client). */
export interface AwarenessEntry { clientId: number; clock: number; state: string }

/** An awareness message with the given entries. */
export function encodeAwarenessMessage(entries: Iterable<AwarenessEntry>): Uint8Array {
  const list = Array.isArray(entries) ? (entries as AwarenessEntry[]) : [...entries];
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, list.length);
  for (const e of list) {
    encoding.writeVarUint(inner, e.clientId);
    encoding.writeVarUint(inner, e.clock);
    encoding.writeVarString(inner, e.state);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/**
 * Walks the entries of an awareness update without decoding their JSON; `visit` receives the raw
 * UTF-8 state bytes (a view). Throws FrameRefused(malformedFrame) on a truncated update.
 */
export function readAwarenessEntries(update: Uint8Array, visit: (clientId: number, clock: number, stateBytes: Uint8Array) => void): void {
  const decoder = decoding.createDecoder(update);
  let count: number;
  try {
    count = decoding.readVarUint(decoder);
  } catch {
    throw malformed('undecodable awareness update');
  }
  // Each entry takes at least three bytes (clientID, clock, string length).
  if (count * 3 > update.length - decoder.pos) throw malformed('awareness update claims more entries than it holds');
  for (let i = 0; i < count; i++) {
    let clientId: number, clock: number, state: Uint8Array;
    try {
      clientId = decoding.readVarUint(decoder);
      clock = decoding.readVarUint(decoder);
      state = decoding.readVarUint8Array(decoder);
    } catch {
      throw malformed('undecodable awareness update');
    }
    visit(clientId, clock, state);
  }
  if (decoding.hasContent(decoder)) throw malformed('trailing bytes');
}
