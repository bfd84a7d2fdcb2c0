// SPDX-License-Identifier: EUPL-1.2
/**
 * Checks, after Yjs integrated a transaction, that every new item lies where its origins say.
 *
 * A Yjs item names its left origin (the character it was typed after) and its right origin (the
 * one it was typed before). In any update a real client writes, the left origin ends up to the
 * item's left and the right origin to its right, in the same list. A crafted update can name a
 * right origin that lies before the left origin, or origins in another list or map key; Yjs
 * integrates such an item anyway, but where it lands then depends on what else a copy already
 * holds, so the server, the clients and the stored log end up with different text. The update
 * bytes alone cannot show this (the origins may be items of the same update), so the room checks
 * the integrated result and refuses the whole transaction when one item is out of place.
 *
 * Cost: both sides of an item are walked at once, so a check stops after about twice the
 * distance between an item and its origin (one step for typing); only a refused item can cost a
 * walk over its whole list.
 */
import * as Y from 'yjs';

type Struct = Y.Item | Y.GC;

/** Why an item of `transaction` is out of place, or null when every new item lies between its origins. */
export function misplacedItem(transaction: Y.Transaction): string | null {
  const clients = transaction.doc.store.clients as Map<number, Struct[]>;
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = clients.get(client);
    if (!structs) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length && structs[i].id.clock < after; i++) {
      const struct = structs[i];
      if (!(struct instanceof Y.Item)) continue;
      if (struct.origin && !liesOn(struct, struct.origin, 'left')) return 'item not to the right of its left origin';
      if (struct.rightOrigin && !liesOn(struct, struct.rightOrigin, 'right')) return 'item not to the left of its right origin';
    }
  }
  return null;
}

function holds(item: Y.Item, id: Y.ID): boolean {
  return item.id.client === id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length;
}

/** True when the item holding `id` is on `side` of `item` in its list; false when it is on the other side or not in the list. */
function liesOn(item: Y.Item, id: Y.ID, side: 'left' | 'right'): boolean {
  const step = (s: Y.Item, toLeft: boolean): Y.Item | null => (toLeft ? s.left : s.right) as Y.Item | null;
  let expected = step(item, side === 'left');
  let other = step(item, side !== 'left');
  while (expected || other) {
    if (expected) {
      if (holds(expected, id)) return true;
      expected = step(expected, side === 'left');
    }
    if (other) {
      if (holds(other, id)) return false;
      other = step(other, side !== 'left');
    }
  }
  return false;
}
