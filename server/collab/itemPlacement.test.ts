// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { misplacedItem } from './itemPlacement.js';

/** Records what misplacedItem says about every transaction `doc` integrates. */
function watch(doc: Y.Doc): (string | null)[] {
  const verdicts: (string | null)[] = [];
  doc.on('afterTransaction', (tr: Y.Transaction) => verdicts.push(misplacedItem(tr)));
  return verdicts;
}

describe('item placement', () => {
  it('finds every item of concurrent typing, deleting and formatting between its origins', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const server = new Y.Doc();
    const verdicts = watch(server);
    a.getText('t').insert(0, 'Wij staan open voor 🙂 initiatief.');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a));
    // Both type at the same places while apart, and one deletes and formats around them.
    const fromA: Uint8Array[] = [];
    const fromB: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => fromA.push(u));
    b.on('update', (u: Uint8Array) => fromB.push(u));
    for (let i = 0; i < 20; i++) {
      a.getText('t').insert(4, `a${i} `);
      b.getText('t').insert(4, `b${i} `);
      if (i % 5 === 0) b.getText('t').delete(0, 2);
      if (i % 7 === 0) a.getText('t').format(2, 6, { bold: true });
    }
    a.getMap('m').set('kind', 'openStaan');
    b.getMap('m').set('kind', 'loslaten');
    for (const u of [...fromB, ...fromA]) Y.applyUpdate(server, u);
    expect(verdicts.filter((v) => v !== null)).toEqual([]);
  });

  it('names an item whose right origin lies before its left origin', () => {
    const writer = new Y.Doc();
    writer.getText('t').insert(0, 'samen college raad');
    // A crafted item typed "after the 'd'" (clock 17) but "before the 's'" (clock 0): Yjs places it anyway.
    const item = new Y.Item(Y.createID(writer.clientID, 18), null, Y.createID(writer.clientID, 17), null, Y.createID(writer.clientID, 0), null, null, new Y.ContentString(' en meer'));
    const update = encodeSingleItem(item);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(writer));
    const verdicts = watch(server);
    Y.applyUpdate(server, update);
    expect(verdicts).toEqual(['item not to the left of its right origin']);
  });
});

/** Writes one item as a v1 update: one client with one struct, then an empty delete set. */
function encodeSingleItem(item: Y.Item): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoding.writeVarUint(encoder.restEncoder, 1);
  encoder.writeClient(item.id.client);
  encoding.writeVarUint(encoder.restEncoder, item.id.clock);
  item.write(encoder, 0);
  encoding.writeVarUint(encoder.restEncoder, 0);
  return encoder.toUint8Array();
}
