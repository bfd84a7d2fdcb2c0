// SPDX-License-Identifier: EUPL-1.2
/**
 * Updates that arrive before what they build on wait in the server's copy (Yjs "pending") until
 * their predecessor comes; a pile of them larger than one frame is refused. And a new copy always
 * gets the whole document, also the answer the room keeps for new copies after every change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/closeCodes.js';
import { horizonOf } from '../../shared/groupDoc.js';
import { CollabHarness, groupDoc, waitFor } from '../helpers/collabHarness.js';
import { updateFrame } from '../helpers/collabFrames.js';

/** The updates of one copy: a paragraph, then one transaction per text typed at its end. */
function typedUpdates(texts: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText()]);
  horizonOf(doc).insert(0, [paragraph]);
  for (const text of texts) {
    const t = paragraph.get(0) as Y.XmlText;
    t.insert(t.length, text);
  }
  return updates;
}

const horizonText = (doc: Y.Doc) => horizonOf(doc).toString();

describe('updates that wait for their predecessors', () => {
  let harness: CollabHarness;
  afterEach(async () => { await harness?.dispose(); });

  it('keeps an update that came too early, sends it to nobody, and applies it when its predecessor arrives', async () => {
    harness = await CollabHarness.start();
    const docName = groupDoc();
    const anna = await harness.connect(docName, { name: 'Anna' });
    const sender = await harness.raw(docName, { name: 'Bram' });
    const [paragraph, first, second] = typedUpdates(['Wij staan ', 'open.']);
    sender.send(updateFrame(paragraph));
    sender.send(updateFrame(second));
    await waitFor(async () => (await harness.documents.read(docName, (doc) => doc.store.pendingStructs)) !== null, 'the early update to wait on the server');
    const carla = await harness.connect(docName, { name: 'Carla' });
    expect(carla.doc.store.pendingStructs).toBeNull();
    expect(horizonText(carla.doc)).not.toContain('open.');

    sender.send(updateFrame(first));
    await waitFor(() => horizonText(anna.doc).includes('Wij staan open.'), 'both parts to reach Anna');
    await waitFor(() => horizonText(carla.doc).includes('Wij staan open.'), 'both parts to reach Carla');
    expect(await harness.storedDoc(docName, horizonText)).toContain('Wij staan open.');
    sender.ws.close();
  });

  it('refuses a pile of early updates larger than one frame and forgets it, leaving the document as it was', async () => {
    harness = await CollabHarness.start();
    const docName = groupDoc();
    const anna = await harness.connect(docName, { name: 'Anna' });
    const sender = await harness.raw(docName, { name: 'Bram' });
    const big = 'x'.repeat(600 * 1024);
    const [, , second, third] = typedUpdates(['begin ', big, big]);
    sender.send(updateFrame(second));
    sender.send(updateFrame(third));
    expect((await sender.closed).code).toBe(CLOSE.updateRefused.code);
    expect(await harness.documents.read(docName, (doc) => doc.store.pendingStructs)).toBeNull();
    expect(horizonText(anna.doc)).toBe('');
    expect(await harness.storedDoc(docName, horizonText)).toBe('');
  });
});

describe('a new copy', () => {
  let harness: CollabHarness;
  afterEach(async () => { await harness?.dispose(); });

  it('gets the whole document, also after the document changed since the last new copy', async () => {
    harness = await CollabHarness.start();
    const docName = groupDoc();
    const anna = await harness.connect(docName, { name: 'Anna' });
    const [paragraph, first, second] = typedUpdates(['Wij staan ', 'open.']);
    Y.applyUpdate(anna.doc, paragraph);
    Y.applyUpdate(anna.doc, first);
    await waitFor(async () => (await harness.documents.read(docName, horizonText)).includes('Wij staan'), 'the first words on the server');
    const bram = await harness.connect(docName, { name: 'Bram' });
    expect(horizonText(bram.doc)).toContain('Wij staan');
    Y.applyUpdate(anna.doc, second);
    await waitFor(async () => (await harness.documents.read(docName, horizonText)).includes('open.'), 'the next word on the server');
    const carla = await harness.connect(docName, { name: 'Carla' });
    expect(horizonText(carla.doc)).toContain('Wij staan open.');
  });
});
