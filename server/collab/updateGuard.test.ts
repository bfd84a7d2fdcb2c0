// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { inspectUpdate, isSoundStateVector } from './updateGuard.js';

function bytes(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** Every update a document emits while `edit` runs. */
function updatesOf(edit: (doc: Y.Doc) => void, doc = new Y.Doc()): Uint8Array[] {
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  edit(doc);
  return updates;
}

describe('updateGuard', () => {
  it('refuses a 7-byte update that claims thirty million structs, without allocating for them', () => {
    const claim = bytes((e) => { encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 30_000_000); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 0); });
    const result = inspectUpdate(claim);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/claims 30000000 structs/);
  });

  it('refuses updates that claim more clients, deletes or values than their bytes hold', () => {
    const manyClients = bytes((e) => encoding.writeVarUint(e, 2 ** 40));
    const manyDeletes = bytes((e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 5); encoding.writeVarUint(e, 1_000_000); });
    const manyValues = bytes((e) => {
      encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 9); encoding.writeVarUint(e, 0);
      encoding.writeUint8(e, 8); // item with ContentAny, no origins
      encoding.writeVarUint(e, 1); encoding.writeVarString(e, 'root');
      encoding.writeVarUint(e, 50_000_000);
    });
    for (const update of [manyClients, manyDeletes, manyValues]) expect(inspectUpdate(update).ok).toBe(false);
  });

  it('refuses an empty update, a truncated one and one with trailing bytes', () => {
    const real = Y.encodeStateAsUpdate((() => { const d = new Y.Doc(); d.getText('t').insert(0, 'hallo'); return d; })());
    expect(inspectUpdate(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty update' });
    expect(inspectUpdate(real.subarray(0, real.length - 3)).ok).toBe(false);
    expect(inspectUpdate(Uint8Array.of(...real, 0)).ok).toBe(false);
  });

  it('refuses deeply nested values and unknown content kinds', () => {
    const nested = bytes((e) => {
      encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 9); encoding.writeVarUint(e, 0);
      encoding.writeUint8(e, 8); encoding.writeVarUint(e, 1); encoding.writeVarString(e, 'root');
      encoding.writeVarUint(e, 1);
      for (let i = 0; i < 100; i++) { encoding.writeUint8(e, 117); encoding.writeVarUint(e, 1); }
      encoding.writeUint8(e, 126);
      encoding.writeVarUint(e, 0);
    });
    const unknownKind = bytes((e) => {
      encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 1); encoding.writeVarUint(e, 9); encoding.writeVarUint(e, 0);
      encoding.writeUint8(e, 17); encoding.writeVarUint(e, 1); encoding.writeVarString(e, 'root');
      encoding.writeVarUint(e, 0);
    });
    expect(inspectUpdate(nested)).toEqual({ ok: false, reason: 'value nested too deeply' });
    expect(inspectUpdate(unknownKind).ok).toBe(false);
  });

  it('passes real updates of every content kind and counts what they carry', () => {
    const doc = new Y.Doc();
    const updates = updatesOf((d) => {
      d.getText('text').insert(0, 'Stip op de horizon');
      d.getText('text').format(0, 4, { bold: true });
      d.getText('text').insertEmbed(2, { image: 'x' });
      d.getMap('map').set('any', { nested: [1, 2.5, 'drie', null, true, { deep: new Uint8Array([1, 2]) }], big: 2n ** 60n });
      d.getMap('map').set('binary', new Uint8Array([1, 2, 3]));
      d.getMap('map').set('sub', new Y.Map());
      d.getArray('array').insert(0, [1, 'twee']);
      const fragment = d.getXmlFragment('xml');
      const el = new Y.XmlElement('paragraph');
      el.insert(0, [new Y.XmlText('tekst')]);
      fragment.insert(0, [el, new Y.XmlHook('hook') as unknown as Y.XmlElement]);
      d.getMap('map').set('doc', new Y.Doc());
      d.getText('text').delete(0, 5);
    }, doc);
    for (const update of updates) expect(inspectUpdate(update).ok).toBe(true);
    const whole = inspectUpdate(Y.encodeStateAsUpdate(doc));
    expect(whole).toMatchObject({ ok: true, hasChange: true });
  });

  it('passes merged updates with gaps (Skip structs)', () => {
    const updates = updatesOf((d) => { for (const ch of 'abc') d.getText('t').insert(d.getText('t').length, ch); });
    const merged = Y.mergeUpdates([updates[0], updates[2]]);
    expect(inspectUpdate(merged)).toMatchObject({ ok: true, hasChange: true });
  });

  it('tells an update without changes from one with only deletions', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'weg ermee');
    const [deletion] = updatesOf((d) => d.getText('t').delete(0, 4), doc);
    expect(inspectUpdate(Uint8Array.of(0, 0))).toEqual({ ok: true, structs: 0, deleteRanges: 0, hasChange: false });
    expect(inspectUpdate(deletion)).toEqual({ ok: true, structs: 0, deleteRanges: 1, hasChange: true });
    expect(inspectUpdate(Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc)))).toMatchObject({ ok: true, structs: 0 });
  });

  it('checks state vectors the same way', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x');
    expect(isSoundStateVector(Y.encodeStateVector(doc))).toBe(true);
    expect(isSoundStateVector(Uint8Array.of(0))).toBe(true);
    expect(isSoundStateVector(bytes((e) => encoding.writeVarUint(e, 10_000_000)))).toBe(false);
    expect(isSoundStateVector(new Uint8Array(0))).toBe(false);
  });
});
