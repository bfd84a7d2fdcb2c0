// SPDX-License-Identifier: EUPL-1.2
/**
 * How this device's offline copy of a document joins a socket that opened before the copy was
 * read (DocRoom opens both at once). The copy is read into a document of its own, never into the
 * room's Y.Doc while a socket is open: the stock provider would send it to the server whole, as
 * one plain update, epoch and everybody's statements included, which the server refuses
 * (updatePrejudge.ts). Once the server's state has arrived (sync step 2), only what the copy holds
 * beyond it is offered, as a sync step 2 of its own: the copy's diff against the room's state
 * vector, which the server's state is part of. That is exactly what the provider's own answer to
 * the server's sync step 1 would have carried had the copy been read in time.
 */
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { messageYjsSyncStep2 } from 'y-protocols/sync';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { readDocEpoch } from '../../shared/docEpoch.js';

/** An update that changes nothing: no structs, no deletions. */
const EMPTY_UPDATE_BYTES = 2;

/**
 * Merges `copy` into the synced room document `doc` and offers the server what it lacks, or
 * answers 'otherHistory' (nothing merged, nothing sent) when the copy belongs to another epoch of
 * the document than the server's (shared/docEpoch.ts).
 */
export function offerCopyAfterSync(provider: WebsocketProvider, copy: Y.Doc): 'merged' | 'otherHistory' {
  const doc = provider.doc;
  const copyEpoch = readDocEpoch(copy);
  const epoch = readDocEpoch(doc);
  if (copyEpoch !== null && epoch !== null && copyEpoch !== epoch) return 'otherHistory';
  const missing = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
  if (missing.length <= EMPTY_UPDATE_BYTES) return 'merged';
  // The provider's own origin: its update handler leaves the change alone (it is offered below).
  Y.applyUpdate(doc, missing, provider);
  const ws = provider.ws;
  if (provider.wsconnected && ws && ws.readyState === ws.OPEN) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    encoding.writeVarUint(encoder, messageYjsSyncStep2);
    encoding.writeVarUint8Array(encoder, missing);
    ws.send(encoding.toUint8Array(encoder));
  }
  return 'merged';
}
