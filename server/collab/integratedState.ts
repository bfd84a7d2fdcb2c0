// SPDX-License-Identifier: EUPL-1.2
/**
 * A document's state as one update, without the updates that still wait for missing predecessors
 * (Yjs "pending"). `Y.encodeStateAsUpdate` merges those in; the server never does: they are not
 * part of the document yet and have not been checked where they will land (itemPlacement.ts), and
 * merging a pile of them costs time on every sync answer. A client that sent them sends them again
 * with its next sync, together with what they wait for.
 */
import * as Y from 'yjs';

/** The integrated state of `doc` (everything, or what a copy with `stateVector` lacks). */
export function encodeIntegratedState(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { pendingStructs, pendingDs } = doc.store;
  if (!pendingStructs && !pendingDs) return Y.encodeStateAsUpdate(doc, stateVector);
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    doc.store.pendingStructs = pendingStructs;
    doc.store.pendingDs = pendingDs;
  }
}
