// SPDX-License-Identifier: EUPL-1.2
/** Raw y-websocket frames for tests that talk to the server without a provider. */
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** Sync step 1 with the given document's state vector. */
export const syncStep1Frame = (doc: Y.Doc = new Y.Doc()) =>
  frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, Y.encodeStateVector(doc)); });

/** Sync step 2 carrying `update`. */
export const syncStep2Frame = (update: Uint8Array) =>
  frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 1); encoding.writeVarUint8Array(e, update); });

/** A live update message carrying `update`. */
export const updateFrame = (update: Uint8Array) =>
  frame((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 2); encoding.writeVarUint8Array(e, update); });

/** An awareness message with the given entries (state null removes). */
export const awarenessFrame = (entries: { clientId: number; clock: number; state: unknown }[]) =>
  frame((e) => {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(inner, entry.clientId);
      encoding.writeVarUint(inner, entry.clock);
      encoding.writeVarString(inner, JSON.stringify(entry.state));
    }
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });

/** A query-awareness message. */
export const queryAwarenessFrame = () => Uint8Array.of(3);

/** A 7-byte update that claims `structs` structs for one client (Yjs would allocate for all of them). */
export const hugeClaimUpdate = (structs = 30_000_000) =>
  frame((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint(e, structs); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 0); });

/** An update that inserts `text` into the root text `name` of a fresh document. */
export function textUpdate(text: string, name = 'horizon'): Uint8Array {
  const doc = new Y.Doc();
  doc.getText(name).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Every awareness entry in the received frames, in order. */
export function awarenessEntriesIn(frames: Uint8Array[]): { clientId: number; clock: number; state: any }[] {
  const entries: { clientId: number; clock: number; state: any }[] = [];
  for (const f of frames) {
    const d = decoding.createDecoder(f);
    if (decoding.readVarUint(d) !== 1) continue;
    const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
    const n = decoding.readVarUint(inner);
    for (let i = 0; i < n; i++) {
      const clientId = decoding.readVarUint(inner);
      const clock = decoding.readVarUint(inner);
      entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(inner)) });
    }
  }
  return entries;
}

/** Number of awareness frames among the received ones. */
export const awarenessFrameCount = (frames: Uint8Array[]) => frames.filter((f) => f[0] === 1).length;

/** True when one of the frames is a sync step 2 (the answer to a step 1). */
export function hasSyncStep2(frames: Uint8Array[]): boolean {
  return frames.some((f) => f.length >= 2 && f[0] === 0 && f[1] === 1);
}
