// SPDX-License-Identifier: EUPL-1.2
/**
 * The server's side of document epochs (format and purpose: shared/docEpoch.ts). A room's epoch is
 * the one its store recorded; the room writes it into the document's reserved `stip` map and puts
 * it back whenever a change alters it, so what clients learn by sync is always the store's value.
 *
 * A client that does not name its copy's epoch (an old tab, another client) can still carry an old
 * history in its sync answer. Such an update holds the old history's first epoch item, which has
 * no left neighbour and is therefore encoded with its parent: root key `stip`, key `epoch`, i.e.
 * the bytes `04 "stip" 05 "epoch"`. Updates without those bytes are passed at once; the few with
 * them are decoded and refused when such an item holds another value than the room's epoch.
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { EPOCH_KEY, EPOCH_MAP } from '../../shared/docEpoch.js';

/** A new random epoch (12 bytes, 16 base64url characters). */
export function newDocEpoch(): string {
  return randomBytes(12).toString('base64url');
}

/**
 * Writes `epoch` into the document when it holds another (or none), and restores it after every
 * later change of the map, in a transaction of `origin`. Lives as long as the document.
 */
export function holdDocEpoch(doc: Y.Doc, epoch: string, origin: unknown): void {
  const map = doc.getMap<unknown>(EPOCH_MAP);
  const restore = () => {
    if (map.get(EPOCH_KEY) !== epoch) doc.transact(() => map.set(EPOCH_KEY, epoch), origin);
  };
  restore();
  map.observe(restore);
}

const encoder = new TextEncoder();
const rootKeyMarker = (() => {
  const map = encoder.encode(EPOCH_MAP);
  const key = encoder.encode(EPOCH_KEY);
  return Uint8Array.from([map.length, ...map, key.length, ...key]);
})();

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first); i !== -1 && i <= last; i = haystack.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether a (bounded, already inspected) update carries an epoch item of another history: an item
 * at `stip.epoch` whose value is not `epoch` (a deleted one included). Such an update must not be
 * applied.
 */
export function carriesForeignEpoch(update: Uint8Array, epoch: string): boolean {
  if (!contains(update, rootKeyMarker)) return false;
  for (const struct of Y.decodeUpdate(update).structs) {
    // In a decoded (not integrated) update, a root parent is its key string.
    if (!(struct instanceof Y.Item) || (struct.parent as unknown) !== EPOCH_MAP || struct.parentSub !== EPOCH_KEY) continue;
    const content = struct.content;
    if (!(content instanceof Y.ContentAny) || content.arr.length !== 1 || content.arr[0] !== epoch) return true;
  }
  return false;
}
